/**
 * Columnar loading of large ORE/Enedis/GRDF/SDES consumption files (millions of rows): typed
 * arrays instead of one object per record.
 * @packageDocumentation
 */

import { type Column, readColumns, type Source } from '@datacites/core';
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
 * Same data, issues and account as {@link loadOreConsumption}, returned as typed columns: built
 * for the million-row address and IRIS files, where one object per record costs gigabytes.
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
  const table = await readColumns(source, OreConsumptionTable, options);
  const mapping = new MappingIssues(table, options);
  const cols = table.columns as Record<string, Column>;
  const n = table.length;
  const wide = WIDE_SECTOR_KEYS.some(([, key]) => hasValues(cols[`conso_${key}`]));
  const perRow = wide ? WIDE_SECTOR_KEYS.length : 1;
  const cap = n * perRow;
  const year = new Int32Array(cap);
  const value = new Float64Array(cap);
  const deliveryPoints = new Float64Array(cap);
  const sector = new Uint8Array(cap);
  const carrier = new Uint8Array(cap);
  const level = new Uint8Array(cap);
  const territory = new Int32Array(cap);
  const operator = new Int32Array(cap);
  const mask = new Uint8Array(cap);
  const territories: string[] = [];
  const territoryIndex = new Map<string, number>();
  const operators: string[] = [];
  const operatorIndex = new Map<string, number>();
  const intern = (s: string, list: string[], index: Map<string, number>) => {
    let k = index.get(s);
    if (k === undefined) {
      k = list.length;
      list.push(s);
      index.set(s, k);
    }
    return k;
  };
  const carrierCache = new Map<string, number>();
  let out = 0;
  for (let i = 0; i < n; i++) {
    const carrierText = cols.carrier!.get(i) as string | undefined;
    let c = carrierCache.get(carrierText ?? '');
    if (c === undefined) {
      const found =
        carrierText === undefined && options.carrier !== undefined
          ? options.carrier
          : carrierOf(carrierText);
      c = found === undefined ? -1 : CARRIERS.indexOf(found);
      carrierCache.set(carrierText ?? '', c);
    }
    if (c < 0) {
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
    let code = '';
    for (let k = 0; k < LEVEL_KEYS.length; k++) {
      const v = cols[LEVEL_KEYS[k]!]!.get(i);
      if (typeof v === 'string' && v !== '') {
        lv = k;
        code = v;
        break;
      }
    }
    if (lv < 0) {
      mapping.reject({
        line: table.lines[i],
        code: 'missing_territory',
        message: 'No territory code (IRIS, commune, EPCI, département or région) in the row',
      });
      continue;
    }
    const op = cols.operator!.get(i);
    const opIndex = typeof op === 'string' && op !== '' ? intern(op, operators, operatorIndex) : -1;
    const terr = intern(code, territories, territoryIndex);
    const y = cols.year!.get(i) as number;
    if (wide) {
      for (let s = 0; s < WIDE_SECTOR_KEYS.length; s++) {
        const [sec, key] = WIDE_SECTOR_KEYS[s]!;
        const conso = cols[`conso_${key}`]!;
        if (conso.state?.[i] === 1) continue;
        value[out] = numberAt(conso, i);
        deliveryPoints[out] = numberAt(cols[`points_${key}`]!, i);
        mask[out] = maskAt(conso, i);
        sector[out] = SECTORS.indexOf(sec);
        write(out, y, c, lv, terr, opIndex);
        out++;
      }
    } else {
      const sectorText = String(cols.sector!.get(i) ?? '');
      const sec: Sector | undefined =
        sectorText === '' ? 'total' : SECTOR_CODES[sectorText.toUpperCase()];
      if (sec === undefined && sectorText !== 'nd') {
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
      sector[out] = SECTORS.indexOf(sec ?? 'non-affecte');
      write(out, y, c, lv, terr, opIndex);
      out++;
    }
  }
  function write(at: number, y: number, c: number, lv: number, terr: number, op: number) {
    year[at] = y;
    carrier[at] = c;
    level[at] = lv;
    territory[at] = terr;
    operator[at] = op;
  }
  const length = out;
  return {
    ...mapping.merge(table),
    length,
    year: year.subarray(0, length),
    value: value.subarray(0, length),
    deliveryPoints: deliveryPoints.subarray(0, length),
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
      };
    },
  };
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
