/**
 * Cell parsers: the text of one field to a typed value. They read `text` between `start` and
 * `end`, so the columnar mode can parse straight from the decoded chunk without slicing a string
 * per field; row objects use the same functions, which is why both modes agree value for value.
 * Each returns `undefined` when the text is not a valid value of its kind.
 * @packageDocumentation
 */

/** How numbers are written in a column. */
export interface NumberFormat {
  /** Decimal separator. Default `.`. */
  readonly decimalSeparator?: '.' | ',';
  /** Thousands separator to ignore (`' '`, `'\u202f'`, `'.'`, `','`, `"'"`). Default none. */
  readonly thousandsSeparator?: string;
}

/**
 * The separators a locale writes numbers with, from `Intl.NumberFormat` (CLDR data): `fr-FR`
 * gives a decimal comma and a narrow no-break space between thousands, `de-DE` `,` and `.`.
 * @example
 * ```ts
 * const Conso = defineTable({ columns: { mwh: z.number() }, number: numberFormatFor('fr-FR') });
 * ```
 */
export function numberFormatFor(locale: string): NumberFormat {
  const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(12345.6);
  const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.';
  const group = parts.find((part) => part.type === 'group')?.value;
  return {
    decimalSeparator: decimal === ',' ? ',' : '.',
    ...(group ? { thousandsSeparator: group } : {}),
  };
}

/** Date layouts understood by {@link parseDate}. */
export type DateFormat = 'YYYYMMDD' | 'YYYY-MM-DD' | 'DD/MM/YYYY' | 'DD/MM/YY' | 'auto';

const ZERO = 48;
const NINE = 57;
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x202f;
}

/**
 * Parses a decimal number: optional sign, digits with optional thousands separators, an optional
 * fraction and exponent. Up to 15 significant digits it computes `digits / 10^k` (exact
 * integers, one correctly rounded division); longer numbers go through `Number`, so every result
 * equals `Number` of the normalised text.
 * @example
 * ```ts
 * parseNumber('1 234,5', 0, 7, { decimalSeparator: ',', thousandsSeparator: ' ' }); // 1234.5
 * ```
 */
export function parseNumber(
  text: string,
  start: number,
  end: number,
  format: NumberFormat = {},
): number | undefined {
  // Fast path for the common shape `digits[.digits]` (up to 15 digits): the same arithmetic as
  // the general path below, without its bookkeeping.
  if (format.decimalSeparator !== ',' && end - start <= 15) {
    let i = start;
    let mantissa = 0;
    let c = text.charCodeAt(i);
    while (i < end && c >= ZERO && c <= NINE) {
      mantissa = mantissa * 10 + (c - ZERO);
      c = text.charCodeAt(++i);
    }
    if (i > start) {
      if (i === end) return mantissa;
      if (c === 46) {
        const point = i;
        c = text.charCodeAt(++i);
        while (i < end && c >= ZERO && c <= NINE) {
          mantissa = mantissa * 10 + (c - ZERO);
          c = text.charCodeAt(++i);
        }
        if (i === end) return mantissa / POWERS_OF_TEN[end - point - 1]!;
      }
    }
  }
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (start === end) return undefined;
  const decimal = (format.decimalSeparator ?? '.').charCodeAt(0);
  const thousands = format.thousandsSeparator ? format.thousandsSeparator.charCodeAt(0) : -1;
  let i = start;
  let negative = false;
  const first = text.charCodeAt(i);
  if (first === 45 || first === 43) {
    negative = first === 45;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let significant = 0;
  let fractionDigits = 0;
  let seenDecimal = false;
  let lastWasDigit = false;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= ZERO && c <= NINE) {
      digits++;
      if (significant > 0 || c !== ZERO) significant++;
      mantissa = mantissa * 10 + (c - ZERO);
      if (seenDecimal) fractionDigits++;
      lastWasDigit = true;
    } else if (c === decimal && !seenDecimal) {
      seenDecimal = true;
      lastWasDigit = false;
    } else if (
      c === thousands &&
      !seenDecimal &&
      lastWasDigit &&
      i + 3 < end &&
      isDigitRun(text, i + 1, 3) &&
      !isDigitRun(text, i + 4, 1)
    ) {
      lastWasDigit = false;
    } else break;
  }
  if (digits === 0) return undefined;
  let exponent = 0;
  if (i < end) {
    const c = text.charCodeAt(i);
    if (c !== 101 && c !== 69) return undefined; // e or E
    i++;
    let expNegative = false;
    const sign = text.charCodeAt(i);
    if (sign === 45 || sign === 43) {
      expNegative = sign === 45;
      i++;
    }
    if (i >= end) return undefined;
    for (; i < end; i++) {
      const d = text.charCodeAt(i);
      if (d < ZERO || d > NINE) return undefined;
      exponent = exponent * 10 + (d - ZERO);
      if (exponent > 400) exponent = 400;
    }
    if (expNegative) exponent = -exponent;
  }
  if (!lastWasDigit && !seenDecimal) return undefined; // ends with a thousands separator
  let value: number;
  const scale = exponent - fractionDigits;
  if (significant <= 15 && scale >= -22 && scale <= 0) {
    value = mantissa / POWERS_OF_TEN[-scale]!; // both exact: one correctly rounded division
  } else if (significant + scale <= 15 && scale > 0) {
    value = mantissa * POWERS_OF_TEN[scale]!; // an exact integer below 2^53
  } else {
    value = Number(`${digitsOf(text, start, end, decimal, thousands)}e${scale}`);
  }
  return negative ? -value : value;
}

