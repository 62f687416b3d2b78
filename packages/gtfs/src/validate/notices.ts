/**
 * Validation notices: codes and severities reuse MobilityData gtfs-validator's where the rule is
 * the same (https://gtfs-validator.mobilitydata.org/rules.html), kept in a bounded list.
 * @packageDocumentation
 */
import type { Severity } from '@datacites/core';

/** One finding of `validateGtfs`. */
export interface Notice {
  /** MobilityData notice code, e.g. `foreign_key_violation`. */
  readonly code: string;
  readonly severity: Severity;
  /** File concerned. */
  readonly file?: string;
  /**
   * 1-based physical line of the file: where the problem was found while reading it, or where
   * row `row` starts for rule notices (when the feed knows its rows' lines, see
   * `FileReport.lines`).
   */
  readonly line?: number;
  /** 0-based index among the rows kept by the loader (`feed.trips[row]`…), for rule notices. */
  readonly row?: number;
  /** Field concerned. */
  readonly field?: string;
  /** IDs of the entities concerned (`trip_id`, `stop_id`, `stop_sequence`…). */
  readonly entityIds?: Readonly<Record<string, string>>;
  /** A sentence for people. */
  readonly message: string;
}

/** Exact number of notices of a code. */
export interface NoticeCount {
  readonly code: string;
  readonly severity: Severity;
  readonly count: number;
}

/** Source line where row `row` of `file` starts, or undefined when unknown. */
export type RowLineLookup = (file: string, row: number) => number | undefined;

/**
 * Keeps the first `maxPerCode` notices of each code and counts them all; kept notices that name
 * a row but no line get the row's line from `lineOf`.
 */
export class NoticeList {
  readonly #max: number;
  readonly #kept: Notice[] = [];
  readonly #counts = new Map<string, { severity: Severity; count: number }>();
  readonly #lineOf: RowLineLookup | undefined;

  constructor(maxPerCode = 100, lineOf?: RowLineLookup) {
    this.#max = maxPerCode;
    this.#lineOf = lineOf;
  }

  /** Records a notice. */
  add(notice: Notice): void {
    const entry = this.#counts.get(notice.code) ?? { severity: notice.severity, count: 0 };
    entry.count++;
    this.#counts.set(notice.code, entry);
    if (entry.count > this.#max) return;
    const line =
      notice.line === undefined && notice.row !== undefined && notice.file !== undefined
        ? this.#lineOf?.(notice.file, notice.row)
        : undefined;
    this.#kept.push(line === undefined ? notice : { ...notice, line });
  }

  /** Records `count` notices of a code of which only `kept` were given (counted elsewhere). */
  addCount(code: string, severity: Severity, count: number): void {
    const entry = this.#counts.get(code) ?? { severity, count: 0 };
    entry.count += count;
    this.#counts.set(code, entry);
  }

  get notices(): readonly Notice[] {
    return this.#kept;
  }

  get counts(): NoticeCount[] {
    return [...this.#counts].map(([code, { severity, count }]) => ({ code, severity, count }));
  }
}

/** A rule notice on row `row` of `file`, with entity IDs. */
export function notice(
  code: string,
  severity: Severity,
  file: string,
  row: number | undefined,
  message: string,
  extra: { field?: string; entityIds?: Record<string, string> } = {},
): Notice {
  return { code, severity, file, ...(row === undefined ? {} : { row }), ...extra, message };
}
