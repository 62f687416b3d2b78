import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCurveIndicators } from './load-curve.js';

const FIXTURE = new URL(
  '../test/fixtures/enedis-linky-courbe-de-charge-30min-dst-excerpt.csv',
  import.meta.url,
);

/** The excerpt's `Horodate;Valeur` rows (after 3 metadata/header lines), read for this test only. */
function readExcerpt(): { timestamps: number[]; values: number[] } {
  const rows = readFileSync(FIXTURE, 'utf8').split('\n').slice(3);
  return {
    timestamps: rows.map((r) => Date.parse(r.split(';')[0] as string)),
    values: rows.map((r) => Number(r.split(';')[1])),
  };
}

describe('loadCurveIndicators on a real Linky excerpt around both 2022–23 DST changes', () => {
  // Expected values: independent computation in python3 (zoneinfo Europe/Paris, interval start =
  // Horodate − 30 min, sorted list for the nearest-rank 5th percentile) over the same fixture:
  //   n 288, energy 110 515 Wh, mean 767.4652777 W, peak 3270 W at 2023-03-27T08:30+02:00,
  //   min 178, p5 230, night mean 481.8333 (72 values), day mean 901.4479 (192 values)
  //   days: 2022-10-29 48 18036 Wh | 2022-10-30 50 15992 | 2022-10-31 48 17906
  //         2023-03-25 48 19217    | 2023-03-26 46 22335 | 2023-03-27 48 17029
  //   daily minima 178, 186, 230, 230, 368, 192 → mean 230.6667
  //   typical-day slot 02:00 holds 6 values (two on 30 Oct, none on 26 Mar), mean 333.6667
  const curve = { ...readExcerpt(), unit: 'W' as const, stepMinutes: 30, stamp: 'end' as const };
  const ind = loadCurveIndicators(curve);

  it('totals energy, mean, peak and base loads', () => {
    expect(ind.points).toBe(288);
    expect(ind.missing).toBe(0);
    expect(ind.outOfOrder).toBe(0);
    expect(ind.energy).toBe(110_515);
    expect(ind.meanPower).toBeCloseTo(767.4652777777778, 9);
    expect(ind.peak).toEqual({ value: 3270, timestamp: Date.parse('2023-03-27T08:30:00+02:00') });
    expect(ind.baseLoad.minimum).toBe(178);
    expect(ind.baseLoad.percentile).toBe(230);
    expect(ind.baseLoad.meanDailyMinimum).toBeCloseTo(230.66666666666666, 9);
    expect(ind.loadFactor).toBeCloseTo(767.4652777777778 / 3270, 12);
  });

  it('splits night [00:00, 06:00) and day [06:00, 22:00) by local interval start', () => {
    expect(ind.night.count).toBe(72); // 4 × 12 + 14 (25-h day) + 10 (23-h day)
    expect(ind.day.count).toBe(192); // 6 × 32
    expect(ind.night.meanPower).toBeCloseTo(481.8333333333333, 9);
    expect(ind.day.meanPower).toBeCloseTo(901.4479166666666, 9);
    expect(ind.nightDayRatio).toBeCloseTo(0.5345104519349657, 12);
  });

  it('gives 50 half-hours on the autumn day and 46 on the spring day', () => {
    expect(ind.days.map((d) => [d.date, d.count, d.expected, d.energy])).toEqual([
      ['2022-10-29', 48, 48, 18036],
      ['2022-10-30', 50, 50, 15992],
      ['2022-10-31', 48, 48, 17906],
      ['2023-03-25', 48, 48, 19217],
      ['2023-03-26', 46, 46, 22335],
      ['2023-03-27', 48, 48, 17029],
    ]);
  });

  it('gives the same days when the rows come in reverse order', () => {
    const reversed = loadCurveIndicators({
      ...curve,
      timestamps: [...curve.timestamps].reverse(),
      values: [...curve.values].reverse(),
    });
    expect(reversed.outOfOrder).toBe(287);
    expect(reversed.days).toEqual(ind.days);
    expect(reversed.energy).toBe(ind.energy);
  });

  it('averages the typical-day 02:00 slot over what exists', () => {
    expect(ind.typicalDay.slotStartMinutes[4]).toBe(120);
    expect(ind.typicalDay.count[4]).toBe(6);
    expect(ind.typicalDay.meanPower[4]).toBeCloseTo(333.6666666666667, 9);
    expect(ind.typicalDay.count.reduce((a, b) => a + b, 0)).toBe(288);
    // typical week: Sunday (index 6) 02:00 slot holds the 2 autumn values only
    expect(ind.typicalWeek.count[6 * 48 + 4]).toBe(2);
    expect(ind.typicalWeek.meanPower.length).toBe(7 * 48);
  });
});

