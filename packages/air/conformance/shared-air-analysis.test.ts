// Conformance: averaging, assessment and interpolation on the real shared series. Expected values
// computed independently with awk/python3 over the raw files (commands in the comments).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assessYear,
  dailyMeans,
  hourlySeriesByStation,
  loadOpendatasoftStations,
  loadWideTable,
  stationsToPolygons,
} from '../src/index.js';

const shared = process.env.DATACITES_SHARED_DATA ?? '';

describe('Aberdeen King Street PM10 daily means', async () => {
  const data = await loadWideTable(
    join(shared, 'air', 'uk-aberdeen-king-street-hourly-no2-pm10-pm25.csv'),
    {
      station: { id: 'king-street' },
      timeMarks: 'end',
    },
  );
  const pm10 = hourlySeriesByStation(data.measurements).series.get('king-street')!.get('pm10')!;

  it('440 days have 18+ hours, 9 of them above 45 µg/m³ (awk, 00:00 stamps moved to the day before)', () => {
    const days = dailyMeans(pm10).filter((d) => !Number.isNaN(d.value));
    expect(days).toHaveLength(440);
    expect(days.filter((d) => d.value > 45)).toHaveLength(9);
  });

  it('2018 against the EU 2030 daily limit: 6 days above 45 among 248 valid (awk), within the 18 allowed', () => {
    const a = assessYear(pm10, 'pm10', 2018);
    expect(a.results.find((r) => r.level.period === '24h')).toMatchObject({
      exceedances: 6,
      validPeriods: 248,
      exceeded: false,
    });
    expect(a.annualMean).toBeNaN(); // data capture below 90 %
  });
});

describe('Grand Poitiers NO2 onto the communes of Vienne', () => {
  it('gives each of the 274 communes a value between the station means (python3: 10.625, 16, 28.875)', () => {
    const data = loadOpendatasoftStations(
      readFileSync(
        join(shared, 'air', 'fr-grandpoitiers-atmo-na-hourly-stations-2019-01-17.json'),
        'utf8',
      ),
    );
    const sums = new Map<string, [number, number]>();
    for (const m of data.measurements) {
      if (m.pollutant !== 'no2' || m.averaging !== 'hour') continue;
      const [s, n] = sums.get(m.stationId) ?? [0, 0];
      sums.set(m.stationId, [s + m.value, n + 1]);
    }
    const means = new Map([...sums].map(([id, [s, n]]) => [id, s / n]));
    expect(Object.fromEntries(means)).toEqual({ FR09015: 10.625, FR09403: 28.875, FR09404: 16 });
    const communes = JSON.parse(
      readFileSync(join(shared, 'boundaries', 'communes-86-vienne.geojson'), 'utf8'),
    );
    const { values } = stationsToPolygons(data.stations, means, communes);
    expect(values).toHaveLength(274);
    for (const v of values) {
      expect(v).toBeGreaterThanOrEqual(10.625);
      expect(v).toBeLessThanOrEqual(28.875);
    }
  });
});
