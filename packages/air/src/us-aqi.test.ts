import { describe, expect, it } from 'vitest';
import { type UsAqiMetric, usAqi, usAqiSubIndex } from './us-aqi.js';
import { usAqiValue, usAqiValues } from './us-aqi-values.js';

/**
 * TAD 2024 (EPA-454/B-24-002) Table 6, written out again as published (concentration low–high →
 * AQI low–high), independently of the scaled integer table of the implementation. `step` is the
 * truncation precision of each metric (TAD: O3 0.001 ppm, PM2.5 0.1 µg/m³, PM10 1 µg/m³, CO 0.1 ppm,
 * SO2 and NO2 1 ppb).
 */
const TABLE_6: Record<UsAqiMetric, { step: number; rows: [number, number, number, number][] }> = {
  o3_8h: {
    step: 0.001,
    rows: [
      [0.0, 0.054, 0, 50],
      [0.055, 0.07, 51, 100],
      [0.071, 0.085, 101, 150],
      [0.086, 0.105, 151, 200],
      [0.106, 0.2, 201, 300],
    ],
  },
  o3_1h: {
    step: 0.001,
    rows: [
      [0.125, 0.164, 101, 150],
      [0.165, 0.204, 151, 200],
      [0.205, 0.404, 201, 300],
      [0.405, 0.604, 301, 500],
    ],
  },
  pm25_24h: {
    step: 0.1,
    rows: [
      [0.0, 9.0, 0, 50],
      [9.1, 35.4, 51, 100],
      [35.5, 55.4, 101, 150],
      [55.5, 125.4, 151, 200],
      [125.5, 225.4, 201, 300],
      [225.5, 325.4, 301, 500],
    ],
  },
  pm10_24h: {
    step: 1,
    rows: [
      [0, 54, 0, 50],
      [55, 154, 51, 100],
      [155, 254, 101, 150],
      [255, 354, 151, 200],
      [355, 424, 201, 300],
      [425, 604, 301, 500],
    ],
  },
  co_8h: {
    step: 0.1,
    rows: [
      [0.0, 4.4, 0, 50],
      [4.5, 9.4, 51, 100],
      [9.5, 12.4, 101, 150],
      [12.5, 15.4, 151, 200],
      [15.5, 30.4, 201, 300],
      [30.5, 50.4, 301, 500],
    ],
  },
  so2_1h: {
    step: 1,
    rows: [
      [0, 35, 0, 50],
      [36, 75, 51, 100],
      [76, 185, 101, 150],
      [186, 304, 151, 200],
    ],
  },
  so2_24h: {
    step: 1,
    rows: [
      [305, 604, 201, 300],
      [605, 1004, 301, 500],
    ],
  },
  no2_1h: {
    step: 1,
    rows: [
      [0, 53, 0, 50],
      [54, 100, 51, 100],
      [101, 360, 101, 150],
      [361, 649, 151, 200],
      [650, 1249, 201, 300],
      [1250, 2049, 301, 500],
    ],
  },
};

const LEVEL_OF_INDEX = (aqi: number) =>
  [50, 100, 150, 200, 300, 500].findIndex((hi) => aqi <= hi) + 1;

describe('usAqiSubIndex on every breakpoint of TAD 2024 Table 6', () => {
  for (const [metric, { step, rows }] of Object.entries(TABLE_6) as [
    UsAqiMetric,
    (typeof TABLE_6)[UsAqiMetric],
  ][]) {
    it(`${metric}: on each low and high breakpoint, and half a step above the high one`, () => {
      for (const [cLow, cHigh, iLow, iHigh] of rows) {
        // On a breakpoint the equation gives the table's own index value.
        expect(usAqiSubIndex(metric, cLow)?.value, `${metric} ${cLow}`).toBe(iLow);
        expect(usAqiSubIndex(metric, cHigh)?.value, `${metric} ${cHigh}`).toBe(iHigh);
        expect(usAqiSubIndex(metric, cHigh)?.level).toBe(LEVEL_OF_INDEX(iHigh));
        // Half a step above the high breakpoint truncates back onto it (truncation, not rounding).
        expect(usAqiSubIndex(metric, cHigh + step / 2)?.value, `${metric} ${cHigh}+½`).toBe(iHigh);
      }
    });
    it(`${metric}: one step above the top breakpoint is beyond the index`, () => {
      const top = rows.at(-1)!;
      const beyond = usAqiSubIndex(metric, top[1] + step);
      expect(beyond?.beyondIndex).toBe(true);
      expect(beyond?.value).toBeUndefined();
      expect(beyond?.level).toBe(LEVEL_OF_INDEX(top[3]));
    });
  }
});

