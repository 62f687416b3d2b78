import { describe, expect, it } from 'vitest';
import {
  fixedOffsetMinutes,
  isKnownTimeZone,
  wallClockToUtc,
  ZoneClock,
  zoneClock,
} from './zoned-time.js';

// Expected values come from the IANA tz database rules, written out here:
// - Europe/Paris (rule "EU", Directive 2000/84/EC): UTC+1, summer time UTC+2 from 01:00 UTC on the
//   last Sunday of March to 01:00 UTC on the last Sunday of October. 2024: 31 March, 27 October;
//   2025: 30 March, 26 October.
// - America/New_York (rule "US" since 2007): UTC−5, daylight time UTC−4 from 02:00 local on the
//   second Sunday of March to 02:00 local on the first Sunday of November. 2024: 10 March
//   (07:00 UTC), 3 November (06:00 UTC).
// - Australia/Sydney (rule "AN" since 2008): UTC+10, daylight time UTC+11 from 02:00 standard
//   time on the first Sunday of October to 03:00 daylight time on the first Sunday of April.
//   2024: 7 April (16:00 UTC on the 6th), 6 October (16:00 UTC on the 5th).

/** Offset in minutes from Intl's `longOffset` name (`GMT+05:30`): independent of ZoneClock. */
function intlLongOffset(format: Intl.DateTimeFormat, utcMs: number): number {
  const name = format.formatToParts(utcMs).find((p) => p.type === 'timeZoneName')?.value ?? '';
  if (name === 'GMT') return 0;
  const m = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
  if (!m) return Number.NaN;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

describe('ZoneClock (Europe/Paris)', () => {
  const paris = new ZoneClock();

  it('gives +60 in winter and +120 in summer', () => {
    expect(paris.offsetMinutes(Date.parse('2025-01-15T12:00:00Z'))).toBe(60);
    expect(paris.offsetMinutes(Date.parse('2025-07-15T12:00:00Z'))).toBe(120);
  });

  it('switches exactly at 01:00 UTC on the last Sundays of March and October 2025', () => {
    expect(paris.offsetMinutes(Date.parse('2025-03-30T00:59:00Z'))).toBe(60);
    expect(paris.offsetMinutes(Date.parse('2025-03-30T01:00:00Z'))).toBe(120);
    expect(paris.offsetMinutes(Date.parse('2025-10-26T00:45:00Z'))).toBe(120);
    expect(paris.offsetMinutes(Date.parse('2025-10-26T01:00:00Z'))).toBe(60);
  });

  it('gives local wall-clock parts and ISO weekday', () => {
    // 2023-03-26T00:30Z = 01:30 CET, a Sunday
    expect(paris.localParts(Date.parse('2023-03-26T00:30:00Z'))).toEqual({
      year: 2023,
      month: 3,
      day: 26,
      hour: 1,
      minute: 30,
      weekday: 7,
    });
    expect(paris.localIso(Date.parse('2023-03-26T01:30:00Z'))).toBe('2023-03-26T03:30:00+02:00');
    // 01:30 UTC on 26 October 2025 is after the fall back: 02:30 CET.
    expect(paris.localIso(Date.parse('2025-10-26T01:30:00Z'))).toBe('2025-10-26T02:30:00+01:00');
    expect(paris.localDate(Date.parse('2022-12-31T23:30:00Z'))).toBe('2023-01-01');
  });

  it('reports the spring gap and the autumn overlap when converting local → UTC', () => {
    expect(paris.toUtc(2025, 3, 30, 2, 30)).toEqual({ kind: 'nonexistent' });
    expect(paris.toUtc(2025, 3, 30, 3, 0)).toEqual({
      kind: 'unique',
      utc: Date.parse('2025-03-30T01:00:00Z'),
    });
    expect(paris.toUtc(2025, 10, 26, 2, 30)).toEqual({
      kind: 'ambiguous',
      earlier: Date.parse('2025-10-26T00:30:00Z'),
      later: Date.parse('2025-10-26T01:30:00Z'),
    });
    expect(paris.toUtc(2025, 1, 1)).toEqual({
      kind: 'unique',
      utc: Date.parse('2024-12-31T23:00:00Z'),
    });
  });

  it('agrees with Intl on every quarter-hour of 2024 (independent per-instant computation)', () => {
    const fmt = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Paris',
      timeZoneName: 'longOffset',
    });
    const start = Date.parse('2024-01-01T00:00:00Z');
    let mismatches = 0;
    for (let t = start; t < start + 366 * 86_400_000; t += 15 * 60_000) {
      if (paris.offsetMinutes(t) !== intlLongOffset(fmt, t)) mismatches++;
    }
    expect(mismatches).toBe(0);
  });
});

