/**
 * Enedis customer-space load-curve export ("Mes mesures" → courbe de charge CSV) into a
 * {@link TimeSeries}.
 * @packageDocumentation
 */

import { defineTable, type LoadOptions, readTable, type Source } from '@datacites/core';
import { z } from 'zod';
import { type EnergyLoadReport, MappingIssues } from './load-report.js';
import type { TimeSeries } from './model.js';
import { isEnergyUnit, isPowerUnit, type PowerUnit } from './units.js';

/** Table of the data part of the export: `Horodate;Valeur`. */
export const LinkyCsvTable = defineTable({
  name: 'enedis-courbe-de-charge',
  columns: { timestamp: z.string(), value: z.number().nullable() },
  aliases: { timestamp: ['Horodate'], value: ['Valeur'] },
});

/** Metadata block of the export (first two lines), as given. */
export interface LinkyCsvMetadata {
  readonly prm?: string;
  readonly dataType?: string;
  readonly start?: string;
  readonly end?: string;
  readonly quantity?: string;
  readonly unit?: string;
  readonly stepMinutes?: number;
}

/** Result of {@link loadLinkyCsv}. */
export interface LinkyCsvLoad extends EnergyLoadReport {
  readonly series: TimeSeries & { unit: PowerUnit };
  readonly metadata: LinkyCsvMetadata;
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?([+-]\d{2}:\d{2}|Z)$/;

/**
 * Loads the Enedis load-curve CSV: a metadata header (`Identifiant PRM;Type de donnees;…;Unite;
 * Pas en minutes` and its values), then `Horodate;Valeur` rows with ISO timestamps carrying their
 * UTC offset. Each value is the **mean power in W over the interval ending at `Horodate`**
 * (`stamp: 'end'`). The step comes from `Pas en minutes` or, when empty (as in real exports), from
 * the most common gap between timestamps. Values not numbers and timestamps without an offset
 * are rejected with issues; duplicated timestamps are reported.
 *
 * @example
 * ```ts
 * const { series } = await loadLinkyCsv('Enedis_Conso_Heure_20220729-20230729_1111.csv');
 * loadCurveIndicators(series).baseLoad; // W
 * ```
 */
export async function loadLinkyCsv(
  source: Source,
  options: LoadOptions = {},
): Promise<LinkyCsvLoad> {
  const result = await readTable(source, LinkyCsvTable, options);
  const mapping = new MappingIssues(result, options);
  const metadata = readMetadata(result.preamble);
  const timestamps: number[] = [];
  const values: number[] = [];
  let previous = Number.NEGATIVE_INFINITY;
  let duplicates = 0;
  let firstDuplicateLine: number | undefined;
  for (let index = 0; index < result.rows.length; index++) {
    const row = result.rows[index]!;
    const line = result.lines[index];
    const t = ISO_WITH_OFFSET.test(row.timestamp) ? Date.parse(row.timestamp) : Number.NaN;
    if (!Number.isFinite(t)) {
      mapping.reject({
        line,
        code: 'invalid_timestamp',
        field: 'timestamp',
        message: `Horodate "${row.timestamp}" is not an ISO 8601 time with a UTC offset`,
        raw: row.timestamp,
      });
      continue;
    }
    if (t === previous && duplicates++ === 0) firstDuplicateLine = line;
    previous = t;
    timestamps.push(t);
    values.push(row.value ?? Number.NaN);
  }
  if (duplicates > 0) {
    mapping.add({
      code: 'duplicate_timestamp',
      severity: 'warning',
      line: firstDuplicateLine,
      field: 'timestamp',
      message: `${duplicates} value(s) repeat the previous timestamp (the first at this line); kept`,
    });
  }
  const stepMinutes = metadata.stepMinutes ?? inferStep(timestamps);
  if (metadata.stepMinutes === undefined) {
    mapping.add({
      code: 'step_inferred',
      severity: 'info',
      field: 'Pas en minutes',
      message: `No step in the metadata; ${stepMinutes} min inferred from the timestamps`,
    });
  }
  const unitText = metadata.unit ?? 'W';
  if (!isPowerUnit(unitText)) {
    mapping.add({
      code: 'unexpected_unit',
      severity: 'warning',
      field: 'Unite',
      message: `Unit "${unitText}" is not a power unit${isEnergyUnit(unitText) ? ' (energy index export?)' : ''}; values read as W`,
      raw: unitText,
    });
  }
  return {
    ...mapping.merge(result),
    metadata,
    series: {
      timestamps: Float64Array.from(timestamps),
      values: Float64Array.from(values),
      unit: isPowerUnit(unitText) ? unitText : 'W',
      stepMinutes,
      stamp: 'end',
      timeZone: 'Europe/Paris',
    },
  };
}

function readMetadata(preamble: readonly (readonly string[])[]): LinkyCsvMetadata {
  const [names, values] = preamble;
  if (!names || !values) return {};
  const get = (label: string) => {
    const i = names.findIndex(
      (n) =>
        n
          .replace(/^\uFEFF/, '')
          .trim()
          .toLowerCase() === label,
    );
    const v = i >= 0 ? values[i]?.trim() : undefined;
    return v === '' ? undefined : v;
  };
  const step = Number(get('pas en minutes'));
  const meta: Record<string, string | number> = {};
  const put = (key: string, v: string | undefined) => {
    if (v !== undefined) meta[key] = v;
  };
  put('prm', get('identifiant prm'));
  put('dataType', get('type de donnees') ?? get('type de données'));
  put('start', get('date de debut') ?? get('date de début'));
  put('end', get('date de fin'));
  put('quantity', get('grandeur physique'));
  put('unit', get('unite') ?? get('unité'));
  if (Number.isFinite(step) && step > 0) meta.stepMinutes = step;
  return meta as LinkyCsvMetadata;
}

/** Most common positive gap between consecutive timestamps, in minutes (default 30). */
export function inferStep(timestamps: readonly number[]): number {
  const counts = new Map<number, number>();
  for (let i = 1; i < timestamps.length; i++) {
    const gap = Math.round(((timestamps[i] as number) - (timestamps[i - 1] as number)) / 60_000);
    if (gap > 0) counts.set(gap, (counts.get(gap) ?? 0) + 1);
  }
  let best = 30;
  let bestCount = 0;
  for (const [gap, count] of counts) {
    if (count > bestCount) {
      best = gap;
      bestCount = count;
    }
  }
  return best;
}
