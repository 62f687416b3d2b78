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

/** Day of the month of the last Sunday of a month (1–12), from the weekday of its last day. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0)); // day 0 of the next month
  return last.getUTCDate() - last.getUTCDay();
}

/** Day of the month of the first Sunday of a month (1–12). */
function firstSunday(year: number, month: number): number {
  return 1 + ((7 - new Date(Date.UTC(year, month - 1, 1)).getUTCDay()) % 7);
}

const HOUR = 3_600_000;

describe('ZoneClock against the written rules (independent computation)', () => {
  it('Europe/Paris 2020–2030: UTC+1, +2 from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October', () => {
    // EU rule (Directive 2000/84/EC); the Sundays come from Date's weekday, not from Intl.
    const paris = new ZoneClock('Europe/Paris');
    const wrong: string[] = [];
    for (let year = 2020; year <= 2030; year++) {
      const spring = Date.UTC(year, 2, lastSunday(year, 3), 1);
      const autumn = Date.UTC(year, 9, lastSunday(year, 10), 1);
      for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 10 * 60_000) {
        const expected = t >= spring && t < autumn ? 120 : 60;
        if (paris.offsetMinutes(t) !== expected) wrong.push(new Date(t).toISOString());
      }
      // one millisecond either side of each change
      expect([
        paris.offsetMinutes(spring - 1),
        paris.offsetMinutes(spring),
        paris.offsetMinutes(autumn - 1),
        paris.offsetMinutes(autumn),
      ]).toEqual([60, 120, 120, 60]);
      // 02:30 local does not exist in spring and happens twice in autumn
      expect(paris.toUtc(year, 3, lastSunday(year, 3), 2, 30)).toEqual({ kind: 'nonexistent' });
      expect(paris.toUtc(year, 10, lastSunday(year, 10), 2, 30)).toEqual({
        kind: 'ambiguous',
        earlier: autumn - HOUR / 2,
        later: autumn + HOUR / 2,
      });
    }
    expect(wrong.slice(0, 3)).toEqual([]);
    // the dates themselves, as published (e.g. service-public.fr calendars)
    expect([
      lastSunday(2020, 3),
      lastSunday(2020, 10),
      lastSunday(2030, 3),
      lastSunday(2030, 10),
    ]).toEqual([29, 25, 31, 27]);
  });

  it('Australia/Adelaide 2010–2030 (south of the equator, half-hour offset): +09:30, +10:30 from the first Sunday of October to the first Sunday of April', () => {
    // IANA rule "AS" since 2008: both changes at 02:00 standard time (02:00 ACST in October,
    // 03:00 ACDT in April), i.e. 16:30 UTC on the Saturday before.
    const adelaide = new ZoneClock('Australia/Adelaide');
    const wrong: string[] = [];
    for (let year = 2010; year <= 2030; year++) {
      const end = Date.UTC(year, 3, firstSunday(year, 4), 2) - 9.5 * HOUR; // 03:00 ACDT
      const start = Date.UTC(year, 9, firstSunday(year, 10), 2) - 9.5 * HOUR; // 02:00 ACST
      for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += HOUR / 2) {
        const expected = t < end || t >= start ? 630 : 570;
        if (adelaide.offsetMinutes(t) !== expected) wrong.push(new Date(t).toISOString());
      }
      expect([adelaide.offsetMinutes(end - 1), adelaide.offsetMinutes(end)]).toEqual([630, 570]);
      expect([adelaide.offsetMinutes(start - 1), adelaide.offsetMinutes(start)]).toEqual([
        570, 630,
      ]);
      // 02:30 local: twice in April, never in October
      expect(adelaide.toUtc(year, 4, firstSunday(year, 4), 2, 30)).toEqual({
        kind: 'ambiguous',
        earlier: end - HOUR / 2,
        later: end + HOUR / 2,
      });
      expect(adelaide.toUtc(year, 10, firstSunday(year, 10), 2, 30)).toEqual({
        kind: 'nonexistent',
      });
    }
    expect(wrong.slice(0, 3)).toEqual([]);
    expect(new Date(Date.UTC(2024, 3, firstSunday(2024, 4))).toISOString().slice(0, 10)).toBe(
      '2024-04-07',
    );
  });

  it('Asia/Kolkata stays at +05:30 (no clock change since 1945)', () => {
    const kolkata = new ZoneClock('Asia/Kolkata');
    for (let t = Date.UTC(1970, 0, 1); t < Date.UTC(2040, 0, 1); t += 97 * HOUR) {
      expect(kolkata.offsetMinutes(t)).toBe(330);
    }
    expect(kolkata.toUtcCompatible(2024, 1, 1)).toBe(Date.UTC(2023, 11, 31, 18, 30));
    expect(kolkata.localIso(Date.UTC(2024, 6, 1, 12))).toBe('2024-07-01T17:30:00+05:30');
  });
});

describe('ZoneClock offset search', () => {
  it('finds the shortest offset periods of the tz data (7 and 12 days) as Intl does', () => {
    // A daily scan of every zone Node 20.20 lists (1900–2040) found no offset lasting less than
    // 7 days; the shortest: Brazil's north-east, summer time 8–15 October 2000, and Tucumán,
    // which left UTC−3 for 12 days in June 2004. Checked against Intl every 15 minutes.
    for (const [zone, from, to] of [
      ['America/Recife', Date.UTC(2000, 9, 1), Date.UTC(2000, 9, 25)],
      ['America/Argentina/Tucuman', Date.UTC(2004, 4, 25), Date.UTC(2004, 6, 1)],
    ] as const) {
      const clock = new ZoneClock(zone);
      const fmt = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'longOffset' });
      const offsets = new Set<number>();
      const mismatches: string[] = [];
      for (let t = from; t < to; t += 15 * 60_000) {
        offsets.add(clock.offsetMinutes(t));
        if (clock.offsetMinutes(t) !== intlLongOffset(fmt, t))
          mismatches.push(new Date(t).toISOString());
      }
      expect({ zone, kinds: offsets.size, mismatches: mismatches.slice(0, 3) }).toEqual({
        zone,
        kinds: 2,
        mismatches: [],
      });
    }
  });

  it('answers instants in any order the same as Intl (cached spans never go stale)', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    for (const zone of [
      'Europe/Paris',
      'America/New_York',
      'Australia/Sydney',
      'America/Santiago',
    ]) {
      const clock = new ZoneClock(zone);
      const fmt = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'longOffset' });
      const mismatches: string[] = [];
      for (let k = 0; k < 3000; k++) {
        // whole minutes between 1980 and 2040, in random order
        const t = Date.UTC(1980, 0, 1) + Math.floor(random() * 31_557_600) * 60_000;
        if (clock.offsetMinutes(t) !== intlLongOffset(fmt, t))
          mismatches.push(new Date(t).toISOString());
      }
      expect({ zone, mismatches: mismatches.slice(0, 3) }).toEqual({ zone, mismatches: [] });
    }
  });

  it('rejects instants that are not finite numbers', () => {
    const paris = new ZoneClock('Europe/Paris');
    expect(() => paris.offsetMinutes(Number.NaN)).toThrow(RangeError);
    expect(() => paris.offsetMinutes(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    // a fixed zone needs no instant
    expect(new ZoneClock('UTC+01').offsetMinutes(Number.NaN)).toBe(60);
  });
});
