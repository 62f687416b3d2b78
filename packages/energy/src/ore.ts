/**
 * Agence ORE / Enedis / GRDF / SDES annual consumption by territory and sector ("données locales
 * de l'énergie", article 179), in the long API layout and the wide labelled CSV exports.
 * @packageDocumentation
 */

import { type Column, type LoadOptions, readColumns, type Source } from '@datacites/core';
import { type EnergyLoadReport, MappingIssues } from './load-report.js';
import type { ConsumptionRecord, EnergyCarrier, Sector, TerritoryLevel } from './model.js';
import {
  carrierOf,
  OreConsumptionTable,
  SECTOR_CODES,
  TERRITORY_COLUMNS,
  WIDE_SECTOR_KEYS,
} from './ore-table.js';

export { carrierOf, OreConsumptionTable, SECTOR_CODES, WIDE_SECTOR_KEYS } from './ore-table.js';

type OreRow = Record<string, string | number | null | undefined>;

/** Options of {@link loadOreConsumption}. */
export interface OreLoadOptions extends LoadOptions {
  /**
   * Carrier of files without a "filière" column (the Enedis address files are electricity:
   * pass `'electricite'`). Rows without a carrier are rejected otherwise.
   */
  readonly carrier?: EnergyCarrier;
}

/** Result of {@link loadOreConsumption}. */
export interface OreConsumptionLoad extends EnergyLoadReport {
  /** One record per row and sector (wide layouts give up to five per row). */
  readonly records: ConsumptionRecord[];
}

/**
 * Loads annual consumption by territory and sector from Agence ORE, Enedis, GRDF or SDES files,
 * current or older layouts, wide or long. Values are MWh; gas values are flagged PCS (network
 * metering basis). Masked values (`secret`, `nd`) become `value: null` with `mask` set, never 0.
 * The territory level is the finest code column present (address → IRIS → commune → EPCI →
 * département → région); Enedis address files (`adresse`, `segment_de_client`,
 * `consommation_annuelle_totale_de_l_adresse_mwh`, `nombre_de_logements`) need
 * `{ carrier: 'electricite' }`. In wide files, the total column is checked against the sum of the sectors.
 *
 * @example
 * ```ts
 * const { records, account, issues } = await loadOreConsumption('conso-departement.csv');
 * records.filter((r) => r.year === 2019 && r.sector === 'residentiel');
 * ```
 */
