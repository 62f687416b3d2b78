import { catchment } from '@datacites/geo/catchment';
import {
  type GtfsFeed,
  type IntensityBin,
  type StopStats,
  serviceIntensity,
  stopStats,
  stopsToGeoJSON,
  tripsOn,
} from '@datacites/gtfs';
import type { Feature, FeatureCollection, Point } from 'geojson';

/** What the explorer shows for one feed and one date. */
export interface ServiceDay {
  readonly date: string;
  /** Boarding stops (location_type 0 or empty) with `departures` and headway fields. */
  readonly stops: FeatureCollection<Point>;
  readonly statsByStop: ReadonlyMap<string, StopStats>;
  readonly hours: readonly IntensityBin[];
  readonly trips: number;
  readonly departures: number;
  readonly servedStops: number;
  /** Stops whose mean headway between 07:00 and 19:00 is at most the threshold. */
  readonly frequentStops: number;
  /** The area within 400 m of a frequent stop (empty collection when there is none). */
  readonly catchment: FeatureCollection;
}

/**
 * Everything the explorer draws for a date: stops with their departures (`stopStats`, headway
 * window 07:00–19:00), departures per hour (`serviceIntensity`), and the union of 400 m circles
 * around the stops whose mean headway is at most `frequentMinutes`.
 *
 * @example
 * ```ts
 * const day = serviceDay(feed, '2016-04-04', 15);
 * day.frequentStops; // stops with a departure every 15 min or better
 * ```
 */
export function serviceDay(feed: GtfsFeed, date: string, frequentMinutes: number): ServiceDay {
  const stats = stopStats(feed, date);
  const statsByStop = new Map(stats.map((s) => [s.stopId, s]));
  const points = stopsToGeoJSON(feed, { locationTypes: [0] });
  const features: Feature<Point>[] = points.features.map((feature) => {
    const id = String(feature.properties?.stop_id);
    const s = statsByStop.get(id);
    return {
      ...feature,
      properties: {
        stop_id: id,
        stop_name: String(feature.properties?.stop_name ?? id),
        departures: s?.numDepartures ?? 0,
        mean_headway:
          s && Number.isFinite(s.meanHeadway) ? Math.round(s.meanHeadway * 10) / 10 : null,
      },
    };
  });
  const frequent = features.filter((f) => {
    const headway = f.properties?.mean_headway;
    return typeof headway === 'number' && headway <= frequentMinutes;
  });
  const area = frequent.length > 0 ? catchment(frequent, 400).area : null;
  return {
    date,
    stops: { type: 'FeatureCollection', features },
    statsByStop,
    hours: serviceIntensity(feed, date),
    trips: tripsOn(feed, date).length,
    departures: stats.reduce((sum, s) => sum + s.numDepartures, 0),
    servedStops: stats.filter((s) => s.numDepartures > 0).length,
    frequentStops: frequent.length,
    catchment: { type: 'FeatureCollection', features: area ? [area] : [] },
  };
}

/** `[west, south, east, north]` of the stops, for fitting the map. */
export function stopsBounds(stops: FeatureCollection<Point>): [number, number, number, number] {
  let [w, s, e, n] = [180, 90, -180, -90];
  for (const f of stops.features) {
    const [lon, lat] = f.geometry.coordinates as [number, number];
    w = Math.min(w, lon);
    e = Math.max(e, lon);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  }
  return [w, s, e, n];
}

/** `HH:MM` of seconds since the service day's start (may pass 24:00). */
export function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
