import { describe, expect, it } from 'vitest';
import type { DailyTemperature } from './degree-days.js';
import { fitLinear } from './linear-regression.js';
import {
  correctByDegreeDays,
  fitDegreeDayModel,
  referenceDegreeDays,
  type UsagePeriod,
} from './weather-normalisation.js';

describe('correctByDegreeDays', () => {
  it('scales only the heating share by DJref / DJyear (hand calculation)', () => {
    // 100 MWh, 60 % heating, 1 800 DJU in the year, 2 000 DJU reference:
    // 40 + 60 × 2000 / 1800 = 40 + 66.666… = 106.666…
    const r = correctByDegreeDays({
      consumption: 100,
      heatingShare: 0.6,
      heatingDegreeDays: 1800,
      referenceHeatingDegreeDays: 2000,
    });
    expect(r.base).toBeCloseTo(40, 12);
    expect(r.correctedHeating).toBeCloseTo(66.66666666666667, 9);
    expect(r.corrected).toBeCloseTo(106.66666666666667, 9);
  });

  it('scales the cooling share by cooling degree days', () => {
    // 200 × (0.5 base) + 200 × 0.3 × 2000/2500 + 200 × 0.2 × 100/200 = 100 + 48 + 20 = 168
    const r = correctByDegreeDays({
      consumption: 200,
      heatingShare: 0.3,
      heatingDegreeDays: 2500,
      referenceHeatingDegreeDays: 2000,
      coolingShare: 0.2,
      coolingDegreeDays: 200,
      referenceCoolingDegreeDays: 100,
    });
    expect(r.corrected).toBeCloseTo(168, 12);
  });

  it('rejects impossible shares and missing cooling degree days', () => {
    const base = { consumption: 1, heatingDegreeDays: 1, referenceHeatingDegreeDays: 1 };
    expect(() => correctByDegreeDays({ ...base, heatingShare: 1.2 })).toThrow(RangeError);
    expect(() => correctByDegreeDays({ ...base, heatingShare: 0.5, coolingShare: 0.1 })).toThrow(
      RangeError,
    );
  });
});

describe('referenceDegreeDays', () => {
  it('averages the years present and lists the missing ones', () => {
    const totals = new Map([
      [2001, 2100],
      [2002, 1900],
      [2004, 2300],
    ]);
    expect(referenceDegreeDays(totals, 2001, 2004)).toEqual({
      mean: 2100, // (2100 + 1900 + 2300) / 3
      years: 3,
      missing: [2003],
    });
  });
});

describe('fitLinear', () => {
  it('matches numpy.linalg.lstsq on a small example (independent computation)', () => {
    // python3: numpy lstsq → b = [0.995670103092784, 2.0210309278350516],
    // se = sqrt(diag(s² (XᵀX)⁻¹)) = [0.12514097, 0.03949086], R² = 0.9984750889417137
    const fit = fitLinear(
      [
        [1, 1, 1, 1, 1, 1],
        [0, 1, 2, 3, 4, 5.5],
      ],
      [1.1, 2.9, 5.2, 6.8, 9.1, 12.2],
    );
    expect(fit.coefficients[0]).toBeCloseTo(0.9956701, 6);
    expect(fit.coefficients[1]).toBeCloseTo(2.02103093, 6);
    expect(fit.standardErrors[0]).toBeCloseTo(0.12514097, 6);
    expect(fit.standardErrors[1]).toBeCloseTo(0.03949086, 6);
    expect(fit.rSquared).toBeCloseTo(0.9984750889417137, 10);
    expect(fit.adjustedRSquared).toBeCloseTo(0.998093861177142, 10);
  });

  it('flags a singular design', () => {
    const fit = fitLinear(
      [
        [1, 1, 1],
        [0, 0, 0],
      ],
      [1, 2, 3],
    );
    expect(fit.coefficients[0]).toBeNaN();
    expect(fit.adjustedRSquared).toBe(Number.NEGATIVE_INFINITY);
  });
});

/** A year of daily temperatures: mean 12 °C ± 9 °C (sinusoid), diurnal range 8 °C. */
function syntheticYear(): DailyTemperature[] {
  const days: DailyTemperature[] = [];
  for (let d = 0; d < 365; d++) {
    const mean = 12 - 9 * Math.cos((2 * Math.PI * (d - 15)) / 365);
    const date = new Date(Date.UTC(2023, 0, 1 + d)).toISOString().slice(0, 10);
    days.push({ date, tn: mean - 4, tx: mean + 4 });
  }
  return days;
}

describe('fitDegreeDayModel', () => {
  // Data generated from a known model (recovery test): usage/day = 5 + 2 × HDD(16 °C) with a
  // deterministic ±0.3 wiggle; the search must find the heating model, balance point 16 °C and
  // slopes close to the truth.
  const year = syntheticYear();
  const periods: UsagePeriod[] = year.map((d, i) => {
    const mean = (d.tn + d.tx) / 2;
    return { usage: 5 + 2 * Math.max(0, 16 - mean) + 0.3 * Math.sin(i * 1.7), temperatures: [d] };
  });

  it('recovers the balance point and slopes', () => {
    const model = fitDegreeDayModel(periods);
    expect(model.kind).toBe('heating');
    expect(model.heatingBalancePoint).toBe(16);
    expect(model.heatingSlope).toBeCloseTo(2, 1);
    expect(model.intercept).toBeCloseTo(5, 1);
    expect(model.coolingSlope).toBe(0);
    expect(model.observations).toBe(365);
    expect(model.rSquared).toBeGreaterThan(0.99);
  });

  it('predicts normalised consumption over a reference year', () => {
    const model = fitDegreeDayModel(periods);
    // Truth without the wiggle: Σ (5 + 2 × max(0, 16 − mean)) over the year
    const truth = year.reduce((s, d) => s + 5 + 2 * Math.max(0, 16 - (d.tn + d.tx) / 2), 0);
    expect(Math.abs(model.predict(year) - truth) / truth).toBeLessThan(0.005);
  });

  it('handles monthly billing periods and a cooling-only load', () => {
    const monthly: UsagePeriod[] = [];
    for (let m = 0; m < 12; m++) {
      const days = year.filter((d) => Number(d.date.slice(5, 7)) === m + 1);
      const usage = days.reduce(
        (s, d, i) => s + 3 + 1.5 * Math.max(0, (d.tn + d.tx) / 2 - 20) + 0.05 * Math.cos(i + m),
        0,
      );
      monthly.push({ usage, temperatures: days });
    }
    const model = fitDegreeDayModel(monthly);
    expect(model.kind).toBe('cooling');
    expect(model.coolingBalancePoint).toBe(20);
    expect(model.coolingSlope).toBeCloseTo(1.5, 1);
  });

  it('falls back to the intercept-only model when weather explains nothing', () => {
    const flat = year.map((d, i) => ({
      usage: 10 + (i % 2 === 0 ? 0.1 : -0.1),
      temperatures: [d],
    }));
    const model = fitDegreeDayModel(flat);
    expect(model.kind).toBe('intercept');
    expect(model.intercept).toBeCloseTo(10, 2);
    expect(model.predict(year.slice(0, 10))).toBeCloseTo(100, 1);
  });
});
