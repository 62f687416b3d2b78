// The real energy files of ../shared/data/energy read through the core API. Expected counts are
// those of ../shared/data/energy/SOURCES.md; masked-value counts were recomputed with awk over the
// raw files (`awk -F';' '$8=="secret"'` after removing quotes): 2021 secret 206 / nd 529,
// 2023 secret 311 / nd 559, in both CONSO and PDL.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { calendarDate, defineTable, readColumns, readTable } from '../src/index.js';

const energy = (name: string) => join(process.env.DATACITES_SHARED_DATA!, 'energy', name);

const Heat = defineTable({
  columns: {
    id: z.string(),
    iris: z.string().regex(/^\d[\dAB]\d{7}$/),
    sector: z.string(),
    conso: z.number().min(0).nullable(),
    pdl: z.int().min(0).nullable(),
  },
  aliases: {
    id: ['ID'],
    iris: ['IRIS_CODE', 'IRIS'],
    sector: ['CODE_GRAND_SECTEUR'],
    conso: ['CONSO'],
    pdl: ['PDL'],
  },
});

describe('energy files', () => {
  it.each([
    ['sdes-iris-chaleur-froid-2021.csv', 4361, 206, 529],
    ['sdes-iris-chaleur-froid-2023.csv', 3646, 311, 559],
  ])(
    '%s: two header rows, schema drift, secret and nd kept as reasons',
    async (file, rows, secret, nd) => {
      const result = await readTable(energy(file), Heat);
      expect(result.account).toMatchObject({ rowsRead: rows, rowsKept: rows, preambleLines: 1 });
      const reasons = (field: string, reason: string) =>
        result.masks.filter((m) => m.field === field && m.reason === reason).length;
      expect([reasons('conso', 'secret'), reasons('conso', 'nd')]).toEqual([secret, nd]);
      expect([reasons('pdl', 'secret'), reasons('pdl', 'nd')]).toEqual([secret, nd]);
      const columns = await readColumns(energy(file), Heat);
      expect([...columns.rows()]).toEqual(result.rows);
    },
  );

  it('RTE éCO2mix "xls": latin-1 tabs, 19 968 rows, trailing tab, a disclaimer footer', async () => {
    const Mix = defineTable({
      columns: {
        date: calendarDate(),
        hour: z.string(),
        load: z.int().optional(),
        co2: z.int().optional(),
      },
      aliases: { date: ['Date'], hour: ['Heures'], load: ['Consommation'], co2: ['Taux de Co2'] },
    });
    const { account, rows, issues } = await readTable(
      energy('rte-eco2mix-france-temps-reel-2025-01-01_2025-07-27.xls'),
      Mix,
    );
    expect(account).toMatchObject({
      rowsRead: 19_968,
      rowsKept: 19_968,
      footerLines: 1,
      encoding: 'windows-1252',
      delimiter: '\t',
    });
    // SOURCES.md: the last 226 rows have no consumption.
    expect(rows.filter((r) => r.load === undefined)).toHaveLength(226);
    expect(issues.find((i) => i.code === 'footer_line')?.raw).toMatch(/^RTE ne pourra être tenu/);
  });

  it('ODRÉ temperatures: BOM, DD/MM/YY flagged once with its count', async () => {
    const Temperatures = defineTable({
      columns: { date: calendarDate('DD/MM/YY'), tmin: z.number(), tmax: z.number() },
      aliases: { date: ['Date'], tmin: ['TMin (°C)'], tmax: ['TMax (°C)'] },
    });
    const result = await readColumns(
      energy('odre-temperature-quotidienne-regionale-2016-01-01_2025-11-29.csv'),
      Temperatures,
    );
    expect(result.length).toBe(46_709);
    expect(result.issueCounts).toContainEqual({
      code: 'two_digit_year',
      severity: 'warning',
      count: 1,
    });
    expect(result.issues.find((i) => i.code === 'two_digit_year')?.message).toMatch(/^46709 value/);
    // SOURCES.md: TMax peaks at 41.68 °C, TMin bottoms at −11.98 °C.
    expect(Math.max(...result.columns.tmax.data)).toBe(41.68);
    expect(Math.min(...result.columns.tmin.data)).toBe(-11.98);
  });

  it('ODRÉ annual consumption: quoted GeoJSON of 12 000 characters inside a field', async () => {
    const { account, rows, issues } = await readTable(
      energy('odre-consommation-annuelle-brute-regionale-2013-2024.csv'),
    );
    expect(account.rowsRead).toBe(156);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(JSON.parse(rows[0]!['Géo-shape région']!).type).toMatch(/Polygon/);
  });

  it('ORE, Linky and DPE: every row read', async () => {
    const ore = await readTable(energy('ore-conso-elec-gaz-departement-2011-2019.csv'));
    expect(ore.account.rowsRead).toBe(2643 + 1822);
    const linky = await readTable(
      energy('enedis-linky-courbe-de-charge-30min-2022-07-29_2023-07-29.csv'),
    );
    expect(linky.account).toMatchObject({ rowsRead: 17_520, preambleLines: 2 });
    const dpe = await readTable(energy('ademe-dpe-logements-limoges-2026-01-extract-25rows.csv'));
    expect(dpe.account.rowsRead).toBe(25);
  });
});