describe('loadCurveIndicators on hand-made curves', () => {
  it('expects 23 hours on a day whose midnight falls in the spring gap (America/Santiago)', () => {
    // IANA rule "Chile": summer time from 24:00 on the first Saturday of September, so on
    // 8 September 2024 clocks go from 00:00 −04 to 01:00 −03 (04:00 UTC); the day ends at 00:00 −03
    // on the 9th (03:00 UTC): 23 hours. Checked with Intl longOffset in Node 20.
    const t0 = Date.parse('2024-09-08T04:00:00Z');
    const hours = Array.from({ length: 23 }, (_, i) => t0 + i * 3_600_000);
    const ind = loadCurveIndicators(
      {
        timestamps: hours,
        values: hours.map(() => 1),
        unit: 'kW',
        stepMinutes: 60,
        stamp: 'start',
      },
      { timeZone: 'America/Santiago' },
    );
    expect(ind.days.map((d) => [d.date, d.count, d.expected])).toEqual([['2024-09-08', 23, 23]]);
  });

  it('uses interval starts: a value stamped 00:00 belongs to the previous day', () => {
    // Hourly values stamped at end; 2024-01-15 00:00 local = 2024-01-14T23:00Z.
    const t0 = Date.parse('2024-01-14T23:00:00Z');
    const ind = loadCurveIndicators({
      timestamps: [t0, t0 + 3_600_000],
      values: [100, 300],
      unit: 'kW',
      stepMinutes: 60,
      stamp: 'end',
    });
    expect(ind.days.map((d) => [d.date, d.energy])).toEqual([
      ['2024-01-14', 100],
      ['2024-01-15', 300],
    ]);
    // stamped at start instead, both belong to 15 January
    const ind2 = loadCurveIndicators({
      timestamps: [t0, t0 + 3_600_000],
      values: [100, 300],
      unit: 'kW',
      stepMinutes: 60,
      stamp: 'start',
    });
    expect(ind2.days.map((d) => [d.date, d.count, d.expected])).toEqual([['2024-01-15', 2, 24]]);
    // 2 values: mean 200, peak 300 → load factor 2/3; no night/day split issue: both at night
    expect(ind2.loadFactor).toBeCloseTo(2 / 3, 12);
    expect(ind2.night.count).toBe(2);
    expect(ind2.nightDayRatio).toBeNaN();
  });

  it('skips missing values, counts disorder, rejects bad input', () => {
    const t0 = Date.parse('2024-06-01T10:00:00Z');
    const ind = loadCurveIndicators({
      timestamps: [t0, t0 + 600_000, t0 + 600_000],
      values: [1, Number.NaN, 3],
      unit: 'MW',
      stepMinutes: 10,
      stamp: 'start',
    });
    expect(ind.missing).toBe(1);
    expect(ind.outOfOrder).toBe(1);
    expect(ind.energy).toBeCloseTo((4 * 10) / 60, 12); // (1 + 3) MW × 1/6 h
    expect(() =>
      loadCurveIndicators({
        timestamps: [1],
        values: [],
        unit: 'W',
        stepMinutes: 30,
        stamp: 'end',
      }),
    ).toThrow(RangeError);
    expect(() =>
      loadCurveIndicators({ timestamps: [], values: [], unit: 'W', stepMinutes: 7, stamp: 'end' }),
    ).toThrow(RangeError);
  });
});

