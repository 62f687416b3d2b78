import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAtmoIndexCsv } from './atmo-index-csv.js';

describe('loadAtmoIndexCsv', async () => {
  const data = await loadAtmoIndexCsv(
    readFileSync(new URL('../test/fixtures/atmo-index-communes.csv', import.meta.url)),
  );

  it('reads the day from the renamed Date column and rejects the row without one', () => {
    expect(data.account).toEqual({ rowsRead: 3, rowsKept: 2, rowsRejected: 1 });
    expect(data.issues.map((i) => [i.code, i.severity])).toEqual([['invalid_date', 'error']]);
  });

  it('reports issue counts and keeps the deprecated counts alias with the same numbers', () => {
    // The fixture's one rejected row (no date) is the single invalid_date error asserted above.
    expect(data.issueCounts).toEqual([{ code: 'invalid_date', severity: 'error', count: 1 }]);
    expect(data.account).toEqual({ rowsRead: 3, rowsKept: 2, rowsRejected: 1 });
  });

  it('normalises case and keeps what was published', () => {
    expect(data.records[0]).toMatchObject({
      date: '2022-11-09',
      issued: '2022-11-08',
      level: 2,
      label: 'Moyen',
      color: '#50CCAA',
      zoneCode: '99001',
      zoneName: 'COMMUNE UN',
      zoneType: 'commune',
      agency: 'Example AASQA',
      concentrations: { no2: 17.8, so2: 0, o3: 64.9, pm10: 6.1, pm25: 3.6 },
      latitude: 47.1,
      longitude: 2.1,
    });
    // O3 49.9 ≤ 50 → class 1 (arrêté: "≤"), consistent with code_o3 1: no warning.
    expect(data.records[1]?.level).toBe(1);
  });
});
