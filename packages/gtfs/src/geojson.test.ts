import { describe, expect, it } from 'vitest';
import { ATB_FOLDER, CALTRAIN_ZIP, FREQUENCIES_FOLDER } from '../test/fixtures.ts';
import { routesToGeoJSON, shapesToGeoJSON, stopsToGeoJSON, tripsToGeoJSON } from './geojson.ts';
import { loadGtfs } from './load/load-gtfs.ts';

describe('GeoJSON views', () => {
  it('orders shape points by numeric shape_pt_sequence and measures them', async () => {
    const feed = await loadGtfs(FREQUENCIES_FOLDER);
    const [line] = shapesToGeoJSON(feed).features;
    // shapes.txt lists sequences 10, 1, 2: numeric order is 1, 2, 10.
    expect(line!.geometry.coordinates).toEqual([
      [2, 48],
      [2, 48.01],
      [2, 48.02],
    ]);
    // 0.02° of latitude on a sphere of radius 6 371 008.8 m (turf's default): 2.2239 km.
    expect(line!.properties.length_km).toBeCloseTo((0.02 * Math.PI * 6_371.0088) / 180, 9);
  });

  it('draws stops as Points with their fields', async () => {
    const feed = await loadGtfs(CALTRAIN_ZIP);
    const stops = stopsToGeoJSON(feed, { locationTypes: [1] });
    // SOURCES.md: 31 stations (location_type 1) among the 95 stops.
    expect(stops.features).toHaveLength(31);
    expect(stopsToGeoJSON(feed).features).toHaveLength(95);
    const first = stops.features[0]!;
    expect(first.geometry.coordinates).toEqual([
      first.properties.stop_lon,
      first.properties.stop_lat,
    ]);
  });

  it('draws routes from shapes, and from stop sequences on a feed without shapes', async () => {
    const caltrain = routesToGeoJSON(await loadGtfs(CALTRAIN_ZIP));
    // routes.txt has 4 routes, each with shaped trips (python3: 8 distinct shape_id in shapes.txt).
    expect(caltrain.features).toHaveLength(4);
    expect(caltrain.features.every((f) => f.properties.geometry_from === 'shape')).toBe(true);
    const atb = await loadGtfs(ATB_FOLDER);
    const routes = routesToGeoJSON(atb, { routeIds: ['0301'] });
    expect(routes.features).toHaveLength(1);
    expect(routes.features[0]!.properties.geometry_from).toBe('stops');
    // Trip 03010001 (route 0301) calls first at stop 17020317 (first row of stop_times.txt).
    const [trip] = tripsToGeoJSON(atb, { tripIds: ['03010001'] }).features;
    const first = atb.stops.find((s) => s.stop_id === '17020317')!;
    expect(trip!.geometry.coordinates[0]).toEqual([first.stop_lon, first.stop_lat]);
    expect(trip!.geometry.coordinates).toHaveLength(19);
  });
});
