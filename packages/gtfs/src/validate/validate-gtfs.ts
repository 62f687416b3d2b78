/**
 * `validateGtfs`: the load issues and the rules of this folder as notices, with a JSON report
 * and a short summary.
 * @packageDocumentation
 */
import type { GtfsFeed } from '../feed.js';
import { checkRoutes, checkStops } from './entity-rules.js';
import { checkExtensions } from './extension-rules.js';
import { checkFaresAndFlex } from './fares-flex-rules.js';
import { checkExpiry, checkFormats, checkRanges } from './feed-rules.js';
import { checkKeys } from './key-rules.js';
import { addLoadNotices } from './load-notices.js';
import { type Notice, type NoticeCount, NoticeList, type RowLineLookup } from './notices.js';
import { checkPathways } from './pathway-rules.js';
import { checkStopsAgainstShapes } from './shape-stop-rules.js';
import { checkTrips } from './trip-rules.js';

/** Options of {@link validateGtfs}. */
export interface ValidateOptions {
  /** The date expiry rules compare with (ISO). Default: today (UTC). */
  readonly today?: string;
  /** Notices kept per code (all are counted). Default 100. */
  readonly maxNoticesPerCode?: number;
}

/** What {@link validateGtfs} returns. */
export interface ValidationReport {
  /** Notices kept (the first `maxNoticesPerCode` of each code). */
  readonly notices: readonly Notice[];
  /** Exact counts per code, errors first. */
  readonly counts: readonly NoticeCount[];
  /** Number of notices by severity. */
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** A few lines for people: totals, then each code with its count. */
  summary(): string;
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Looks up the source line of a kept row from the loader's per-file `lines`. */
function rowLines(feed: GtfsFeed): RowLineLookup {
  const byFile = new Map<string, Uint32Array>();
  for (const report of feed.report) {
    if (report.lines) byFile.set(report.file.slice(report.file.lastIndexOf('/') + 1), report.lines);
  }
  return (file, row) => byFile.get(file)?.[row];
}

/**
 * Validates a loaded feed: load problems (renamed to MobilityData codes), keys, stop hierarchy,
 * coordinates, route names and colours, stop-time order and times, distances, speeds, unused
 * entities, calendar ranges and expiry, field formats, pathway graphs, Fares v2 timeframes and
 * transfer rules, Flex booking rules, and stops against their trips' shapes.
 * @example
 * ```ts
 * const report = validateGtfs(await loadGtfs('feed.zip'), { today: '2026-05-01' });
 * console.log(report.summary());
 * await writeFile('report.json', JSON.stringify(report));
 * ```
 */
export function validateGtfs(feed: GtfsFeed, options: ValidateOptions = {}): ValidationReport {
  const list = new NoticeList(options.maxNoticesPerCode ?? 100, rowLines(feed));
  addLoadNotices(feed, list);
  checkKeys(feed, list);
  checkStops(feed, list);
  checkRoutes(feed, list);
  checkTrips(feed, list);
  checkRanges(feed, list);
  checkExpiry(feed, options.today ?? new Date().toISOString().slice(0, 10), list);
  checkFormats(feed, list);
  checkExtensions(feed, list);
  checkPathways(feed, list);
  checkFaresAndFlex(feed, list);
  checkStopsAgainstShapes(feed, list);
  const counts = list.counts.sort(
    (a, b) => ORDER[a.severity] - ORDER[b.severity] || (a.code < b.code ? -1 : 1),
  );
  const total = (severity: keyof typeof ORDER) =>
    counts.filter((c) => c.severity === severity).reduce((sum, c) => sum + c.count, 0);
  const errors = total('error');
  const warnings = total('warning');
  const infos = total('info');
  return {
    notices: list.notices,
    counts,
    errors,
    warnings,
    infos,
    summary: () =>
      [
        `${errors} error(s), ${warnings} warning(s), ${infos} info notice(s)`,
        ...counts.map((c) => `  ${c.severity.padEnd(7)} ${c.code}: ${c.count}`),
      ].join('\n'),
  };
}
