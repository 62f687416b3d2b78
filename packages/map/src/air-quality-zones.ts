import type { FeatureCollection } from 'geojson';
import { type AirQualityLayerOptions, airQualityLayer } from './air-quality-layer.js';
import { type DataLayer, LayerIssues } from './data-layer.js';
import { joinToBoundaries } from './territory-join.js';

/** An index for a zone, as the air package's ATMO records give it (`zoneCode`, `level`). */
export interface AirQualityZoneLike {
  /** INSEE code of the commune (or the code used by `boundaries`). */
  readonly zoneCode: string;
  readonly level: number | string | null;
  readonly [field: string]: unknown;
}

/** Options of {@link airQualityZonesLayer}. */
export interface AirQualityZonesOptions
  extends Omit<AirQualityLayerOptions, 'data' | 'levelProperty'> {
  /** Zone polygons, e.g. IGN Admin Express communes. */
  readonly boundaries: FeatureCollection;
  /** Boundary property holding the zone code. Default `code`. */
  readonly codeProperty?: string;
}

/**
 * Zones (communes, EPCI) filled with the colour of their air-quality index level, from index
 * records by zone code joined to boundary polygons: the map the AASQA publish every day. Records
 * whose zone has no polygon are reported (`unmatched_territory`); zones without a record are
 * drawn "unavailable" grey and reported.
 *
 * @example
 * ```ts
 * airQualityZonesLayer(atmo.records, { id: 'atmo', title: 'Indice ATMO', boundaries: communes,
 *   timeProperty: 'date' });
 * ```
 */
export function airQualityZonesLayer(
  records: readonly AirQualityZoneLike[],
  options: AirQualityZonesOptions,
): DataLayer {
  const issues = new LayerIssues(options.id);
  const features = joinToBoundaries(
    records,
    (record) => record.zoneCode,
    options.boundaries,
    options.codeProperty ?? 'code',
    issues,
    (record) => {
      if (!record) return { level: null };
      const { zoneCode: _code, ...fields } = record;
      return fields;
    },
  );
  const layer = airQualityLayer({
    nameProperty: 'nom',
    ...options,
    levelProperty: 'level',
    data: { type: 'FeatureCollection', features },
  });
  return { ...layer, issues: [...issues.list(), ...layer.issues] };
}
