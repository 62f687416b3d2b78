import type { Feature } from 'geojson';
import { type AirQualityLayerOptions, airQualityLayer } from './air-quality-layer.js';
import { type DataLayer, LayerIssues } from './data-layer.js';

/**
 * An air-quality station or zone with its index, as the air package outputs it (its ATMO index
 * records fit: `level`, `latitude`, `longitude`, `zoneName`, `date`…). Records without a position
 * are rejected and reported.
 */
export interface AirStationLike {
  readonly id?: string;
  readonly name?: string;
  readonly latitude?: number | string;
  readonly longitude?: number | string;
  /** Index level: ATMO `code_qual` (0–7) or EEA level (1–6). */
  readonly level: number | string | null;
  readonly [field: string]: unknown;
}

/**
 * Stations with an index level as a layer coloured with the index's official colours.
 * Stations without valid coordinates are rejected and reported.
 *
 * @example
 * ```ts
 * airStationsLayer(stations, { id: 'atmo', title: 'Indice ATMO', index: 'atmo' });
 * ```
 */
export function airStationsLayer(
  stations: readonly AirStationLike[],
  options: Omit<AirQualityLayerOptions, 'data' | 'levelProperty'>,
): DataLayer {
  const issues = new LayerIssues(options.id);
  const features: Feature[] = [];
  stations.forEach((station, index) => {
    const lat = Number(station.latitude);
    const lon = Number(station.longitude);
    const blank =
      station.latitude === '' ||
      station.longitude === '' ||
      station.latitude === undefined ||
      station.longitude === undefined ||
      station.latitude === null ||
      station.longitude === null;
    if (blank || !(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) {
      issues.add({
        code: 'invalid_coordinates',
        severity: 'error',
        field: 'latitude',
        message: `Station ${index} (${String(station.id ?? station.name ?? '')}) has no valid coordinates; it is not drawn.`,
        raw: `${String(station.latitude)},${String(station.longitude)}`.slice(0, 120),
      });
      return;
    }
    features.push({
      type: 'Feature',
      id: index,
      properties: { ...station },
      geometry: { type: 'Point', coordinates: [lon, lat] },
    });
  });
  const first = stations[0] ?? {};
  const layer = airQualityLayer({
    // The air package's ATMO records name their zone `zoneName`.
    nameProperty: 'name' in first || !('zoneName' in first) ? 'name' : 'zoneName',
    ...options,
    levelProperty: 'level',
    data: { type: 'FeatureCollection', features },
  });
  return {
    ...layer,
    account: {
      read: stations.length,
      kept: layer.account.kept,
      rejected: stations.length - layer.account.kept,
    },
    issues: [...issues.list(), ...layer.issues],
  };
}
