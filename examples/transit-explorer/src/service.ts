import {
  type GtfsFeed,
  type IntensityBin,
  type StopStats,
  serviceIntensity,
  stopStats,
  stopsToGeoJSON,
  tripsOn,
} from '@datacites/gtfs';
import type { Feature, FeatureCollection, Point, Position } from 'geojson';

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
  /**
   * `[lon, lat]` of each frequent stop, in stop order: the points whose 400 m area the page
   * computes in a worker (`catchment-client.ts`), off the main thread.
   */
  readonly frequentPoints: readonly Position[];
}

/**
 * Everything the explorer draws at once for a date: stops with their departures (`stopStats`,
 * headway window 07:00–19:00), departures per hour (`serviceIntensity`), and the positions of the
 * stops whose mean headway is at most `frequentMinutes`. The union of 400 m circles around them
 * takes seconds on a city's network, so it is not computed here but in a worker.
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
  return {
    date,
    stops: { type: 'FeatureCollection', features },
    statsByStop,
    hours: serviceIntensity(feed, date),
    trips: tripsOn(feed, date).length,
    departures: stats.reduce((sum, s) => sum + s.numDepartures, 0),
    servedStops: stats.filter((s) => s.numDepartures > 0).length,
    frequentStops: frequent.length,
    frequentPoints: frequent.map((f) => f.geometry.coordinates),
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
