/**
 * Aggregation of consumption records along the INSEE territorial hierarchy (commune → EPCI →
 * département → région) and normalisation per inhabitant or per dwelling.
 * @packageDocumentation
 */

import type { ConsumptionRecord, EnergyCarrier, Sector, TerritoryLevel } from './model.js';
import { convertEnergy, type EnergyUnit, type HeatingValueBasis } from './units.js';

/** Where one commune (or IRIS, keyed by its code) belongs; any level may be absent. */
export interface TerritoryParents {
  readonly commune?: string;
  readonly epci?: string;
  readonly departement?: string;
  readonly region?: string;
}

/** One aggregated total. */
export interface AggregatedConsumption {
  readonly territoryCode: string;
  readonly territoryLevel: TerritoryLevel;
  readonly year: number;
  readonly sector: Sector;
  readonly carrier: EnergyCarrier;
  /** Sum of the values present. */
  readonly value: number;
  readonly unit: EnergyUnit;
  readonly heatingValue?: HeatingValueBasis;
  /** Sum of delivery points present. */
  readonly deliveryPoints: number;
  /** Records summed. */
  readonly records: number;
  /** Records with a masked or empty value: the total is then a lower bound. */
  readonly maskedRecords: number;
}

/** Result of {@link aggregateConsumption}. */
export interface Aggregation {
  readonly totals: readonly AggregatedConsumption[];
  /** Codes of records that the mapping does not place at the target level (not summed). */
  readonly unmapped: readonly string[];
  /** Records not summed because they have no parent at the target level. */
  readonly unmappedRecords: number;
}

/**
 * Sums records up to a coarser level given a mapping from the records' territory codes to their
 * parents (e.g. from the INSEE "table d'appartenance géographique"). Totals are kept apart per
 * year, sector, carrier and heating-value basis, converted to `unit`. Records the mapping does
 * not place are counted and listed, never dropped silently; masked values (`secret`, `nd`) are
 * counted so a total known to be incomplete says so. Level `country` sums everything (code `FR`),
 * e.g. national totals per year and sector, without a mapping.
 *
 * @example
 * ```ts
 * const byEpci = aggregateConsumption(communeRecords, 'epci', communeToParents);
 * byEpci.totals[0]; // { territoryCode: '200054781', year: 2021, sector: 'residentiel', … }
 * ```
 */
export function aggregateConsumption(
  records: Iterable<ConsumptionRecord>,
  level: 'commune' | 'epci' | 'departement' | 'region' | 'country',
  parents: ReadonlyMap<string, TerritoryParents> = new Map(),
  unit: EnergyUnit = 'MWh',
): Aggregation {
  const totals = new Map<string, MutableTotal>();
  const unmapped = new Set<string>();
  let unmappedRecords = 0;
  for (const r of records) {
    const target =
      level === 'country'
        ? 'FR'
        : r.territoryLevel === level
          ? r.territoryCode
          : parents.get(r.territoryCode)?.[level];
    if (target === undefined) {
      unmapped.add(r.territoryCode);
      unmappedRecords++;
      continue;
    }
    const key = `${target}|${r.year}|${r.sector}|${r.carrier}|${r.heatingValue ?? ''}`;
    let t = totals.get(key);
    if (!t) {
      t = {
        territoryCode: target,
        territoryLevel: level,
        year: r.year,
        sector: r.sector,
        carrier: r.carrier,
        value: 0,
        unit,
        ...(r.heatingValue === undefined ? {} : { heatingValue: r.heatingValue }),
        deliveryPoints: 0,
        records: 0,
        maskedRecords: 0,
      };
      totals.set(key, t);
    }
    t.records++;
    if (r.value === null) t.maskedRecords++;
    else t.value += convertEnergy(r.value, r.unit, unit);
    if (r.deliveryPoints !== null) t.deliveryPoints += r.deliveryPoints;
  }
  return { totals: [...totals.values()], unmapped: [...unmapped].sort(), unmappedRecords };
}

type MutableTotal = { -readonly [K in keyof AggregatedConsumption]: AggregatedConsumption[K] };

/**
 * Divides values by a denominator per territory (inhabitants, dwellings, m²…), reporting the
 * territories without a usable denominator instead of dividing by zero or dropping them.
 *
 * @example
 * ```ts
 * perUnit([{ territoryCode: '86194', value: 1_200_000 }], new Map([['86194', 88_000]]));
 * // { values: [{ territoryCode: '86194', value: 13.63… }], missing: [] }
 * ```
 */
export function perUnit<
  T extends { readonly territoryCode: string; readonly value: number | null },
>(
  items: Iterable<T>,
  denominators: ReadonlyMap<string, number>,
): { values: (T & { readonly value: number })[]; missing: string[] } {
  const values: (T & { value: number })[] = [];
  const missing: string[] = [];
  for (const item of items) {
    const d = denominators.get(item.territoryCode);
    if (d === undefined || !(d > 0) || item.value === null) {
      missing.push(item.territoryCode);
      continue;
    }
    values.push({ ...item, value: item.value / d });
  }
  return { values, missing };
}

/**
 * Consumption per inhabitant (`population` by territory code). Same as {@link perUnit}.
 *
 * @example
 * ```ts
 * perCapita(regionTotals, populationByRegion).values; // MWh per inhabitant
 * ```
 */
export const perCapita = perUnit;

/**
 * Consumption per dwelling (`dwellings` by territory code, e.g. INSEE "logements"). Same as
 * {@link perUnit}.
 *
 * @example
 * ```ts
 * perDwelling(residentialByCommune, dwellingsByCommune).values; // MWh per dwelling
 * ```
 */
export const perDwelling = perUnit;
