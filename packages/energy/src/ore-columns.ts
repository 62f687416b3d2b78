/**
 * Columnar loading of large ORE/Enedis/GRDF/SDES consumption files (millions of rows): typed
 * arrays instead of one object per record.
 * @packageDocumentation
 */

import { type Column, pickColumns, readColumns, type Source } from '@datacites/core';
import { type EnergyLoadReport, MappingIssues } from './load-report.js';
import type { ConsumptionRecord, EnergyCarrier, Sector, TerritoryLevel } from './model.js';
import {
  carrierOf,
  OreConsumptionTable,
  type OreLoadOptions,
  SECTOR_CODES,
  WIDE_SECTOR_KEYS,
} from './ore.js';

/** Sectors by code in {@link ConsumptionColumns.sector}. */
export const SECTORS: readonly Sector[] = [
  'residentiel',
  'tertiaire',
  'industrie',
  'agriculture',
  'non-affecte',
  'total',
];
/** Carriers by code in {@link ConsumptionColumns.carrier}. */
export const CARRIERS: readonly EnergyCarrier[] = [
  'electricite',
  'gaz',
  'chaleur',
  'froid',
  'total',
];
/** Levels by code in {@link ConsumptionColumns.level}. */
export const LEVELS: readonly TerritoryLevel[] = [
  'address',
  'iris',
  'commune',
  'epci',
  'departement',
  'region',
];
/** Masks by code in {@link ConsumptionColumns.mask}: 0 none, 1 `secret`, 2 `nd`. */
export const MASKS = [undefined, 'secret', 'nd'] as const;

/** Consumption records as columns: entry `i` of every array is record `i`. */
export interface ConsumptionColumns extends EnergyLoadReport {
  readonly length: number;
  readonly year: Int32Array;
  /** MWh; NaN when masked or empty. */
  readonly value: Float64Array;
  /** NaN when masked or empty. */
  readonly deliveryPoints: Float64Array;
  /** Number of dwellings (Enedis address files); NaN when the file has none. */
  readonly dwellings: Float64Array;
  /** Index into {@link SECTORS}. */
  readonly sector: Uint8Array;
  /** Index into {@link CARRIERS}. */
  readonly carrier: Uint8Array;
  /** Index into {@link LEVELS}. */
  readonly level: Uint8Array;
  /** Index into `territories`. */
  readonly territory: Int32Array;
  readonly territories: readonly string[];
  /** Index into `operators` (−1 when absent). */
  readonly operator: Int32Array;
  readonly operators: readonly string[];
  /** Index into {@link MASKS}. */
  readonly mask: Uint8Array;
  /** Record `i` as an object (allocates). */
  record(i: number): ConsumptionRecord;
}

const LEVEL_KEYS = ['address', 'iris', 'commune', 'epci', 'departement', 'region'] as const;

/**
 * The ORE table without the columns the typed columns do not hold: territory names and the
 * network id. Those are optional text, which no cell can fail, so leaving them unread changes
 * no row, issue or account; it spares a dictionary lookup per cell (a tenth of the load time
 * of a million-row address file).
 */
const ColumnsTable = pickColumns(
  OreConsumptionTable,
  OreConsumptionTable.columns
    .map((column) => column.key)
    .filter((key) => !key.endsWith('_name') && key !== 'network'),
);

/**
 * Same records, account and issues as {@link loadOreConsumption}, returned as typed columns:
 * built for the million-row address and IRIS files, where one object per record costs
 * gigabytes. Territory names and network ids are not read (nor their absence noted).
 *
 * @example
 * ```ts
 * const c = await loadOreConsumptionColumns('conso-iris.csv');
 * let residential = 0;
 * for (let i = 0; i < c.length; i++) if (SECTORS[c.sector[i]!] === 'residentiel') residential += c.value[i] || 0;
 * ```
 */