function isDigitRun(text: string, from: number, length: number): boolean {
  for (let k = 0; k < length; k++) {
    const c = text.charCodeAt(from + k);
    if (Number.isNaN(c) || c < ZERO || c > NINE) return false;
  }
  return true;
}

function digitsOf(text: string, start: number, end: number, decimal: number, thousands: number) {
  let out = '';
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= ZERO && c <= NINE) out += text[i];
    else if (c === 101 || c === 69) break;
    else if (c !== decimal && c !== thousands && c !== 43 && c !== 45) break;
  }
  return out;
}

/**
 * Parses a clock time `H:MM:SS`, `HH:MM:SS` or `HH:MM` to seconds since midnight. Hours may pass
 * 24 (GTFS service days: `25:10:00` is 90 600).
 * @example
 * ```ts
 * parseClockTime('25:10:00', 0, 8); // 90600
 * ```
 */
export function parseClockTime(text: string, start: number, end: number): number | undefined {
  if (end - start === 8 && text.charCodeAt(start + 2) === 58 && text.charCodeAt(start + 5) === 58) {
    const h = twoDigits(text, start, end);
    const m = twoDigits(text, start + 3, end);
    const sec = twoDigits(text, start + 6, end);
    if (h !== undefined && m !== undefined && sec !== undefined && m <= 59 && sec <= 59)
      return h * 3600 + m * 60 + sec;
  }
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  let i = start;
  let hours = 0;
  let hourDigits = 0;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < ZERO || c > NINE) break;
    hours = hours * 10 + (c - ZERO);
    hourDigits++;
  }
  if (hourDigits === 0 || hourDigits > 3 || text.charCodeAt(i) !== 58 || i >= end) return undefined;
  const minutes = twoDigits(text, i + 1, end);
  if (minutes === undefined || minutes > 59) return undefined;
  i += 3;
  if (i === end) return hours * 3600 + minutes * 60;
  if (text.charCodeAt(i) !== 58) return undefined;
  const seconds = twoDigits(text, i + 1, end);
  if (seconds === undefined || seconds > 59 || i + 3 !== end) return undefined;
  return hours * 3600 + minutes * 60 + seconds;
}

function twoDigits(text: string, at: number, end: number): number | undefined {
  if (at + 2 > end) return undefined;
  const a = text.charCodeAt(at) - ZERO;
  const b = text.charCodeAt(at + 1) - ZERO;
  if (a < 0 || a > 9 || b < 0 || b > 9) return undefined;
  return a * 10 + b;
}

