import { describe, expect, it } from 'vitest';
import { fixedOffsetMinutes, isKnownTimeZone, parseDateTime } from './time.js';

describe('parseDateTime', () => {
  it('keeps the offset written in ISO 8601 text (OpenAQ export)', () => {
    expect(parseDateTime('2023-02-27T06:00:00+01:00', 'UTC')).toEqual({
      utc: Date.UTC(2023, 1, 27, 5),
      zone: '+01:00',
    });
    expect(parseDateTime('2022/11/09 00:00:00+00', 'Europe/Paris')).toEqual({
      utc: Date.UTC(2022, 10, 9),
      zone: '+00:00',
    });
  });
  it('reads naive times in the zone given, with daylight saving time', () => {
    // Paris is UTC+1 in January, UTC+2 in July (EU summer time, Directive 2000/84/EC).
    expect(parseDateTime('2019-01-17 07:00:00', 'Europe/Paris')?.utc).toBe(
      Date.UTC(2019, 0, 17, 6),
    );
    expect(parseDateTime('2019-07-17 07:00:00', 'Europe/Paris')?.utc).toBe(
      Date.UTC(2019, 6, 17, 5),
    );
    expect(parseDateTime('2018-11-06T00:00:36', 'UTC')?.utc).toBe(Date.UTC(2018, 10, 6, 0, 0, 36));
    expect(parseDateTime('01/01/2023 00:00:00', 'UTC+01')?.utc).toBe(Date.UTC(2022, 11, 31, 23));
    expect(parseDateTime('2015-01-01', 'Europe/Paris')?.utc).toBe(Date.UTC(2014, 11, 31, 23));
  });
  it('rejects what is not a date-time', () => {
    expect(parseDateTime('2019-02-30 00:00:00', 'UTC')).toBeUndefined();
    expect(parseDateTime('yesterday', 'UTC')).toBeUndefined();
    expect(parseDateTime('2019-01-01 25:00:00', 'UTC')).toBeUndefined();
  });
});

describe('zones', () => {
  it('reads fixed offsets and knows IANA names', () => {
    expect(fixedOffsetMinutes('UTC+01')).toBe(60);
    expect(fixedOffsetMinutes('-05:30')).toBe(-330);
    expect(fixedOffsetMinutes('Europe/Paris')).toBeUndefined();
    expect(isKnownTimeZone('Europe/Paris')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('daylight-saving transitions in Europe/Paris', () => {
  it('maps the hours around the spring gap (31 March 2024) and the autumn overlap (27 October 2024)', () => {
    // Spring: 02:00 CET → 03:00 CEST at 01:00 UTC.
    expect(parseDateTime('2024-03-31 01:00:00', 'Europe/Paris')?.utc).toBe(
      Date.UTC(2024, 2, 31, 0),
    );
    expect(parseDateTime('2024-03-31 03:00:00', 'Europe/Paris')?.utc).toBe(
      Date.UTC(2024, 2, 31, 1),
    );
    // 02:30 does not exist: moved forward by the gap → 03:30 CEST = 01:30 UTC.
    expect(parseDateTime('2024-03-31 02:30:00', 'Europe/Paris')?.utc).toBe(
      Date.UTC(2024, 2, 31, 1, 30),
    );
    // Autumn: 03:00 CEST → 02:00 CET at 01:00 UTC; 02:30 happens twice, the first (CEST) is taken.
    expect(parseDateTime('2024-10-27 02:30:00', 'Europe/Paris')?.utc).toBe(
      Date.UTC(2024, 9, 27, 0, 30),
    );
    expect(parseDateTime('2024-10-27 03:30:00', 'Europe/Paris')?.utc).toBe(
      Date.UTC(2024, 9, 27, 2, 30),
    );
  });
});
