/**
 * `@datacites/energy/areas`: energy certificates (DPE) summarised per area — communes, IRIS,
 * districts — through the point-in-polygon join of `@datacites/geo`. A separate entry so the main
 * one does not load turf.
 * @packageDocumentation
 */

import type { LoadIssue } from '@datacites/core';
import { type PolygonIndex, type PolygonInput, pointsInPolygons } from '@datacites/geo';
import type { DpeRecord } from './dpe.js';

/** DPE indicators of one area. */
export interface DpeAreaSummary {
  /** Certificates located in the area. */
  readonly count: number;
  /** Certificates per energy label (`A`…`G`, `''` when absent). */
  readonly labels: Readonly<Record<string, number>>;
  /** Mean primary energy (kWh/m²/year) of the certificates that give it. */
  readonly meanPrimaryEnergyPerM2: number;
  /** Share of labelled certificates rated F or G ("passoires thermiques"); NaN without labels. */
  readonly shareFG: number;
}

/** Result of {@link summariseDpeByArea}: `total = located + outside + withoutPosition`. */
export interface DpeAreas {
  /** One summary per polygon, in input order. */
  readonly areas: DpeAreaSummary[];
  /** Per certificate, the index of its area; −1 outside every polygon or without position. */
  readonly areaOf: Int32Array;
  readonly total: number;
  readonly located: number;
  readonly outside: number;
  readonly withoutPosition: number;
  /** Issues of the spatial join. */
  readonly issues: readonly LoadIssue[];
}

/**
 * Places certificates (WGS84 positions from {@link loadDpe}) in polygons (GeoJSON features in
 * WGS84, or a `PolygonIndex` from `@datacites/geo`) and summarises each area: count, label
 * distribution, mean kWh/m², share of F and G labels. Certificates without a position and those
 * outside every polygon are counted, not dropped silently.
 *
 * @example
 * ```ts
 * const { records } = await loadDpe('dpe03existant.csv');
 * const { areas } = summariseDpeByArea(records, irisGeoJson);
 * areas[0].shareFG; // e.g. 0.18
 * ```
 */
export function summariseDpeByArea(
  records: readonly DpeRecord[],
  polygons: PolygonIndex | PolygonInput,
): DpeAreas {
  const positioned: number[] = [];
  const positions: [number, number][] = [];
  records.forEach((r, i) => {
    if (r.lon !== null && r.lat !== null) {
      positioned.push(i);
      positions.push([r.lon, r.lat]);
    }
  });
  const join = pointsInPolygons(positions, polygons, {
    value: (_, k) => records[positioned[k]!]!.primaryEnergyPerM2,
    category: (_, k) => records[positioned[k]!]!.energyLabel ?? '',
  });
  const areaOf = new Int32Array(records.length).fill(-1);
  positioned.forEach((recordIndex, k) => {
    const polygon = join.polygonOf[k]!;
    areaOf[recordIndex] = polygon >= 0 ? polygon : -1;
  });
  const areas = join.summaries.map((s) => {
    let labelled = 0;
    let fg = 0;
    for (const [label, n] of Object.entries(s.categories)) {
      if (label === '') continue;
      labelled += n;
      if (label === 'F' || label === 'G') fg += n;
    }
    return {
      count: s.count,
      labels: s.categories,
      meanPrimaryEnergyPerM2: s.mean,
      shareFG: labelled === 0 ? Number.NaN : fg / labelled,
    };
  });
  return {
    areas,
    areaOf,
    total: records.length,
    located: join.matched,
    outside: join.unmatched + join.invalid,
    withoutPosition: records.length - positioned.length,
    issues: join.issues.issues,
  };
}