/** Formats seconds since midnight as `HH:MM:SS` (hours may pass 24). */
export function formatClockTime(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** A parsed date: ISO `YYYY-MM-DD`, and whether the year was written with two digits. */
export interface ParsedDate {
  readonly iso: string;
  readonly twoDigitYear: boolean;
}

/**
 * Parses a calendar date to ISO `YYYY-MM-DD`, checking month and day (leap years included).
 * Two-digit years are read as 2000–2068 for `00`–`68` and 1969–1999 otherwise (POSIX `%y`) and
 * flagged. `auto` accepts `YYYYMMDD`, `YYYY-MM-DD`, `DD/MM/YYYY` and `DD/MM/YY`.
 * @example
 * ```ts
 * parseDate('29/11/25', 0, 8, 'auto'); // { iso: '2025-11-29', twoDigitYear: true }
 * ```
 */
export function parseDate(
  text: string,
  start: number,
  end: number,
  format: DateFormat = 'auto',
): ParsedDate | undefined {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  const length = end - start;
  const slash2 = text.charCodeAt(start + 2) === 47;
  let year = -1;
  let month = -1;
  let day = -1;
  let twoDigitYear = false;
  if ((format === 'YYYYMMDD' || format === 'auto') && length === 8 && !slash2) {
    year = digitsAt(text, start, 4);
    month = digitsAt(text, start + 4, 2);
    day = digitsAt(text, start + 6, 2);
  } else if (
    (format === 'YYYY-MM-DD' || format === 'auto') &&
    length === 10 &&
    text.charCodeAt(start + 4) === 45
  ) {
    if (text.charCodeAt(start + 7) !== 45) return undefined;
    year = digitsAt(text, start, 4);
    month = digitsAt(text, start + 5, 2);
    day = digitsAt(text, start + 8, 2);
  } else if (
    (format === 'DD/MM/YYYY' || format === 'DD/MM/YY' || format === 'auto') &&
    (length === 10 || length === 8) &&
    slash2 &&
    text.charCodeAt(start + 5) === 47
  ) {
    if (length === 10 && format === 'DD/MM/YY') return undefined;
    if (length === 8 && format === 'DD/MM/YYYY') return undefined;
    day = digitsAt(text, start, 2);
    month = digitsAt(text, start + 3, 2);
    if (length === 10) year = digitsAt(text, start + 6, 4);
    else {
      const yy = digitsAt(text, start + 6, 2);
      year = yy < 0 ? -1 : yy <= 68 ? 2000 + yy : 1900 + yy;
      twoDigitYear = true;
    }
  } else return undefined;
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return undefined;
  const iso = `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
  return { iso, twoDigitYear };
}

/** The number written by `count` digits from `from`, or -1 when one is not a digit. */
function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let k = from; k < from + count; k++) {
    const d = text.charCodeAt(k) - ZERO;
    if (!(d >= 0 && d <= 9)) return -1;
    value = value * 10 + d;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const TRUE_WORDS = new Set(['1', 'true', 't', 'yes', 'y', 'oui', 'o', 'vrai']);
const FALSE_WORDS = new Set(['0', 'false', 'f', 'no', 'n', 'non', 'faux']);

/** Parses a boolean: `1/0`, `true/false`, `t/f`, `yes/no`, `y/n`, `oui/non`, `vrai/faux`. */
export function parseBoolean(text: string): boolean | undefined {
  const word = text.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

/**
 * Default masked-value markers of typed (non-text) columns: they become `null` and the marker is
 * kept as the reason. `secret`/`s` are French statistical secrecy, `nd` "non disponible".
 */
export const DEFAULT_MISSING_MARKERS: readonly string[] = [
  'NA',
  'N/A',
  'n/a',
  'nd',
  'ND',
  'n.d.',
  'NaN',
  's',
  'secret',
  '-',
];
