import type { ConsumptionRecord } from '@datacites/energy';
import type { TerritoryValue } from '@datacites/map';
import type { SectorChoice } from './i18n.js';

/** What the map shows: one energy carrier, one sector (or all), one year. */
export interface ConsumptionChoice {
  readonly carrier: 'electricite' | 'gaz';
  readonly sector: SectorChoice;
  readonly year: number;
}

const matches = (r: ConsumptionRecord, carrier: string, sector: SectorChoice) =>
  r.territoryLevel === 'departement' &&
  r.carrier === carrier &&
  (sector === 'total' || r.sector === sector);

/**
 * Consumption (MWh) by département for a choice, summed over operators (Enedis, GRDF, RTE, local
 * distributors…) and, for "all sectors", over the five ORE sectors. Masked values count for
 * nothing and are reported in `masked`.
 *
 * @example
 * ```ts
 * consumptionByDepartement(records, { carrier: 'gaz', sector: 'residentiel', year: 2019 });
 * ```
 */
export function consumptionByDepartement(
  records: readonly ConsumptionRecord[],
  choice: ConsumptionChoice,
): { values: TerritoryValue[]; masked: number } {
  const sums = new Map<string, { value: number; name: string | undefined }>();
  let masked = 0;
  for (const r of records) {
    if (r.year !== choice.year || !matches(r, choice.carrier, choice.sector)) continue;
    if (r.value === null) {
      masked++;
      continue;
    }
    const entry = sums.get(r.territoryCode) ?? { value: 0, name: r.territoryName };
    entry.value += r.value;
    sums.set(r.territoryCode, entry);
  }
  const values = [...sums].map(([code, { value, name }]) => ({
    code,
    value,
    ...(name ? { name } : {}),
  }));
  return { values, masked };
}

/** Years present in the records, ascending. */
export function yearsOf(records: readonly ConsumptionRecord[]): number[] {
  return [...new Set(records.map((r) => r.year))].sort((a, b) => a - b);
}

/**
 * Class bounds shared by every year of a carrier and sector (quantiles of all the département
 * values of all years), so that a colour means the same amount whichever year is shown.
 *
 * @example
 * ```ts
 * sharedBreaks([[1, 2], [3, 4]], 2); // [1, 2, 4]: the median of 1,2,3,4 by nearest rank, then the max
 * ```
 */
export function sharedBreaks(valuesByYear: readonly (readonly number[])[], classes = 5): number[] {
  const all = valuesByYear
    .flat()
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  if (all.length === 0) return [];
  const breaks = [all[0] as number];
  for (let k = 1; k < classes; k++) {
    const rank = Math.ceil((k / classes) * all.length);
    const value = all[Math.max(0, rank - 1)] as number;
    if (value > (breaks[breaks.length - 1] as number)) breaks.push(value);
  }
  const max = all[all.length - 1] as number;
  if (max > (breaks[breaks.length - 1] as number) || breaks.length === 1) breaks.push(max);
  return breaks;
}
