import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatClockTime,
  numberFormatFor,
  parseBoolean,
  parseClockTime,
  parseDate,
  parseNumber,
} from './values.js';

const num = (text: string, format = {}) => parseNumber(text, 0, text.length, format);
const time = (text: string) => parseClockTime(text, 0, text.length);
const date = (text: string, format: Parameters<typeof parseDate>[3] = 'auto') =>
  parseDate(text, 0, text.length, format);

describe('parseNumber', () => {
  it('equals Number() on any JavaScript number written out', () => {
    // Independent method: the engine's own string→number conversion (ECMAScript Number()).
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = String(value);
        expect(num(text)).toBe(Number(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('equals Number() on decimal strings of up to 20 digits', () => {
    const digits = fc.string({
      unit: fc.constantFrom(...'0123456789'),
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(fc.boolean(), digits, digits, (negative, int, frac) => {
        const text = `${negative ? '-' : ''}${int}.${frac}`;
        expect(num(text)).toBe(Number(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('equals Number() on digit strings of up to 18 digits, leading zeros included', () => {
    const digits = fc.string({
      unit: fc.constantFrom(...'0123456789'),
      minLength: 1,
      maxLength: 18,
    });
    fc.assert(
      fc.property(digits, (text) => {
        expect(num(text)).toBe(Number(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads decimal commas and thousands separators as configured', () => {
    // Values written as French open data does (Enedis, ORE): "1 234,5" is 1234.5.
    expect(num('3,3', { decimalSeparator: ',' })).toBe(3.3);
    expect(num('1 234,5', { decimalSeparator: ',', thousandsSeparator: ' ' })).toBe(1234.5);
    expect(num('1\u202f234\u202f567', { thousandsSeparator: '\u202f' })).toBe(1234567);
    expect(num('1,234.5', { thousandsSeparator: ',' })).toBe(1234.5);
    expect(num('6.23e-05')).toBe(6.23e-5);
    expect(num(' 12 ')).toBe(12);
  });

  it('reads numbers as Intl.NumberFormat writes them for a locale', () => {
    // Independent method: the CLDR formatting of the runtime, then parsing back.
    for (const locale of ['fr-FR', 'de-DE', 'en-US', 'de-CH']) {
      const format = numberFormatFor(locale);
      const writer = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
      fc.assert(
        fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
          const text = writer.format(cents / 100).replace('\u2212', '-');
          expect(num(text, format), `${locale} ${text}`).toBe(cents / 100);
        }),
        { numRuns: 300 },
      );
    }
    expect(numberFormatFor('fr-FR').decimalSeparator).toBe(',');
  });

  it('rejects what is not a number', () => {
    for (const text of ['', '-', 'abc', '1.2.3', '0x10', 'Infinity', '1e', '12a', '1 234'])
      expect(num(text), text).toBeUndefined();
    // A comma is not a decimal separator unless configured.
    expect(num('3,3')).toBeUndefined();
    // A thousands separator must be followed by exactly three digits.
    expect(num('1 2345', { thousandsSeparator: ' ' })).toBeUndefined();
  });
});

describe('parseClockTime', () => {
  it('reads GTFS times, past midnight and with one-digit hours', () => {
    // GTFS reference, "Time" type: "H:MM:SS" or "HH:MM:SS", may exceed 24:00:00 (e.g. 25:35:00).
    expect(time('25:35:00')).toBe(25 * 3600 + 35 * 60);
    expect(time('4:30:00')).toBe(4 * 3600 + 30 * 60);
    expect(time('08:05')).toBe(8 * 3600 + 5 * 60);
    expect(time('00:00:00')).toBe(0);
    expect(formatClockTime(90_600)).toBe('25:10:00');
  });

  it('rejects malformed times', () => {
    for (const text of ['', '8', '8:5:00', '08:60:00', '08:00:60', '08:00:00:00', 'ab:cd:ef'])
      expect(time(text), text).toBeUndefined();
  });

  it('round-trips every time up to 48 hours', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 48 * 3600 - 1 }), (seconds) => {
        expect(time(formatClockTime(seconds))).toBe(seconds);
      }),
    );
  });
});

describe('parseDate', () => {
  it('reads the usual layouts to ISO dates', () => {
    expect(date('20160406')).toEqual({ iso: '2016-04-06', twoDigitYear: false });
    expect(date('2016-04-06')).toEqual({ iso: '2016-04-06', twoDigitYear: false });
    expect(date('06/04/2016')).toEqual({ iso: '2016-04-06', twoDigitYear: false });
    // ODRÉ temperatures write DD/MM/YY; POSIX strptime %y maps 00–68 to 20xx and 69–99 to 19xx.
    expect(date('29/11/25')).toEqual({ iso: '2025-11-29', twoDigitYear: true });
    expect(date('01/01/69')).toEqual({ iso: '1969-01-01', twoDigitYear: true });
  });

  it('agrees with the calendar of Date.UTC on every day of four centuries', () => {
    // Independent method: JavaScript's proleptic Gregorian calendar, day by day.
    fc.assert(
      fc.property(
        fc.integer({ min: 1600, max: 2400 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const d = new Date(Date.UTC(year, month - 1, day));
          const valid = d.getUTCMonth() === month - 1;
          const text = `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
          const parsed = date(text, 'YYYYMMDD');
          if (!valid) expect(parsed).toBeUndefined();
          else expect(parsed?.iso).toBe(d.toISOString().slice(0, 10));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('rejects impossible dates and other layouts than the one asked', () => {
    expect(date('2023-02-29')).toBeUndefined();
    expect(date('2024-02-29')?.iso).toBe('2024-02-29');
    expect(date('1900-02-29')).toBeUndefined();
    expect(date('2016-04-06', 'DD/MM/YYYY')).toBeUndefined();
    expect(date('06/04/16', 'DD/MM/YYYY')).toBeUndefined();
  });
});

describe('parseBoolean', () => {
  it('reads common spellings', () => {
    expect(['1', 'true', 'Yes', 'oui', 'T'].map(parseBoolean)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['0', 'FALSE', 'no', 'non'].map(parseBoolean)).toEqual([false, false, false, false]);
    expect(parseBoolean('maybe')).toBeUndefined();
  });
});
