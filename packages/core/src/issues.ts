/**
 * Structured problems found while loading data. Every loader in the kit reports what it could not
 * read as {@link LoadIssue}s instead of throwing or dropping data silently.
 * @packageDocumentation
 */

/** How serious an issue is: `error` rejects a row or a file, `warning` keeps it, `info` is a note. */
export type Severity = 'error' | 'warning' | 'info';

/** One problem found while loading, with where it was found. */
export interface LoadIssue {
  /** Stable machine-readable code, in snake_case (e.g. `invalid_number`, `unterminated_quote`). */
  readonly code: string;
  /** How serious it is. */
  readonly severity: Severity;
  /** A sentence for people, in English. */
  readonly message: string;
  /** The source loaded: a file path, a URL, or a name given by the caller. */
  readonly source?: string;
  /** The file inside the source (an archive entry), when it has several. */
  readonly file?: string;
  /** 1-based physical line in the file (the line where the record starts). */
  readonly line?: number;
  /** 1-based column (field position) in the record. */
  readonly column?: number;
  /** The field (column header) concerned. */
  readonly field?: string;
  /** An excerpt of the raw text, at most {@link RAW_EXCERPT_LENGTH} characters. */
  readonly raw?: string;
}

/** Longest raw excerpt kept in an issue; longer text is cut and ends with `…`. */
export const RAW_EXCERPT_LENGTH = 120;

/** Cuts a raw value to {@link RAW_EXCERPT_LENGTH} characters for an issue. */
export function excerpt(raw: string): string {
  return raw.length <= RAW_EXCERPT_LENGTH ? raw : `${raw.slice(0, RAW_EXCERPT_LENGTH - 1)}…`;
}

/** Options of an {@link IssueList}. */
export interface IssueListOptions {
  /** Issues kept per code; the rest are only counted. Default 100. */
  readonly maxPerCode?: number;
}

/** Exact number of issues per code and severity, including those not kept. */
export interface IssueCount {
  readonly code: string;
  readonly severity: Severity;
  readonly count: number;
}

/**
 * A bounded list of issues: it keeps the first `maxPerCode` issues of each code and counts the
 * rest exactly, so a file with a million bad rows does not exhaust memory.
 */
export class IssueList {
  readonly #maxPerCode: number;
  readonly #kept: LoadIssue[] = [];
  readonly #counts = new Map<string, { severity: Severity; count: number }>();

  constructor(options: IssueListOptions = {}) {
    this.#maxPerCode = options.maxPerCode ?? 100;
  }

  /** Records an issue. */
  add(issue: LoadIssue): void {
    const key = `${issue.severity}:${issue.code}`;
    const entry = this.#counts.get(key);
    const count = (entry?.count ?? 0) + 1;
    this.#counts.set(key, { severity: issue.severity, count });
    if (count <= this.#maxPerCode) this.#kept.push(issue);
  }

  /** Records every issue of another list, keeping its exact counts. */
  addAll(other: IssueList): void {
    this.addCounted(other.issues, other.counts);
  }

  /**
   * Records the issues another load kept and its exact counts (a `LoadReport`'s `issues` and
   * `issueCounts`), so issues it counted but did not keep are still counted here.
   * @example
   * ```ts
   * const table = await readTable(file, Stops);
   * all.addCounted(table.issues, table.issueCounts);
   * ```
   */
  addCounted(kept: readonly LoadIssue[], counts: readonly IssueCount[]): void {
    const keptOfOther = new Map<string, number>();
    for (const issue of kept) {
      this.add(issue);
      const key = `${issue.severity}:${issue.code}`;
      keptOfOther.set(key, (keptOfOther.get(key) ?? 0) + 1);
    }
    for (const { code, severity, count } of counts) {
      const key = `${severity}:${code}`;
      const notKept = count - (keptOfOther.get(key) ?? 0);
      if (notKept === 0) continue;
      const entry = this.#counts.get(key) ?? { severity, count: 0 };
      entry.count += notKept;
      this.#counts.set(key, entry);
    }
  }

  /** The issues kept, in the order they were found. */
  get issues(): readonly LoadIssue[] {
    return this.#kept;
  }

  /** Exact counts per code and severity, kept or not. */
  get counts(): readonly IssueCount[] {
    return [...this.#counts].map(([key, { severity, count }]) => ({
      code: key.slice(severity.length + 1),
      severity,
      count,
    }));
  }

  /** Total number of issues recorded, kept or not. */
  get total(): number {
    let total = 0;
    for (const { count } of this.#counts.values()) total += count;
    return total;
  }

  /** Number of issues of a severity, kept or not. */
  countOf(severity: Severity): number {
    let total = 0;
    for (const entry of this.#counts.values())
      if (entry.severity === severity) total += entry.count;
    return total;
  }
}

const DATA_ERROR_MARKER = Symbol.for('@datacites/core.DataError');

/**
 * Thrown by loaders in strict mode, and for failures that stop a load: lists every issue found.
 * Use {@link DataError.isInstance} rather than `instanceof` when several copies of the package
 * may be installed.
 */
export class DataError extends Error {
  readonly [DATA_ERROR_MARKER] = true;
  /** The issues kept (bounded per code). */
  readonly issues: readonly LoadIssue[];
  /** Exact counts per code, including issues not kept. */
  readonly counts: readonly IssueCount[];

  constructor(message: string, issues: readonly LoadIssue[], counts?: readonly IssueCount[]) {
    super(`${message}\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'DataError';
    this.issues = issues;
    this.counts = counts ?? countIssues(issues);
  }

  /** True when `value` is a DataError from any copy of this package. */
  static isInstance(value: unknown): value is DataError {
    return typeof value === 'object' && value !== null && DATA_ERROR_MARKER in value;
  }
}

function countIssues(issues: readonly LoadIssue[]): IssueCount[] {
  const list = new IssueList({ maxPerCode: 0 });
  for (const issue of issues) list.add(issue);
  return [...list.counts];
}

/** One line for people: `error stops.txt:12 [stop_lat] invalid_number: …`. */
export function formatIssue(issue: LoadIssue): string {
  const place = [issue.source, issue.file].filter(Boolean).join('!');
  const where = `${place}${issue.line === undefined ? '' : `:${issue.line}`}`;
  const field = issue.field === undefined ? '' : ` [${issue.field}]`;
  return `${issue.severity} ${where}${field} ${issue.code}: ${issue.message}`.replace(/\s+/g, ' ');
}