export async function loadOreConsumptionColumns(
  source: Source,
  options: OreLoadOptions = {},
): Promise<ConsumptionColumns> {
  const table = await readColumns(source, ColumnsTable, options);
  const mapping = new MappingIssues(table, options);
  const cols = table.columns as Record<string, Column>;
  const n = table.length;
  const wide = WIDE_SECTOR_KEYS.some(([, key]) => hasValues(cols[`conso_${key}`]));
  const perRow = wide ? WIDE_SECTOR_KEYS.length : 1;
  const cap = n * perRow;
  const year = new Int32Array(cap);
  const value = new Float64Array(cap);
  const deliveryPoints = new Float64Array(cap);
  const dwellings = new Float64Array(cap);
  const sector = new Uint8Array(cap);
  const carrier = new Uint8Array(cap);
  const level = new Uint8Array(cap);
  const territory = new Int32Array(cap);
  const operator = new Int32Array(cap);
  const mask = new Uint8Array(cap);
  // Text columns come dictionary-coded from core: each lookup below runs once per distinct
  // value and a row costs an array read (an address file has a million distinct addresses).
  const territories: string[] = [];
  const levelsUsed = new Set<number>();
  const territoryOf = LEVEL_KEYS.map(
    (key, k) =>
      new DistinctValues(cols[key]!, (v) => {
        const code = typeof v === 'string' ? v.trim() : '';
        if (code === '') return -1;
        levelsUsed.add(k);
        territories.push(code);
        return territories.length - 1;
      }),
  );
  const operators: string[] = [];
  const operatorOf = new DistinctValues(cols.operator!, (v) => {
    if (typeof v !== 'string' || v === '') return -1;
    operators.push(v);
    return operators.length - 1;
  });
  const carrierOfRow = new DistinctValues(cols.carrier!, (v) => {
    const text = v as string | undefined;
    const found =
      text === undefined && options.carrier !== undefined ? options.carrier : carrierOf(text);
    return found === undefined ? -1 : CARRIERS.indexOf(found);
  });
  const sectorOfRow = new DistinctValues(cols.sector!, (v) => {
    const text = String(v ?? '').trim();
    return text === ''
      ? SECTORS.indexOf('total')
      : SECTORS.indexOf(SECTOR_CODES[text.toUpperCase()]!);
  });
  let out = 0;
  for (let i = 0; i < n; i++) {
    const c = carrierOfRow.at(i);
    if (c < 0) {
      const carrierText = cols.carrier!.get(i) as string | undefined;
      mapping.reject({
        line: table.lines[i],
        code: 'unknown_carrier',
        field: 'carrier',
        message: `Energy carrier "${carrierText ?? ''}" is not electricity, gas, heat or cold`,
        raw: carrierText ?? '',
      });
      continue;
    }
    let lv = -1;
    let terr = -1;
    for (let k = 0; k < LEVEL_KEYS.length && terr < 0; k++) {
      terr = territoryOf[k]!.at(i);
      lv = k;
    }
    if (terr < 0) {
      mapping.reject({
        line: table.lines[i],
        code: 'missing_territory',
        message: 'No territory code (IRIS, commune, EPCI, département or région) in the row',
      });
      continue;
    }
    const code = territories[terr]!;
    if (code === 'NA' || code === 'nd') {
      mapping.add({
        code: 'unknown_territory_code',
        severity: 'warning',
        line: table.lines[i],
        field: LEVELS[lv],
        message: `Territory code "${code}": consumption not assigned to a ${LEVELS[lv]}; kept as is`,
        raw: code,
      });
    }
    const opIndex = operatorOf.at(i);
    const y = cols.year!.get(i) as number;
    const homes = cols.dwellings ? numberAt(cols.dwellings, i) : Number.NaN;
    if (wide) {
      let sum = 0;
      for (let s = 0; s < WIDE_SECTOR_KEYS.length; s++) {
        const [sec, key] = WIDE_SECTOR_KEYS[s]!;
        const conso = cols[`conso_${key}`]!;
        if (conso.state?.[i] === 1) continue;
        value[out] = numberAt(conso, i);
        if (!Number.isNaN(value[out]!)) sum += value[out]!;
        deliveryPoints[out] = numberAt(cols[`points_${key}`]!, i);
        mask[out] = maskAt(conso, i);
        sector[out] = SECTORS.indexOf(sec);
        write(out, y, c, lv, terr, opIndex, homes);
        out++;
      }
      const total = numberAt(cols.total!, i);
      if (Math.abs(total - sum) > 0.01 + 1e-9 * Math.abs(total)) {
        mapping.add({
          code: 'total_mismatch',
          severity: 'warning',
          line: table.lines[i],
          field: 'total',
          message: `Total ${total} MWh differs from the sum of sectors ${sum.toFixed(2)} MWh`,
          raw: String(total),
        });
      }
    } else {
      const sec = sectorOfRow.at(i);
      const sectorText = sec < 0 ? String(cols.sector!.get(i) ?? '').trim() : '';
      if (sec < 0 && sectorText !== 'nd') {
        mapping.reject({
          line: table.lines[i],
          code: 'unknown_sector',
          field: 'sector',
          message: `Sector code "${sectorText}" is not R, T, I, A or X`,
          raw: sectorText,
        });
        continue;
      }
      value[out] = numberAt(cols.conso!, i);
      deliveryPoints[out] = numberAt(cols.points!, i);
      mask[out] = sectorText === 'nd' && maskAt(cols.conso!, i) === 0 ? 2 : maskAt(cols.conso!, i);
      sector[out] = sec < 0 ? SECTORS.indexOf('non-affecte') : sec;
      write(out, y, c, lv, terr, opIndex, homes);
      out++;
      if (sectorText === 'nd') {
        mapping.add({
          code: 'sector_not_available',
          severity: 'info',
          line: table.lines[i],
          field: 'sector',
          message: 'Sector "nd" (not available): kept as non-affecté with a masked value',
          raw: 'nd',
        });
      }
    }
  }
  function write(
    at: number,
    y: number,
    c: number,
    lv: number,
    terr: number,
    op: number,
    homes: number,
  ) {
    year[at] = y;
    dwellings[at] = homes;
    carrier[at] = c;
    level[at] = lv;
    territory[at] = terr;
    operator[at] = op;
  }
  const length = out;
  // The same code in two level columns (a commune code as `code_commune` in one row and as the
  // finest code in another) is one territory: merge, keeping the first index.
  if (levelsUsed.size > 1) mergeDuplicates(territories, territory.subarray(0, length));
  return {
    ...mapping.merge(table),
    length,
    year: year.subarray(0, length),
    value: value.subarray(0, length),
    deliveryPoints: deliveryPoints.subarray(0, length),
    dwellings: dwellings.subarray(0, length),
    sector: sector.subarray(0, length),
    carrier: carrier.subarray(0, length),
    level: level.subarray(0, length),
    territory: territory.subarray(0, length),
    territories,
    operator: operator.subarray(0, length),
    operators,
    mask: mask.subarray(0, length),
    record(i) {
      const car = CARRIERS[carrier[i]!]!;
      const m = MASKS[mask[i]!];
      const v = value[i]!;
      const p = deliveryPoints[i]!;
      const homes = dwellings[i]!;
      return {
        territoryCode: territories[territory[i]!]!,
        territoryLevel: LEVELS[level[i]!]!,
        sector: SECTORS[sector[i]!]!,
        carrier: car,
        year: year[i]!,
        value: Number.isNaN(v) ? null : v,
        unit: 'MWh',
        ...(car === 'gaz' ? { heatingValue: 'PCS' as const } : {}),
        deliveryPoints: Number.isNaN(p) ? null : p,
        ...(m ? { mask: m } : {}),
        ...(operator[i]! >= 0 ? { operator: operators[operator[i]!]! } : {}),
        ...(Number.isNaN(homes) ? {} : { dwellings: homes }),
      };
    },
  };
}