describe('wallClockToUtc (compatible disambiguation)', () => {
  it('maps the hours around the Paris spring gap of 31 March 2024', () => {
    // 01:00 CET = 00:00 UTC; 03:00 CEST = 01:00 UTC.
    expect(wallClockToUtc([2024, 3, 31, 1, 0, 0], 'Europe/Paris')).toBe(Date.UTC(2024, 2, 31, 0));
    expect(wallClockToUtc([2024, 3, 31, 3, 0, 0], 'Europe/Paris')).toBe(Date.UTC(2024, 2, 31, 1));
    // 02:30 does not exist: moved forward by the one-hour gap → 03:30 CEST = 01:30 UTC.
    expect(wallClockToUtc([2024, 3, 31, 2, 30, 0], 'Europe/Paris')).toBe(
      Date.UTC(2024, 2, 31, 1, 30),
    );
  });

  it('takes the first occurrence in the Paris autumn overlap of 27 October 2024', () => {
    // 02:30 happens at 00:30 UTC (CEST) and 01:30 UTC (CET): the first is taken.
    expect(wallClockToUtc([2024, 10, 27, 2, 30, 0], 'Europe/Paris')).toBe(
      Date.UTC(2024, 9, 27, 0, 30),
    );
    // 03:30 CET = 02:30 UTC.
    expect(wallClockToUtc([2024, 10, 27, 3, 30, 0], 'Europe/Paris')).toBe(
      Date.UTC(2024, 9, 27, 2, 30),
    );
  });

  it('handles America/New_York on 10 March and 3 November 2024', () => {
    // 01:30 EST = 06:30 UTC; 02:30 is in the gap → 03:30 EDT = 07:30 UTC.
    expect(wallClockToUtc([2024, 3, 10, 1, 30, 0], 'America/New_York')).toBe(
      Date.UTC(2024, 2, 10, 6, 30),
    );
    expect(wallClockToUtc([2024, 3, 10, 2, 30, 0], 'America/New_York')).toBe(
      Date.UTC(2024, 2, 10, 7, 30),
    );
    // 01:30 happens at 05:30 UTC (EDT) and 06:30 UTC (EST).
    expect(zoneClock('America/New_York').toUtc(2024, 11, 3, 1, 30)).toEqual({
      kind: 'ambiguous',
      earlier: Date.UTC(2024, 10, 3, 5, 30),
      later: Date.UTC(2024, 10, 3, 6, 30),
    });
  });

  it('handles the southern hemisphere (Australia/Sydney, 7 April and 6 October 2024)', () => {
    const sydney = zoneClock('Australia/Sydney');
    expect(sydney.offsetMinutes(Date.UTC(2024, 3, 6, 15, 59))).toBe(660);
    expect(sydney.offsetMinutes(Date.UTC(2024, 3, 6, 16, 0))).toBe(600);
    expect(sydney.offsetMinutes(Date.UTC(2024, 9, 5, 15, 59))).toBe(600);
    expect(sydney.offsetMinutes(Date.UTC(2024, 9, 5, 16, 0))).toBe(660);
    // 02:30 on 7 April happens twice: 15:30 UTC (AEDT) and 16:30 UTC (AEST) on the 6th.
    expect(sydney.toUtc(2024, 4, 7, 2, 30)).toEqual({
      kind: 'ambiguous',
      earlier: Date.UTC(2024, 3, 6, 15, 30),
      later: Date.UTC(2024, 3, 6, 16, 30),
    });
    expect(sydney.toUtc(2024, 10, 6, 2, 30)).toEqual({ kind: 'nonexistent' });
  });

  it('reads fixed offsets without the tz database, and hour 24 as the next midnight', () => {
    expect(wallClockToUtc([2023, 1, 1, 0, 0, 0], 'UTC+01')).toBe(Date.UTC(2022, 11, 31, 23));
    expect(wallClockToUtc([2023, 1, 1, 0, 0, 0], '-05:30')).toBe(Date.UTC(2023, 0, 1, 5, 30));
    expect(wallClockToUtc([2023, 1, 1, 24, 0, 0], 'UTC')).toBe(Date.UTC(2023, 0, 2));
    expect(new ZoneClock('+02:00').localIso(Date.UTC(2024, 0, 1))).toBe(
      '2024-01-01T02:00:00+02:00',
    );
  });
});

describe('zones', () => {
  it('reads fixed offsets and knows IANA names', () => {
    expect(fixedOffsetMinutes('UTC+01')).toBe(60);
    expect(fixedOffsetMinutes('-05:30')).toBe(-330);
    expect(fixedOffsetMinutes('Z')).toBe(0);
    expect(fixedOffsetMinutes('Europe/Paris')).toBeUndefined();
    expect(isKnownTimeZone('Europe/Paris')).toBe(true);
    expect(isKnownTimeZone('+01:00')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
    expect(() => new ZoneClock('Mars/Olympus')).toThrow(RangeError);
  });

  it('caches one clock per zone', () => {
    expect(zoneClock('Europe/Paris')).toBe(zoneClock());
    expect(zoneClock('America/New_York')).not.toBe(zoneClock());
  });

  it('agrees with Intl every hour in zones with unusual rules (independent per-instant computation)', () => {
    // Casablanca suspended summer time during Ramadan (two extra transitions a year, 2012–2018);
    // Lord Howe Island shifts by 30 minutes; Kathmandu is UTC+05:45.
    for (const zone of ['Africa/Casablanca', 'Australia/Lord_Howe', 'Asia/Kathmandu']) {
      const clock = new ZoneClock(zone);
      const fmt = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'longOffset' });
      const start = Date.UTC(2012, 0, 1);
      const mismatches: number[] = [];
      for (let t = start; t < Date.UTC(2020, 0, 1); t += 3_600_000) {
        if (clock.offsetMinutes(t) !== intlLongOffset(fmt, t)) mismatches.push(t);
      }
      expect({ zone, mismatches: mismatches.slice(0, 3) }).toEqual({ zone, mismatches: [] });
    }
  });
});