/**
 * Independent reference: every interval start read through its own `Intl.DateTimeFormat` call
 * (no offset caching, no runs), grouped by local date, slot and weekday with plain objects.
 */
function referenceIndicators(
  timestamps: readonly number[],
  values: readonly number[],
  stepMinutes: number,
  stamp: 'end' | 'start',
  timeZone: string,
) {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    weekday: 'short',
  });
  const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  const slots = 1440 / stepMinutes;
  const days = new Map<string, { count: number; sum: number; min: number; max: number }>();
  const slotCount = new Array<number>(slots).fill(0);
  const slotSum = new Array<number>(slots).fill(0);
  const weekCount = new Array<number>(7 * slots).fill(0);
  const weekSum = new Array<number>(7 * slots).fill(0);
  let night = 0;
  let day = 0;
  let nightSum = 0;
  let daySum = 0;
  timestamps.forEach((t, i) => {
    const v = values[i] as number;
    if (!Number.isFinite(v)) return;
    const start = stamp === 'end' ? t - stepMinutes * 60_000 : t;
    const parts = Object.fromEntries(format.formatToParts(start).map((p) => [p.type, p.value]));
    const date = `${parts.year}-${parts.month}-${parts.day}`;
    const minutes = Number(parts.hour) * 60 + Number(parts.minute);
    const slot = Math.floor(minutes / stepMinutes);
    const d = days.get(date) ?? { count: 0, sum: 0, min: Infinity, max: -Infinity };
    days.set(date, {
      count: d.count + 1,
      sum: d.sum + v,
      min: Math.min(d.min, v),
      max: Math.max(d.max, v),
    });
    slotCount[slot] = (slotCount[slot] as number) + 1;
    slotSum[slot] = (slotSum[slot] as number) + v;
    const w = weekdays.indexOf(parts.weekday as string) * slots + slot;
    weekCount[w] = (weekCount[w] as number) + 1;
    weekSum[w] = (weekSum[w] as number) + v;
    if (minutes < 360) {
      night++;
      nightSum += v;
    } else if (minutes < 1320) {
      day++;
      daySum += v;
    }
  });
  const mean = (sums: number[], counts: number[]) =>
    sums.map((x, i) => (counts[i] === 0 ? Number.NaN : x / (counts[i] as number)));
  return {
    days,
    slotCount,
    weekCount,
    slotMean: mean(slotSum, slotCount),
    weekMean: mean(weekSum, weekCount),
    night,
    day,
    nightSum,
    daySum,
  };
}

/** Largest absolute difference between two lists of means (NaN where both are NaN counts 0). */
function largestDifference(a: readonly number[], b: readonly number[]): number {
  let largest = a.length === b.length ? 0 : Number.POSITIVE_INFINITY;
  a.forEach((x, i) => {
    const y = b[i] as number;
    const d = Number.isNaN(x) && Number.isNaN(y) ? 0 : Math.abs(x - y);
    largest = Number.isNaN(d) ? Number.POSITIVE_INFINITY : Math.max(largest, d);
  });
  return largest;
}

