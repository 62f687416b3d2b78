import type { Feature, FeatureCollection } from 'geojson';
import { type ChoroplethLayerOptions, choroplethLayer } from './choropleth-layer.js';
import { type DataLayer, LayerIssues } from './data-layer.js';

/** A value per territory, as the energy package outputs it (consumption by département…). */
export interface TerritoryValue {
  /** Territory code (INSEE code of a commune, département or région). */
  readonly code: string;
  readonly value: number | null;
  /** Territory name from the data, used when the boundary has none. */
  readonly name?: string;
}

/** Options of {@link territoryChoroplethLayer}. */
export interface TerritoryChoroplethOptions
  extends Omit<ChoroplethLayerOptions, 'data' | 'property'> {
  /** Boundary polygons, e.g. IGN Admin Express départements. */
  readonly boundaries: FeatureCollection;
  /** Boundary property holding the territory code. Default `code`. */
  readonly codeProperty?: string;
  /** Property name the value gets on the map (popups, table). Default `value`. */
  readonly property?: string;
}

/**
 * Copies boundary features with the properties of the row whose code equals their
 * `codeProperty` (`toProperties(undefined)` for boundaries without a row). Rows whose code has no
 * boundary are reported as `unmatched_territory`, repeated codes as `duplicate_territory` (the
 * later row wins).
 */
export function joinToBoundaries<Row>(
  rows: readonly Row[],
  codeOf: (row: Row) => unknown,
  boundaries: FeatureCollection,
  codeProperty: string,
  issues: LayerIssues,
  toProperties: (row: Row | undefined) => Record<string, unknown>,
): Feature[] {
  const byCode = new Map<string, Row>();
  rows.forEach((row, index) => {
    const code = String(codeOf(row) ?? '').trim();
    if (byCode.has(code)) {
      issues.add({
        code: 'duplicate_territory',
        severity: 'warning',
        field: 'code',
        message: `Row ${index} repeats territory "${code}"; the later row is used.`,
        raw: code,
      });
    }
    byCode.set(code, row);
  });
  const matched = new Set<string>();
  const features = (boundaries.features ?? []).map((feature) => {
    const code = String(feature.properties?.[codeProperty] ?? '').trim();
    const row = byCode.get(code);
    if (row !== undefined) matched.add(code);
    return { ...feature, properties: { ...feature.properties, ...toProperties(row) } };
  });
  for (const code of byCode.keys()) {
    if (!matched.has(code)) {
      issues.add({
        code: 'unmatched_territory',
        severity: 'warning',
        field: 'code',
        message: `No boundary has code "${code}"; its row is not on the map.`,
        raw: code,
      });
    }
  }
  return features;
}

/**
 * Joins values by territory code onto boundary polygons and draws them as a choropleth. Values
 * whose code has no polygon (e.g. communes merged since the boundaries' edition) are reported as
 * `unmatched_territory`; polygons without a value are drawn as "no data".
 *
 * @example
 * ```ts
 * territoryChoroplethLayer(consumptionByDepartement, {
 *   id: 'energy', title: 'Consommation électrique (MWh)', boundaries: departements,
 *   breaks: [0, 2e6, 4e6, 8e6, 2e7],
 * });
 * ```
 */
export function territoryChoroplethLayer(
  values: readonly TerritoryValue[],
  options: TerritoryChoroplethOptions,
): DataLayer {
  const issues = new LayerIssues(options.id);
  const property = options.property ?? 'value';
  const features = joinToBoundaries(
    values,
    (row) => row.code,
    options.boundaries,
    options.codeProperty ?? 'code',
    issues,
    (row) => ({
      [property]: typeof row?.value === 'number' && Number.isFinite(row.value) ? row.value : null,
    }),
  );
  const layer = choroplethLayer({
    nameProperty: 'nom',
    ...options,
    property,
    data: { type: 'FeatureCollection', features },
  });
  return { ...layer, issues: [...issues.list(), ...layer.issues] };
}
