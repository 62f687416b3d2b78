import { describe, expect, it } from 'vitest';
import { ZoneClock, zoneClock } from './local-time.js';

// Expected offsets: EU summer time rule (Directive 2000/84/EC): summer time from 01:00 UTC on the
// last Sunday of March to 01:00 UTC on the last Sunday of October; Paris is UTC+1 / UTC+2.
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
    for (let t = start; t < start + 366 * 86_400_000; t += 15 * 60_000) {
      const name = fmt.formatToParts(t).find((p) => p.type === 'timeZoneName')?.value;
      const expected = name === 'GMT+02:00' ? 120 : name === 'GMT+01:00' ? 60 : Number.NaN;
      if (paris.offsetMinutes(t) !== expected) throw new Error(`offset mismatch at ${t}`);
    }
    expect(paris.offsetMinutes(start)).toBe(60);
  });

  it('works in other zones and caches clocks', () => {
    expect(
      new ZoneClock('America/New_York').offsetMinutes(Date.parse('2025-01-15T12:00:00Z')),
    ).toBe(-300);
    expect(zoneClock('Europe/Paris')).toBe(zoneClock());
  });
});
