/**
 * Book-keeping shared by the loaders: stations without duplicates, kept and rejected values
 * counted, and value checks that turn bad input into issues.
 * @packageDocumentation
 */
import { excerpt, IssueList, type LoadIssue, type LoadReport } from '@datacites/core';
import type { AirData, AirLoadReport, Measurement, Station } from './model.js';

/** Where a value was read, for its issues. */
export interface Place {
  /**
   * 1-based source line. Default: the line of the row being read (`currentLine`), if any;
   * `null` for an issue about no row (e.g. a header column), which then has no line.
   */
  readonly line?: number | null;
  readonly field?: string;
  readonly raw?: string;
}

/** Options shared by every loader. */
export interface LoaderOptions {
  /** Name of the source for issues (a file name or URL). */
  readonly source?: string;
  /** Issues kept per code (the rest are counted). Default 100. */
  readonly maxIssuesPerCode?: number;
}

/** Values that mean "missing" in air-quality exports (EEA −999, −9999 and similar). */
export const SENTINELS: ReadonlySet<number> = new Set([-999, -9999, -99, -9900, 9999, -999.9]);

/** Collects the result of one load. */
export class LoadSession {
  readonly issues: IssueList;
  readonly measurements: Measurement[] = [];
  readonly #stations = new Map<string, Station>();
  readonly #source: string | undefined;
  #rejected = 0;
  /**
   * 1-based source line of the row being read, set by the delimited-text reader while it hands a
   * row to a loader: issues raised without a line of their own get this one.
   */
  currentLine: number | undefined;

  constructor(options: LoaderOptions = {}) {
    this.issues = new IssueList({ maxPerCode: options.maxIssuesPerCode ?? 100 });
    this.#source = options.source;
  }

  /** Records an issue at a place. */
  issue(code: string, severity: LoadIssue['severity'], message: string, place: Place = {}): void {
    const line = place.line === null ? undefined : (place.line ?? this.currentLine);
    this.issues.add({
      code,
      severity,
      message,
      ...(this.#source === undefined ? {} : { source: this.#source }),
      ...(line === undefined ? {} : { line }),
      ...(place.field === undefined ? {} : { field: place.field }),
      ...(place.raw === undefined ? {} : { raw: excerpt(place.raw) }),
    });
  }

  /** Rejects one value with an `error` issue. */
  reject(code: string, message: string, place: Place = {}): void {
    this.#rejected++;
    this.issue(code, 'error', message, place);
  }

  /**
   * Takes in the report of a `@datacites/core` table read: its issues, and the records its
   * tokenizer rejected (each counted as one rejected value, already reported by core).
   */
  absorb(report: LoadReport): void {
    // The issues the table reader kept, and its exact counts of every issue it found.
    this.issues.addCounted(report.issues, report.issueCounts);
    this.#rejected += report.account.rowsRejected;
  }

  /** Keeps a measurement. */
  keep(measurement: Measurement): void {
    this.measurements.push(measurement);
  }

  /**
   * Adds a station, or checks it against the one of the same id: a different position is reported
   * (`station_moved`, warning) and the first one kept.
   */
  station(station: Station, place: Place = {}): void {
    const known = this.#stations.get(station.id);
    if (!known) {
      this.#stations.set(station.id, station);
      return;
    }
    const moved =
      station.latitude !== undefined &&
      known.latitude !== undefined &&
      (Math.abs(station.latitude - known.latitude) > 1e-6 ||
        Math.abs((station.longitude ?? 0) - (known.longitude ?? 0)) > 1e-6);
    if (moved) {
      this.issue(
        'station_moved',
        'warning',
        `station ${station.id} appears at ${station.latitude}, ${station.longitude} and at ${known.latitude}, ${known.longitude}; the first position is kept`,
        place,
      );
    }
  }

  /** Stations seen so far. */
  get stations(): Station[] {
    return [...this.#stations.values()];
  }

  /**
   * Checks a concentration: missing, not a number, a sentinel or negative → rejected with an issue
   * (`missing_value`, `invalid_number`, `sentinel_value`, `negative_value`) and `undefined`.
   */
  value(raw: unknown, place: Place): number | undefined {
    if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) {
      this.reject('missing_value', 'no value', place);
      return undefined;
    }
    const value = typeof raw === 'number' ? raw : Number(String(raw).trim().replace(',', '.'));
    if (!Number.isFinite(value)) {
      this.reject('invalid_number', `not a number: ${String(raw)}`, { raw: String(raw), ...place });
      return undefined;
    }
    if (SENTINELS.has(value)) {
      this.reject('sentinel_value', `${value} marks a missing value`, {
        raw: String(raw),
        ...place,
      });
      return undefined;
    }
    if (value < 0) {
      this.reject('negative_value', `negative concentration ${value}`, {
        raw: String(raw),
        ...place,
      });
      return undefined;
    }
    return value;
  }

  /** Values rejected so far (each with an `error` issue). */
  get rejected(): number {
    return this.#rejected;
  }

  /** The result; `account.rowsRead` is kept + rejected by construction. */
  result(): AirData {
    return {
      stations: this.stations,
      measurements: this.measurements,
      ...loadReport(this.issues, this.measurements.length, this.#rejected),
    };
  }
}

/**
 * The report of a load that kept `kept` items and rejected `rejected`: the issues kept, their
 * exact counts and the account (`rowsRead = rowsKept + rowsRejected`).
 * @example
 * ```ts
 * const { issues, account } = loadReport(new IssueList(), 44, 1);
 * issues; // []
 * account; // { rowsRead: 45, rowsKept: 44, rowsRejected: 1 }
 * ```
 */
export function loadReport(issues: IssueList, kept: number, rejected: number): AirLoadReport {
  return {
    issues: [...issues.issues],
    issueCounts: issues.counts,
    account: { rowsRead: kept + rejected, rowsKept: kept, rowsRejected: rejected },
  };
}