describe('loadCurveIndicators against a per-point Intl computation', () => {
  it('matches over 2024 in Paris, 10-minute steps stamped at the end, with gaps and disorder', () => {
    const t0 = Date.parse('2023-12-31T23:10:00Z'); // 00:10 local on 1 January 2024
    const timestamps: number[] = [];
    const values: number[] = [];
    for (let i = 0; i < 366 * 144; i++) {
      timestamps.push(t0 + i * 600_000);
      // a deterministic pattern with missing values every 997th point
      values.push(i % 997 === 5 ? Number.NaN : 300 + ((i * 7919) % 503));
    }
    // two rows swapped around the spring change (31 March 01:00 UTC) to exercise disorder
    const k = timestamps.indexOf(Date.parse('2024-03-31T01:00:00Z'));
    [timestamps[k], timestamps[k + 1]] = [timestamps[k + 1] as number, timestamps[k] as number];
    [values[k], values[k + 1]] = [values[k + 1] as number, values[k] as number];
    const curve = {
      timestamps,
      values,
      unit: 'W' as const,
      stepMinutes: 10,
      stamp: 'end' as const,
    };
    const ind = loadCurveIndicators(curve);
    const ref = referenceIndicators(timestamps, values, 10, 'end', 'Europe/Paris');
    expect(ind.outOfOrder).toBe(1);
    expect(ind.missing).toBe(values.filter((v) => Number.isNaN(v)).length);
    expect(ind.days.map((d) => [d.date, d.count, d.minimum, d.maximum])).toEqual(
      [...ref.days].map(([date, d]) => [date, d.count, d.min, d.max]),
    );
    ind.days.forEach((d) => {
      expect(d.energy).toBeCloseTo(((ref.days.get(d.date)?.sum ?? Number.NaN) * 10) / 60, 6);
    });
    // 23 and 25 hours of 10-minute intervals on 31 March and 27 October 2024
    const expected = new Map(ind.days.map((d) => [d.date, d.expected]));
    expect([
      expected.get('2024-03-31'),
      expected.get('2024-10-27'),
      expected.get('2024-06-01'),
    ]).toEqual([138, 150, 144]);
    expect(ind.typicalDay.count).toEqual(ref.slotCount);
    expect(ind.typicalWeek.count).toEqual(ref.weekCount);
    // means per slot: a value placed in the wrong slot on a clock-change day shows here even when
    // the spring and autumn errors cancel in the counts
    expect(largestDifference(ind.typicalDay.meanPower, ref.slotMean)).toBeLessThan(1e-9);
    expect(largestDifference(ind.typicalWeek.meanPower, ref.weekMean)).toBeLessThan(1e-9);
    expect(ind.night.count).toBe(ref.night);
    expect(ind.day.count).toBe(ref.day);
    expect(ind.night.meanPower).toBeCloseTo(ref.nightSum / ref.night, 9);
    expect(ind.day.meanPower).toBeCloseTo(ref.daySum / ref.day, 9);
  });

  it('matches in Australia/Adelaide (UTC+09:30, summer +10:30), 15-minute steps off the grid', () => {
    // Southern hemisphere and a half-hour offset: summer time ends 7 April 2024 and starts
    // 6 October 2024 (16:30 UTC the day before). Stamps at :07, :22, :37, :52 (interval starts).
    const t0 = Date.parse('2024-03-20T00:07:00Z');
    const timestamps: number[] = [];
    const values: number[] = [];
    for (let t = t0; t < Date.parse('2024-10-20T00:00:00Z'); t += 15 * 60_000) {
      timestamps.push(t);
      values.push((t / 60_000) % 89);
    }
    const curve = {
      timestamps,
      values,
      unit: 'kW' as const,
      stepMinutes: 15,
      stamp: 'start' as const,
    };
    const ind = loadCurveIndicators(curve, { timeZone: 'Australia/Adelaide' });
    const ref = referenceIndicators(timestamps, values, 15, 'start', 'Australia/Adelaide');
    expect(ind.days.map((d) => [d.date, d.count, d.minimum, d.maximum])).toEqual(
      [...ref.days].map(([date, d]) => [date, d.count, d.min, d.max]),
    );
    const expected = new Map(ind.days.map((d) => [d.date, d.expected]));
    expect([
      expected.get('2024-04-07'),
      expected.get('2024-10-06'),
      expected.get('2024-05-01'),
    ]).toEqual([100, 92, 96]);
    expect(ind.typicalDay.count).toEqual(ref.slotCount);
    expect(ind.typicalWeek.count).toEqual(ref.weekCount);
    // means per slot: a value placed in the wrong slot on a clock-change day shows here even when
    // the spring and autumn errors cancel in the counts
    expect(largestDifference(ind.typicalDay.meanPower, ref.slotMean)).toBeLessThan(1e-9);
    expect(largestDifference(ind.typicalWeek.meanPower, ref.weekMean)).toBeLessThan(1e-9);
    expect(ind.night.count).toBe(ref.night);
    expect(ind.day.count).toBe(ref.day);
  });
});
