import { describe, expect, it } from 'vitest';
import { normalizeHexColor } from './line-layer.js';
import { transitRoutesLayer, transitStopsLayer } from './transit-adapters.js';

describe('transit adapters', () => {
  it('turns GTFS stops (text coordinates) into points and rejects bad ones', () => {
    const layer = transitStopsLayer(
      [
        {
          stop_id: 'A',
          stop_name: 'Gare',
          stop_lat: '46.5802',
          stop_lon: '0.3404',
          departures: 120,
        },
        { stop_id: 'B', stop_name: 'Sans position', stop_lat: '', stop_lon: '' },
        {
          stop_id: 'C',
          stop_name: 'Hôtel de Ville',
          stop_lat: 46.5811,
          stop_lon: 0.3364,
          departures: 80,
        },
      ],
      { id: 'stops' },
    );
    expect(layer.account).toEqual({ read: 3, kept: 2, rejected: 1 });
    expect(layer.data.features[0]?.geometry).toEqual({
      type: 'Point',
      coordinates: [0.3404, 46.5802],
    });
    expect(layer.nameProperty).toBe('stop_name');
    expect(layer.issues).toMatchObject([{ code: 'invalid_coordinates', field: 'stop_lat' }]);
  });

  it('draws routes in their GTFS route_color (no #) and reports invalid colours', () => {
    const path: [number, number][] = [
      [0.33, 46.58],
      [0.35, 46.59],
    ];
    const layer = transitRoutesLayer(
      [
        { route_id: '1', route_short_name: '1', route_color: 'E3051B', path },
        { route_id: '2', route_short_name: '2', route_color: 'red', path },
        { route_id: '3', route_short_name: '3', path: [] },
      ],
      { id: 'routes' },
    );
    expect(layer.account).toEqual({ read: 3, kept: 2, rejected: 1 });
    expect(layer.data.features.map((feature) => feature.properties?.__datacites_color)).toEqual([
      '#e3051b',
      '#33506e',
    ]);
    expect(layer.legend.map((item) => [item.label, item.color])).toEqual([
      ['1', '#e3051b'],
      ['2', '#33506e'],
    ]);
    expect(layer.issues.map((issue) => issue.code)).toEqual(['missing_path', 'invalid_color']);
    // The normalised colour is for MapLibre only: popups and the table show the GTFS fields.
    expect(layer.fields.map((field) => field.property)).toEqual([
      'route_id',
      'route_short_name',
      'route_color',
    ]);
  });

  it('normalises hex colours', () => {
    expect(normalizeHexColor('00FF00')).toBe('#00ff00');
    expect(normalizeHexColor('#abcdef')).toBe('#abcdef');
    expect(normalizeHexColor('#abc')).toBeUndefined();
  });
});