/**
 * A value computed once per distinct cell of a text column: by dictionary code when core
 * stored the column as a dictionary, else by the cell's text.
 */
class DistinctValues {
  readonly #column: Column;
  readonly #compute: (value: unknown) => number;
  readonly #byCode: Int32Array | undefined;
  readonly #byText = new Map<unknown, number>();

  constructor(column: Column, compute: (value: unknown) => number) {
    this.#column = column;
    this.#compute = compute;
    this.#byCode =
      column.storage === 'dictionary'
        ? new Int32Array(column.dictionary.length).fill(UNSEEN)
        : undefined;
  }

  /** The value for row `i`. */
  at(i: number): number {
    const column = this.#column;
    const byCode = this.#byCode;
    if (byCode !== undefined && (column.state === undefined || column.state[i] === 0)) {
      const code = column.data[i] as number;
      let v = byCode[code] as number;
      if (v === UNSEEN) {
        v = this.#compute(column.dictionary[code]);
        byCode[code] = v;
      }
      return v;
    }
    const cell = column.get(i);
    let v = this.#byText.get(cell);
    if (v === undefined) {
      v = this.#compute(cell);
      this.#byText.set(cell, v);
    }
    return v;
  }
}

/** Marks a dictionary code whose value is not computed yet. */
const UNSEEN = -2;

/** Removes repeated strings from `list`, pointing `indices` at each string's first entry. */
function mergeDuplicates(list: string[], indices: Int32Array): void {
  const first = new Map<string, number>();
  const target = new Int32Array(list.length);
  const kept: string[] = [];
  list.forEach((s, k) => {
    let at = first.get(s);
    if (at === undefined) {
      at = kept.length;
      kept.push(s);
      first.set(s, at);
    }
    target[k] = at;
  });
  for (let i = 0; i < indices.length; i++) indices[i] = target[indices[i] as number] as number;
  list.length = kept.length;
  for (let k = 0; k < kept.length; k++) list[k] = kept[k] as string;
}

function hasValues(column: Column | undefined): boolean {
  if (!column || column.length === 0) return false;
  if (!column.state) return true;
  for (let i = 0; i < column.length; i++) if (column.state[i] !== 1) return true;
  return false;
}

function numberAt(column: Column, i: number): number {
  if (column.state !== undefined && column.state[i] !== 0) return Number.NaN;
  return column.data[i] as number;
}

function maskAt(column: Column, i: number): number {
  const marker = column.markerAt(i);
  if (marker === undefined) return 0;
  return marker === 'secret' || marker === 's' ? 1 : 2;
}
