import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAtmoIndexGeoJson } from './atmo-index-geojson.js';

// Hand-written fixture in the schema of AASQA indice ATMO open data (test/fixtures/SOURCES.md).
const text = readFileSync(new URL('../test/fixtures/atmo-index.geojson', import.meta.url), 'utf8');

describe('loadAtmoIndexGeoJson', () => {
  const data = loadAtmoIndexGeoJson(text);

  it('keeps 3 of 5 features and rejects the 2 without a valid code_qual or zone', () => {
    expect(data.account).toEqual({ rowsRead: 5, rowsKept: 3, rowsRejected: 2 });
    expect(data.issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual([
      'invalid_code',
      'missing_zone',
    ]);
  });

  it('reads epoch-millisecond dates as the Paris day (1762574400000 = 2025-11-08T04:00Z)', () => {
    expect(data.records[0]).toMatchObject({
      date: '2025-11-08',
      issued: '2025-11-07',
      level: 2,
      label: 'Moyen',
      color: '#50CCAA',
      zoneCode: '97101',
      zoneType: 'commune',
      latitude: 16.24,
      longitude: -61.53,
      subIndices: { no2: 1, so2: 1, o3: 2, pm10: 2, pm25: 1 },
    });
  });

  it('warns where published codes contradict the arrêté, and keeps the record', () => {
    // Feature 2: conc_pm10 41 is class 3 (40 < c ≤ 50) but code_pm10 says 2; conc_pm25 8 is class 1
    // (≤ 10) but code_pm25 says 2; code_qual 3 is not the worst published sub-index (2).
    // Its colour differs from the arrêté's only by case: no warning.
    const warnings = data.issues.filter((i) => i.severity === 'warning');
    expect(warnings.map((i) => [i.code, i.field])).toEqual([
      ['sub_index_mismatch', 'code_pm10'],
      ['sub_index_mismatch', 'code_pm25'],
      ['index_mismatch', 'code_qual'],
    ]);
    expect(data.records[1]?.color).toBe('#F0E641');
  });

  it('keeps code 0 (indisponible) as published', () => {
    expect(data.records[2]).toMatchObject({ level: 0, label: 'Indisponible', subIndices: {} });
  });
});
