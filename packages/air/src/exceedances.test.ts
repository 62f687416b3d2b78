import { describe, expect, it } from 'vitest';
import { assessYear } from './exceedances.js';
import { WHO_2021 } from './health-references.js';

const HOURS_2018 = 8760;
const start = Date.UTC(2018, 0, 1);

/** PM10 all year at 10 µg/m³, with `highDays` whole days at 50 µg/m³ (above the 2030 limit 45). */
function pm10Year(highDays: number): Float64Array {
  const values = new Float64Array(HOURS_2018).fill(10);
  for (let d = 0; d < highDays; d++) values.fill(50, d * 24 * 10, d * 24 * 10 + 24);
  return values;
}

describe('assessYear', () => {
  it('counts days above the EU 2030 daily limit and compares with the 18 allowed', () => {
    const a = assessYear({ start, values: pm10Year(20) }, 'pm10', 2018);
    const daily = a.results.find((r) => r.level.period === '24h')!;
    expect(daily).toMatchObject({ exceedances: 20, validPeriods: 365, exceeded: true });
    // Annual mean by hand: (8760×10 + 20×24×40) / 8760 = 10 + 19200/8760 = 12.1918…
    expect(a.annualMean).toBeCloseTo(12.1918, 4);
    expect(a.dataCapture).toBe(1);
    const annual = a.results.find((r) => r.level.period === 'year')!;
    expect(annual.exceeded).toBe(false); // 12.19 ≤ 20
    expect(assessYear({ start, values: pm10Year(18) }, 'pm10', 2018).results[0]!.exceeded).toBe(
      false,
    );
  });
  it('withholds the annual mean below 90 % data capture', () => {
    const values = pm10Year(0);
    values.fill(Number.NaN, 0, 900); // 900/8760 = 10.3 % missing
    const a = assessYear({ start, values }, 'pm10', 2018);
    expect(a.dataCapture).toBeCloseTo(7860 / 8760, 10);
    expect(a.annualMean).toBeNaN();
  });
  it('assesses against WHO 2021 levels, hours outside the year ignored', () => {
    // Series starts a day early with one high day in 2017: it must not count for 2018.
    const values = new Float64Array(24 + HOURS_2018).fill(20);
    values.fill(200, 0, 24);
    const a = assessYear({ start: start - 86_400_000, values }, 'pm10', 2018, { scheme: WHO_2021 });
    const aqg24 = a.results.find((r) => r.level.period === '24h' && r.level.kind === 'AQG')!;
    expect(aqg24).toMatchObject({ exceedances: 0, exceeded: false });
    const aqgYear = a.results.find((r) => r.level.period === 'year' && r.level.kind === 'AQG')!;
    expect(aqgYear.exceeded).toBe(true); // 20 > 15
  });
  it('counts hourly NO2 above 200 µg/m³ against the 3 allowed', () => {
    const values = new Float64Array(HOURS_2018).fill(30);
    for (const h of [10, 500, 900, 4000]) values[h] = 210;
    const hourly = assessYear({ start, values }, 'no2', 2018).results.find(
      (r) => r.level.period === '1h',
    )!;
    expect(hourly).toMatchObject({ exceedances: 4, exceeded: true });
  });
});
