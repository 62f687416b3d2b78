import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dailyMaxHourly, dailyMeans } from './averaging.js';
import { hourlySeriesByStation } from './station-series.js';
import { loadWideTable } from './wide-table.js';

// Excerpt of the Aberdeen King Street hourly file (test/fixtures/SOURCES.md): 57 rows.
const bytes = readFileSync(
  new URL('../test/fixtures/uk-aberdeen-king-street-excerpt.csv', import.meta.url),
);

describe('loadWideTable on the Aberdeen King Street excerpt', async () => {
  const data = await loadWideTable(bytes, {
    station: {
      id: 'aberdeen-king-street',
      name: 'Aberdeen King Street',
      type: 'traffic',
      area: 'urban',
    },
    timeMarks: 'end',
    source: 'uk-aberdeen-king-street-excerpt.csv',
  });

  it('accounts for every cell (awk: 57 rows × 3 = 171 cells, 157 values, 14 empty)', () => {
    expect(data.account).toEqual({ rowsRead: 171, rowsKept: 157, rowsRejected: 14 });
    expect(data.issueCounts).toEqual([{ code: 'missing_value', severity: 'error', count: 14 }]);
    // Issues are a plain array, as in @datacites/core's LoadReport (all 14 kept: fewer than 100).
    expect(Array.isArray(data.issues)).toBe(true);
    expect(data.issues).toHaveLength(14);
  });

  it('gives each empty cell the source line of its row', () => {
    // awk -F';' 'NR>1 {for(i=2;i<=4;i++) if($i=="") printf "%d ", NR}' over the fixture:
    // 51 51 51 53 54 55 56 56 57 57 57 58 58 58 (one entry per empty cell, header on line 1).
    expect(data.issues.map((i) => i.line)).toEqual([
      51, 51, 51, 53, 54, 55, 56, 56, 57, 57, 57, 58, 58, 58,
    ]);
  });

  it('maps the headers to pollutants and sums match awk (NO2 807, PM10 324, PM2.5 160)', () => {
    const sum = (p: string) =>
      data.measurements.filter((m) => m.pollutant === p).reduce((s, m) => s + m.value, 0);
    expect([sum('no2'), sum('pm10'), sum('pm25')]).toEqual([807, 324, 160]);
  });

  it('reads end-of-hour stamps: 2017-10-01 01:00:00 is the hour 00:00–01:00', () => {
    expect(data.measurements[0]).toMatchObject({
      stationId: 'aberdeen-king-street',
      pollutant: 'no2',
      start: Date.UTC(2017, 9, 1, 0),
      end: Date.UTC(2017, 9, 1, 1),
      value: 31,
    });
  });

  it('gives the first day’s NO2 mean and max (awk over rows 2–25: 445/24 = 18.5417, max 35)', () => {
    const no2 = hourlySeriesByStation(data.measurements)
      .series.get('aberdeen-king-street')!
      .get('no2')!;
    expect(dailyMeans(no2)[0]?.value).toBeCloseTo(18.5417, 4);
    expect(dailyMaxHourly(no2)[0]?.value).toBe(35);
  });
});

describe('loadWideTable with maxIssuesPerCode', () => {
  it('keeps the first issues of a code and counts all of them, as @datacites/core does', async () => {
    const data = await loadWideTable(bytes, {
      station: { id: 'aberdeen-king-street' },
      timeMarks: 'end',
      maxIssuesPerCode: 5,
    });
    // Same 14 empty cells as above (awk): the first 5 kept, in file order; all 14 counted.
    expect(data.issues.map((i) => i.line)).toEqual([51, 51, 51, 53, 54]);
    expect(data.issueCounts).toEqual([{ code: 'missing_value', severity: 'error', count: 14 }]);
    expect(data.account).toEqual({ rowsRead: 171, rowsKept: 157, rowsRejected: 14 });
  });
});
