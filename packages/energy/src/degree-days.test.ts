import { describe, expect, it } from 'vitest';
import {
  type DailyTemperature,
  degreeDay,
  degreeDays,
  FRENCH_HEATING_SEASON,
  inSeason,
  totalsBy,
} from './degree-days.js';

// Expected values are hand calculations from the formulas published for each method
// (Météo-France DJU, COSTIC "méthode des professionnels de l'énergie", UK Met Office equations as
// given by vesma.com/ddd/ddcalcs.htm); each is written out in a comment.
describe('degreeDay: Météo method, base 18 °C', () => {
  it('uses max(0, S − (Tn+Tx)/2)', () => {
    expect(degreeDay('heating', 2, 10)).toBe(12); // 18 − 6
    expect(degreeDay('heating', 15, 25)).toBe(0); // mean 20 > 18
    expect(degreeDay('cooling', 20, 30)).toBe(7); // 25 − 18
    expect(degreeDay('heating', -3.4, 4.2, { base: 17 })).toBeCloseTo(16.6, 12); // 17 − 0.4
  });
});

describe('degreeDay: mean-temperature method', () => {
  it('uses the true daily mean when given, (Tn+Tx)/2 otherwise', () => {
    expect(degreeDay('heating', 2, 10, { method: 'mean', tmean: 5.5 })).toBe(12.5); // 18 − 5.5
    expect(degreeDay('heating', 2, 10, { method: 'mean' })).toBe(12);
    expect(degreeDay('cooling', 20, 30, { method: 'mean', tmean: 26 })).toBe(8);
  });
});

describe('degreeDay: COSTIC method, base 18 °C', () => {
  it('equals the Météo value when Tx ≤ S and 0 when Tn ≥ S', () => {
    expect(degreeDay('heating', 2, 10, { method: 'costic' })).toBe(12);
    expect(degreeDay('heating', 18, 25, { method: 'costic' })).toBe(0);
  });

  it('uses (S−Tn)(0.08 + 0.42 (S−Tn)/(Tx−Tn)) when S lies between Tn and Tx', () => {
    // Tn 12, Tx 22: (18−12) × (0.08 + 0.42 × 6/10) = 6 × 0.332 = 1.992
    expect(degreeDay('heating', 12, 22, { method: 'costic' })).toBeCloseTo(1.992, 12);
    // Tn 8, Tx 20: 10 × (0.08 + 0.42 × 10/12) = 10 × 0.43 = 4.3 (Météo would give 4)
    expect(degreeDay('heating', 8, 20, { method: 'costic' })).toBeCloseTo(4.3, 12);
  });

  it('is continuous at both bounds (Tx = S and Tn = S)', () => {
    // Tx = S: formula gives (S−Tn)(0.08+0.42) = (S−Tn)/2 = S − (Tn+S)/2
    expect(degreeDay('heating', 10, 18.000001, { method: 'costic' })).toBeCloseTo(4, 4);
    expect(degreeDay('heating', 17.999999, 25, { method: 'costic' })).toBeCloseTo(0, 5);
  });

  it('mirrors the formula for cooling', () => {
    // Tn 16, Tx 26, S 22: (26−22)(0.08 + 0.42 × 4/10) = 4 × 0.248 = 0.992
    expect(degreeDay('cooling', 16, 26, { method: 'costic', base: 22 })).toBeCloseTo(0.992, 12);
    expect(degreeDay('cooling', 23, 31, { method: 'costic', base: 22 })).toBe(5); // 27 − 22
    expect(degreeDay('cooling', 10, 21, { method: 'costic', base: 22 })).toBe(0);
  });
});