describe('usAqiSubIndex between breakpoints', () => {
  it('interpolates and rounds (values computed by hand with the TAD equation)', () => {
    // PM2.5 12.0: (100−51)/(35.4−9.1)×(12.0−9.1)+51 = 56.40 → 56.
    expect(usAqiSubIndex('pm25_24h', 12.0)?.value).toBe(56);
    // EPA NowCast training example: 17.4 µg/m³ → (49/26.3)×8.3+51 = 66.46 → 66 (2024 table).
    expect(usAqiSubIndex('pm25_24h', 17.4)?.value).toBe(66);
    // Merged Hazardous band: 300 µg/m³ → (199/99.9)×74.5+301 = 449.40 → 449 (not 375 of the split rows).
    expect(usAqiSubIndex('pm25_24h', 300)?.value).toBe(449);
    // O3 1-h 0.500 ppm → (199/0.199)×0.095+301 = 396 (same slope as the former 401–500 split).
    expect(usAqiSubIndex('o3_1h', 0.5)?.value).toBe(396);
    // CO 10 ppm → (49/2.9)×0.5+101 = 109.45 → 109 (aqi-us gives 140 from its [0.5, 12.4] typo).
    expect(usAqiSubIndex('co_8h', 10)?.value).toBe(109);
  });

  it('truncates rather than rounds the concentration', () => {
    // 9.09 truncates to 9.0 → 50 (rounding would give 9.1 → 51, Moderate).
    expect(usAqiSubIndex('pm25_24h', 9.09)).toMatchObject({
      value: 50,
      concentration: 9,
      level: 1,
    });
    // 0.0709 ppm truncates to 0.070 → 100.
    expect(usAqiSubIndex('o3_8h', 0.0709)?.value).toBe(100);
    // Binary floating point: 0.7 + 0.1 is 0.7999…99 in doubles; a mean computed that way is 0.8.
    expect(usAqiSubIndex('pm25_24h', 0.7 + 0.1)?.concentration).toBe(0.8);
    expect(usAqiSubIndex('pm25_24h', 35.5)?.value).toBe(101);
  });

  it('leaves undefined what the table does not define, and rejects bad input', () => {
    expect(usAqiSubIndex('o3_1h', 0.124)).toBeUndefined(); // no 1-h O3 AQI ≤ 100
    expect(usAqiSubIndex('so2_24h', 304)).toBeUndefined(); // 24-h SO2 only from 305 ppb
    expect(usAqiSubIndex('pm25_24h', -1)).toBeUndefined();
    expect(usAqiSubIndex('pm25_24h', Number.NaN)).toBeUndefined();
  });
});

describe('usAqi', () => {
  it('reports the highest sub-index and its pollutant', () => {
    // O3 0.061 ppm: (49/0.015)×0.006+51 = 70.6 → 71; PM2.5 12.0 → 56.
    const aqi = usAqi({ pm25_24h: 12.0, o3_8h: 0.061 });
    expect(aqi).toMatchObject({ value: 71, dominant: 'o3', label: 'Moderate', color: '#FFFF00' });
    expect(aqi?.subIndices).toHaveLength(2);
  });
  it('ranks a beyond-the-index value above any in-band Hazardous value', () => {
    const aqi = usAqi({ no2_1h: 1800, pm25_24h: 400 });
    expect(aqi).toMatchObject({
      dominant: 'pm25',
      beyondIndex: true,
      level: 6,
      label: 'Hazardous',
    });
  });
  it('is undefined without any defined sub-index', () => {
    expect(usAqi({ o3_1h: 0.1 })).toBeUndefined();
  });
});

describe('usAqiValue and usAqiValues', () => {
  it('agree with usAqiSubIndex on a dense grid of every metric', () => {
    for (const [metric, { step, rows }] of Object.entries(TABLE_6) as [
      UsAqiMetric,
      (typeof TABLE_6)[UsAqiMetric],
    ][]) {
      const top = rows.at(-1)![1];
      const grid = Array.from(
        { length: Math.round((top * 1.1) / step) },
        (_, i) => i * step * 1.03,
      );
      const values = usAqiValues(metric, grid);
      grid.forEach((c, i) => {
        const sub = usAqiSubIndex(metric, c);
        const expected =
          sub === undefined ? Number.NaN : sub.beyondIndex ? Number.POSITIVE_INFINITY : sub.value;
        expect(values[i], `${metric} ${c}`).toBe(expected);
        expect(usAqiValue(metric, c)).toBe(expected);
      });
    }
  });
  it('handles every position of the sixteen-value loop and its tail alike', () => {
    // Special values (truncation case, negative, NaN, beyond, zero, Infinity, between rows, top
    // row, just above it) at every position of a 16-value block and of the tail.
    const special = [35.45, -1, Number.NaN, 400, 0, Number.POSITIVE_INFINITY, 12.05, 325.4, 325.5];
    const inputs = Array.from({ length: 37 }, (_, i) => special[(i * 5) % special.length]!);
    const expected = inputs.map((c) => usAqiValue('pm25_24h', c));
    // TAD 2024 Table 6: 35.4 → 100 (top of Moderate), 12.0 → 56, 325.4 → 500, 325.5 beyond.
    expect(special.map((c) => usAqiValue('pm25_24h', c))).toEqual([
      100,
      Number.NaN,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      0,
      Number.NaN,
      56,
      500,
      Number.POSITIVE_INFINITY,
    ]);
    for (let length = 0; length <= inputs.length; length++)
      for (let start = 0; start + length <= inputs.length; start++)
        expect([...usAqiValues('pm25_24h', inputs.slice(start, start + length))]).toEqual(
          expected.slice(start, start + length),
        );
  });
  it('writes into the array it is given', () => {
    const out = new Float64Array(3);
    expect(usAqiValues('pm10_24h', [54, 55, 604], out)).toBe(out);
    expect([...out]).toEqual([50, 51, 500]); // TAD 2024 Table 6 PM10 rows 0–54, 55–154, 425–604
  });
  it('is NaN for invalid input', () => {
    expect(usAqiValue('pm25_24h', -1)).toBeNaN();
    expect(usAqiValue('pm25_24h', Number.NaN)).toBeNaN();
  });
});
