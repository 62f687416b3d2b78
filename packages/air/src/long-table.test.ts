import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLongTable } from './long-table.js';

describe('loadLongTable', async () => {
  const data = await loadLongTable(
    readFileSync(new URL('../test/fixtures/long-table.csv', import.meta.url)),
    {
      columns: {
        station: 'site',
        pollutant: 'polluant',
        value: 'valeur',
        time: 'debut',
        end: 'fin',
        unit: 'unite',
        validity: 'validite',
        name: 'nom',
        latitude: 'lat',
        longitude: 'lon',
      },
      timeZone: 'Europe/Paris',
    },
  );

  it('keeps 2 of 7 rows and gives each rejected row its reason', () => {
    expect(data.account).toEqual({ rowsRead: 7, rowsKept: 2, rowsRejected: 5 });
    expect(data.issues.map((i) => i.code)).toEqual([
      'invalid_flag', // validite 0
      'unsupported_pollutant', // benzène is not one of the six
      'sentinel_value', // −999
      'unknown_unit', // g/m³
      'invalid_date', // 30 February
    ]);
  });

  it('reads decimal commas and the DST night of Europe/Paris (02:00–03:00 does not exist on 31 March 2024)', () => {
    expect(data.measurements[0]).toMatchObject({
      stationId: 'FR1',
      value: 20.5,
      start: Date.UTC(2024, 2, 30, 23),
    });
    // 01:00 CET = 00:00 UTC; 03:00 CEST = 01:00 UTC: one hour of real time.
    expect(data.measurements[1]).toMatchObject({
      start: Date.UTC(2024, 2, 31, 0),
      end: Date.UTC(2024, 2, 31, 1),
    });
    expect(data.stations.map((s) => [s.id, s.name, s.latitude])).toEqual([
      ['FR1', 'Site 1', 46.5],
      ['FR2', 'Site 2', 46.6],
    ]);
  });
});

describe('loadLongTable issue counts', () => {
  it('counts every issue core found, also past the 100 it keeps per code', async () => {
    // 150 rows with one field too many (rejected by core's reader as too_many_fields), 1 good row.
    const bad = Array.from({ length: 150 }, (_, i) => `S${i},no2,12,2024-01-01T00:00:00Z,x`);
    const csv = ['site,polluant,valeur,debut', 'S0,no2,10,2024-01-01T00:00:00Z', ...bad].join('\n');
    const data = await loadLongTable(new TextEncoder().encode(csv), {
      columns: { station: 'site', pollutant: 'polluant', value: 'valeur', time: 'debut' },
      unit: 'ug/m3',
    });
    expect(data.issues.filter((i) => i.code === 'too_many_fields')).toHaveLength(100);
    expect(data.issueCounts).toContainEqual({
      code: 'too_many_fields',
      severity: 'error',
      count: 150,
    });
    expect(data.measurements).toHaveLength(1);
  });
});