export async function loadOreConsumption(
  source: Source,
  options: OreLoadOptions = {},
): Promise<OreConsumptionLoad> {
  // Read as columns (a few typed arrays) and turned into records row by row, so the table's
  // row objects never all exist at once.
  const result = await readColumns(source, OreConsumptionTable, options);
  const mapping = new MappingIssues(result, options);
  const records: ConsumptionRecord[] = [];
  const columns = result.columns as Record<string, Column>;
  for (let index = 0; index < result.length; index++) {
    const row = result.row(index) as OreRow;
    const line = result.lines[index];
    const markerOf = (field: string) => columns[field]?.markerAt(index);
    const carrier =
      row.carrier === undefined && options.carrier !== undefined
        ? options.carrier
        : carrierOf(row.carrier as string | undefined);
    if (carrier === undefined) {
      mapping.reject({
        code: 'unknown_carrier',
        line,
        field: 'carrier',
        message: `Energy carrier "${row.carrier ?? ''}" is not electricity, gas, heat or cold`,
        raw: String(row.carrier ?? ''),
      });
      continue;
    }
    let level: TerritoryLevel | undefined;
    let code: string | undefined;
    let name: string | undefined;
    for (const [lv, key] of TERRITORY_COLUMNS) {
      const c = row[key];
      if (typeof c === 'string' && c.trim() !== '') {
        level = lv;
        code = c.trim();
        name = (row[`${key}_name`] as string | undefined) ?? undefined;
        break;
      }
    }
    if (level === undefined || code === undefined) {
      mapping.reject({
        code: 'missing_territory',
        line,
        message: 'No territory code (IRIS, commune, EPCI, département or région) in the row',
      });
      continue;
    }
    if (code === 'NA' || code === 'nd') {
      mapping.add({
        code: 'unknown_territory_code',
        severity: 'warning',
        line,
        field: level,
        message: `Territory code "${code}": consumption not assigned to a ${level}; kept as is`,
        raw: code,
      });
    }
    const base = {
      territoryCode: code,
      territoryLevel: level,
      ...(name ? { territoryName: name } : {}),
      carrier,
      year: row.year as number,
      unit: 'MWh' as const,
      ...(carrier === 'gaz' ? { heatingValue: 'PCS' as const } : {}),
      ...(typeof row.operator === 'string' && row.operator !== ''
        ? { operator: row.operator }
        : {}),
      ...(typeof row.network === 'string' && row.network !== '' ? { network: row.network } : {}),
      ...(typeof row.dwellings === 'number' ? { dwellings: row.dwellings } : {}),
      ...(line === undefined ? {} : { line }),
    };
    const wide = WIDE_SECTOR_KEYS.some(([, key]) => row[`conso_${key}`] !== undefined);
    if (wide) {
      let sum = 0;
      for (const [sector, key] of WIDE_SECTOR_KEYS) {
        const value = row[`conso_${key}`];
        if (value === undefined) continue;
        const mask = markerOf(`conso_${key}`);
        records.push(
          record(base, sector, value as number | null, row[`points_${key}`], mask, {
            quality: row[`quality_${key}`],
            secretCells: row[`secret_${key}`],
          }),
        );
        if (typeof value === 'number') sum += value;
      }
      const total = row.total;
      if (typeof total === 'number' && Math.abs(total - sum) > 0.01 + 1e-9 * Math.abs(total)) {
        mapping.add({
          code: 'total_mismatch',
          severity: 'warning',
          line,
          field: 'total',
          message: `Total ${total} MWh differs from the sum of sectors ${sum.toFixed(2)} MWh`,
          raw: String(total),
        });
      }
      continue;
    }
    const sectorCode = typeof row.sector === 'string' ? row.sector.trim() : '';
    const sector: Sector | undefined =
      sectorCode === '' ? 'total' : (SECTOR_CODES[sectorCode.toUpperCase()] ?? undefined);
    if (sector === undefined || sectorCode === 'nd') {
      if (sectorCode !== 'nd') {
        mapping.reject({
          code: 'unknown_sector',
          line,
          field: 'sector',
          message: `Sector code "${sectorCode}" is not R, T, I, A or X`,
          raw: sectorCode,
        });
        continue;
      }
    }
    records.push(
      record(
        base,
        sectorCode === 'nd' ? 'non-affecte' : (sector as Sector),
        (row.conso ?? null) as number | null,
        row.points,
        markerOf('conso') ?? (sectorCode === 'nd' ? 'nd' : undefined),
        { quality: row.quality, secretCells: row.secret_cells },
      ),
    );
    if (sectorCode === 'nd') {
      mapping.add({
        code: 'sector_not_available',
        severity: 'info',
        line,
        field: 'sector',
        message: 'Sector "nd" (not available): kept as non-affecté with a masked value',
        raw: 'nd',
      });
    }
  }
  return { ...mapping.merge(result), records };
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** Builds a record by assignment (no object spread: millions of records are built per file). */
function record(
  base: Omit<ConsumptionRecord, 'sector' | 'value' | 'deliveryPoints'>,
  sector: Sector,
  value: number | null,
  points: unknown,
  mask: string | undefined,
  extra: { quality: unknown; secretCells: unknown },
): ConsumptionRecord {
  const r: Writable<ConsumptionRecord> = {
    territoryCode: base.territoryCode,
    territoryLevel: base.territoryLevel,
    sector,
    carrier: base.carrier,
    year: base.year,
    value: typeof value === 'number' ? value : null,
    unit: base.unit,
    deliveryPoints: typeof points === 'number' ? points : null,
  };
  if (base.territoryName !== undefined) r.territoryName = base.territoryName;
  if (base.heatingValue !== undefined) r.heatingValue = base.heatingValue;
  if (mask !== undefined) r.mask = mask === 'secret' || mask === 's' ? 'secret' : 'nd';
  if (base.operator !== undefined) r.operator = base.operator;
  if (typeof extra.quality === 'number') r.quality = extra.quality;
  if (typeof extra.secretCells === 'number') r.secretCells = extra.secretCells;
  if (base.network !== undefined) r.network = base.network;
  if (base.dwellings !== undefined) r.dwellings = base.dwellings;
  if (base.line !== undefined) r.line = base.line;
  return r;
}
