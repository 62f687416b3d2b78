/**
 * Reads one cell of a record for a table column: the same function serves row objects and the
 * columnar mode, so both see the same values and the same problems.
 * @packageDocumentation
 */
import { excerpt, type LoadIssue } from './issues.js';
import { FieldFlag, type RecordView } from './record-scanner.js';
import type { TableColumn } from './table.js';
import { parseBoolean, parseClockTime, parseDate, parseNumber } from './values.js';

/** Why a cell could not be read, as an issue code. */
export type CellFailure =
  | 'missing_value'
  | 'masked_value'
  | 'invalid_number'
  | 'invalid_boolean'
  | 'invalid_date'
  | 'invalid_time';

/**
 * Reads cells; after each {@link read} the fields tell what happened. Reuse one instance: it
 * allocates nothing per cell.
 */
export class CellReader {
  /** Set when the cell could not be read; the value returned is then `undefined`. */
  failure: CellFailure | undefined;
  /** The masked-value marker when the cell was masked (value `null`), else undefined. */
  maskReason: string | undefined;
  /** True when a date was written with a two-digit year. */
  twoDigitYear = false;
  /** Two-digit years met per column: count, first line and text (reported once per column). */
  readonly twoDigitYears = new Map<
    string,
    { count: number; line: number; column: number; raw: string }
  >();

  /** Notes a two-digit year of the cell just read. */
  noteTwoDigitYear(record: RecordView, index: number, key: string): void {
    this.countTwoDigitYear(key, record.line, index + 1, () => record.field(index));
  }

  /**
   * Notes `times` two-digit years in column `key`, the first at `line` (`raw` is called only if
   * it is the column's first).
   */
  countTwoDigitYear(key: string, line: number, column: number, raw: () => string, times = 1): void {
    const seen = this.twoDigitYears.get(key);
    if (seen) seen.count += times;
    else this.twoDigitYears.set(key, { count: times, line, column, raw: raw() });
  }

  /** The `two_digit_year` warnings: one per column, with the exact count. */
  twoDigitYearIssues(place: { source?: string; file?: string }): LoadIssue[] {
    return [...this.twoDigitYears].map(([field, seen]) => ({
      ...place,
      code: 'two_digit_year',
      severity: 'warning',
      line: seen.line,
      column: seen.column,
      field,
      message: `${seen.count} value(s) of ${field} have a two-digit year, read as 2000–2068 (00–68) or 1969–1999 (69–99); first at line ${seen.line}`,
      raw: excerpt(seen.raw),
    }));
  }

  /**
   * The value of field `index` of `record` for `column`: `undefined` when empty (or missing from
   * the record), `null` when masked, else the typed value. Check {@link failure} afterwards.
   */
  read(column: TableColumn, record: RecordView, index: number): unknown {
    this.failure = undefined;
    this.maskReason = undefined;
    this.twoDigitYear = false;
    if (index < 0 || index >= record.count) return this.#empty(column);
    const text = record.text;
    let start = record.starts[index]!;
    let end = record.ends[index]!;
    const flags = record.flags[index]!;
    if (column.kind === 'string' && column.missing.size === 0) {
      if (start === end) return this.#empty(column);
      return record.field(index);
    }
    if ((flags & (FieldFlag.escaped | FieldFlag.malformed)) !== 0) {
      const value = record.field(index);
      return this.#typed(column, value, 0, value.length);
    }
    while (start < end && isBlank(text.charCodeAt(start))) start++;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    return this.#typed(column, text, start, end);
  }

  #typed(column: TableColumn, text: string, start: number, end: number): unknown {
    if (start === end) return this.#empty(column);
    if (column.missing.size > 0) {
      // Most cells (digits) start with no marker's first character: no slice, no lookup.
      const first = column.missingFirst;
      const code = text.charCodeAt(start);
      if (first === undefined ? end - start <= 8 : first[Math.min(code, 128)] === 1) {
        const word = text.slice(start, end);
        if (column.missing.has(word)) return this.#masked(column, word);
      }
    }
    switch (column.kind) {
      case 'string':
        return text.slice(start, end);
      case 'integer':
      case 'number': {
        const value = parseNumber(text, start, end, column.number);
        if (value === undefined) this.failure = 'invalid_number';
        return value;
      }
      case 'clock-time': {
        const value = parseClockTime(text, start, end);
        if (value === undefined) this.failure = 'invalid_time';
        return value;
      }
      case 'date': {
        const value = parseDate(text, start, end, column.date);
        if (value === undefined) {
          this.failure = 'invalid_date';
          return undefined;
        }
        this.twoDigitYear = value.twoDigitYear;
        return value.iso;
      }
      case 'boolean': {
        const value = parseBoolean(text.slice(start, end));
        if (value === undefined) this.failure = 'invalid_boolean';
        return value;
      }
    }
  }

  #empty(column: TableColumn): unknown {
    if (column.optional) return undefined;
    if (column.nullable) {
      this.maskReason = '';
      return null;
    }
    this.failure = 'missing_value';
    return undefined;
  }

  #masked(column: TableColumn, word: string): unknown {
    if (column.nullable) {
      this.maskReason = word;
      return null;
    }
    this.maskReason = word;
    if (column.optional) return undefined;
    this.failure = 'masked_value';
    return undefined;
  }
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

/** A sentence for a cell failure. */
export function describeFailure(
  failure: CellFailure,
  column: TableColumn,
  reason?: string,
): string {
  switch (failure) {
    case 'missing_value':
      return `${column.key} is required but empty`;
    case 'masked_value':
      return `${column.key} is masked (${reason}) but the column is not nullable`;
    case 'invalid_number':
      return `${column.key} is not a number`;
    case 'invalid_boolean':
      return `${column.key} is not a boolean`;
    case 'invalid_date':
      return `${column.key} is not a valid date (${column.date})`;
    case 'invalid_time':
      return `${column.key} is not a clock time (H:MM:SS)`;
  }
}