describe('degreeDay: UK Met Office method, base 15.5 °C', () => {
  it('covers the four cases of the heating equations', () => {
    expect(degreeDay('heating', 16, 25, { method: 'uk-met-office' })).toBe(0); // Tn > S
    // mean (14+20)/2 = 17 > 15.5: (15.5 − 14)/4 = 0.375
    expect(degreeDay('heating', 14, 20, { method: 'uk-met-office' })).toBe(0.375);
    // Tx ≥ S, mean 13 ≤ S: (15.5 − 8)/2 − (18 − 15.5)/4 = 3.75 − 0.625 = 3.125
    expect(degreeDay('heating', 8, 18, { method: 'uk-met-office' })).toBe(3.125);
    // Tx < S: 15.5 − (2+10)/2 = 9.5
    expect(degreeDay('heating', 2, 10, { method: 'uk-met-office' })).toBe(9.5);
  });

  it('covers the four cases of the cooling equations', () => {
    expect(degreeDay('cooling', 5, 15, { method: 'uk-met-office' })).toBe(0); // Tx < S
    // mean 13 < S: (18 − 15.5)/4 = 0.625
    expect(degreeDay('cooling', 8, 18, { method: 'uk-met-office' })).toBe(0.625);
    // mean 17 ≥ S, Tn ≤ S: (20 − 15.5)/2 − (15.5 − 14)/4 = 2.25 − 0.375 = 1.875
    expect(degreeDay('cooling', 14, 20, { method: 'uk-met-office' })).toBe(1.875);
    // Tn > S: (16+25)/2 − 15.5 = 5
    expect(degreeDay('cooling', 16, 25, { method: 'uk-met-office' })).toBe(5);
  });
});

describe('heating season', () => {
  it('runs 1 October – 20 May, 232 days outside leap years', () => {
    expect(inSeason('2023-10-01', FRENCH_HEATING_SEASON)).toBe(true);
    expect(inSeason('2024-05-20', FRENCH_HEATING_SEASON)).toBe(true);
    expect(inSeason('2024-05-21', FRENCH_HEATING_SEASON)).toBe(false);
    expect(inSeason('2024-09-30', FRENCH_HEATING_SEASON)).toBe(false);
    // 31 + 30 + 31 + 31 + 28 + 31 + 30 + 20 = 232 (Oct → 20 May, 2022-23 not leap)
    const year: DailyTemperature[] = [];
    for (let t = Date.UTC(2022, 9, 1); t <= Date.UTC(2023, 8, 30); t += 86_400_000) {
      year.push({ date: new Date(t).toISOString().slice(0, 10), tn: 0, tx: 10 });
    }
    const r = degreeDays(year, { season: true });
    expect(r.expectedDays).toBe(232);
    expect(r.total).toBe(232 * 13); // 18 − 5 = 13 every day
    expect(r.gaps).toEqual([]);
  });
});

describe('degreeDays over a series', () => {
  const series: DailyTemperature[] = [
    { date: '2024-02-27', tn: 1, tx: 9 }, // 18 − 5 = 13
    { date: '2024-02-28', tn: 3, tx: 11 }, // 18 − 7 = 11
    // 2024-02-29 and 2024-03-01 missing (leap day included)
    { date: '2024-03-02', tn: 4, tx: Number.NaN }, // unusable
    { date: '2024-03-03', tn: 6, tx: 2 }, // Tn > Tx: unusable
    { date: '2024-03-04', tn: 0, tx: 8 }, // 18 − 4 = 14
    { date: '2024-03-04', tn: 10, tx: 20 }, // duplicate, ignored
  ];

  it('sums only the days present and reports gaps, invalid days and duplicates', () => {
    const r = degreeDays(series);
    expect(r.total).toBe(38); // 13 + 11 + 14
    expect(r.expectedDays).toBe(7); // 27 Feb … 4 Mar 2024
    expect(r.gaps).toEqual([{ from: '2024-02-29', to: '2024-03-03', days: 4 }]);
    expect(r.invalid.map((d) => d.date)).toEqual(['2024-03-02', '2024-03-03']);
    expect(r.duplicates).toEqual(['2024-03-04']);
    expect(r.completeness).toBeCloseTo(3 / 7, 12);
  });

  it('reports missing days at the ends of an explicit period', () => {
    const r = degreeDays(series.slice(0, 2), { from: '2024-02-26', to: '2024-02-29' });
    expect(r.gaps).toEqual([
      { from: '2024-02-26', to: '2024-02-26', days: 1 },
      { from: '2024-02-29', to: '2024-02-29', days: 1 },
    ]);
    expect(r.total).toBe(24);
  });

  it('totals per month and year', () => {
    const r = degreeDays(series);
    expect([...totalsBy(r.daily, 'month')]).toEqual([
      ['2024-02', 24],
      ['2024-03', 14],
    ]);
    expect(totalsBy(r.daily, 'year').get('2024')).toBe(38);
  });

  it('handles an empty series', () => {
    const r = degreeDays([]);
    expect(r.total).toBe(0);
    expect(r.expectedDays).toBe(0);
    expect(r.completeness).toBe(0);
  });
});
