/**
 * ODRÉ "Consommation annuelle brute régionale": electricity (RTE) and gas (NaTran, Teréga) by
 * region and year.
 * @packageDocumentation
 */

import { defineTable, type LoadOptions, readTable, type Source } from '@datacites/core';
import { z } from 'zod';
import { type EnergyLoadReport, MappingIssues } from './load-report.js';
import type { ConsumptionRecord } from './model.js';

const gwh = z.number().nullable().optional();

/** Table of the ODRÉ `consommation-annuelle-brute-regionale` export. */
export const OdreAnnualTable = defineTable({
  name: 'consommation-annuelle-brute-regionale',
  columns: {
    year: z.int(),
    regionName: z.string().optional(),
    region: z.string(),
    gasNatran: gwh,
    statusNatran: z.string().optional(),
    gasTerega: gwh,
    statusTerega: z.string().optional(),
    electricity: gwh,
    gasTotal: gwh,
    statusRte: z.string().optional(),
    total: gwh,
  },
  aliases: {
    year: ['Année'],
    regionName: ['Région'],
    region: ['Code INSEE région'],
    gasNatran: [
      'Consommation brute gaz (GWh PCS 0°C) - NaTran',
      'Consommation brute gaz (GWh PCS 0°C) - GRTgaz',
    ],
    statusNatran: ['Statut - NaTran', 'Statut - GRTgaz'],
    gasTerega: ['Consommation brute gaz (GWh PCS 0°C) - Teréga'],
    statusTerega: ['Statut - Teréga'],
    electricity: ['Consommation brute électricité (GWh) - RTE'],
    gasTotal: ['Consommation brute gaz totale (GWh PCS 0°C)'],
    statusRte: ['Statut - RTE'],
    total: ['Consommation brute totale (GWh)'],
  },
});

/** Result of {@link loadOdreAnnualConsumption}. */
export interface OdreAnnualLoad extends EnergyLoadReport {
  /** Electricity (operator RTE) and gas per transmission operator, region level, sector `total`. */
  readonly records: ConsumptionRecord[];
}

/**
 * Loads ODRÉ annual gross regional consumption. Gas is in **GWh PCS (0 °C)** and flagged
 * `heatingValue: 'PCS'`; electricity in GWh. One record per operator and carrier (empty cells,
 * such as gas in Corse, give no record). The file's `Consommation brute totale (GWh)` adds PCS gas
 * and electricity; it is checked (warning on mismatch) but not turned into a record, and the gas
 * total is checked against NaTran + Teréga.
 *
 * @example
 * ```ts
 * const { records } = await loadOdreAnnualConsumption('consommation-annuelle-brute-regionale.csv');
 * records.filter((r) => r.carrier === 'gaz' && r.year === 2023);
 * ```
 */
export async function loadOdreAnnualConsumption(
  source: Source,
  options: LoadOptions = {},
): Promise<OdreAnnualLoad> {
  const result = await readTable(source, OdreAnnualTable, options);
  const mapping = new MappingIssues(result, options);
  const records: ConsumptionRecord[] = [];
  const num = (v: number | null | undefined) => (typeof v === 'number' ? v : 0);
  for (let index = 0; index < result.rows.length; index++) {
    const row = result.rows[index]!;
    const line = result.lines[index];
    const base = {
      territoryCode: row.region,
      territoryLevel: 'region' as const,
      ...(row.regionName ? { territoryName: row.regionName } : {}),
      sector: 'total' as const,
      year: row.year,
      unit: 'GWh' as const,
      deliveryPoints: null,
    };
    if (typeof row.electricity === 'number') {
      records.push({ ...base, carrier: 'electricite', value: row.electricity, operator: 'RTE' });
    }
    for (const [operator, value] of [
      ['NaTran', row.gasNatran],
      ['Teréga', row.gasTerega],
    ] as const) {
      if (typeof value === 'number') {
        records.push({ ...base, carrier: 'gaz', heatingValue: 'PCS', value, operator });
      }
    }
    const gasSum = num(row.gasNatran) + num(row.gasTerega);
    if (typeof row.gasTotal === 'number' && Math.abs(row.gasTotal - gasSum) > 0.5) {
      mapping.add({
        line,
        code: 'total_mismatch',
        severity: 'warning',
        field: 'gasTotal',
        message: `${row.region} ${row.year}: gas total ${row.gasTotal} GWh ≠ NaTran + Teréga ${gasSum}`,
        raw: String(row.gasTotal),
      });
    }
    const all = gasSum + num(row.electricity);
    if (typeof row.total === 'number' && Math.abs(row.total - all) > 0.5) {
      mapping.add({
        line,
        code: 'total_mismatch',
        severity: 'warning',
        field: 'total',
        message: `${row.region} ${row.year}: total ${row.total} GWh ≠ gas + electricity ${all}`,
        raw: String(row.total),
      });
    }
  }
  return { ...mapping.merge(result), records };
}
