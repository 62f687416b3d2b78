import type { FeatureCollection } from 'geojson';
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
  const codeProperty = options.codeProperty ?? 'code';
  const property = options.property ?? 'value';
  const byCode = new Map<string, TerritoryValue>();
  values.forEach((row, index) => {
    const code = String(row.code ?? '').trim();
    if (byCode.has(code)) {
      issues.add({
        code: 'duplicate_territory',
        severity: 'warning',
        field: 'code',
        message: `Value ${index} repeats territory "${code}"; the later value is used.`,
        raw: code,
      });
    }
    byCode.set(code, row);
  });
  const matched = new Set<string>();
  const features = (options.boundaries.features ?? []).map((feature) => {
    const code = String(feature.properties?.[codeProperty] ?? '').trim();
    const row = byCode.get(code);
    if (row) matched.add(code);
    return {
      ...feature,
      properties: {
        ...feature.properties,
        [property]: typeof row?.value === 'number' && Number.isFinite(row.value) ? row.value : null,
      },
    };
  });
  for (const [code] of byCode) {
    if (!matched.has(code)) {
      issues.add({
        code: 'unmatched_territory',
        severity: 'warning',
        field: 'code',
        message: `No boundary has code "${code}"; its value is not on the map.`,
        raw: code,
      });
    }
  }
  const layer = choroplethLayer({
    nameProperty: 'nom',
    ...options,
    property,
    data: { type: 'FeatureCollection', features },
  });
  return { ...layer, issues: [...issues.list(), ...layer.issues] };
}
