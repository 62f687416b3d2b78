/**
 * Problems found while loading, renamed to MobilityData notice codes where the meaning is the
 * same (others keep the `@datacites/core` code).
 * @packageDocumentation
 */
import type { GtfsFeed } from '../feed.js';
import { GTFS_FILES } from '../schema/registry.js';
import type { NoticeList } from './notices.js';

const RENAMED: Record<string, string> = {
  missing_value: 'missing_required_field',
  missing_column: 'missing_required_column',
  too_many_fields: 'invalid_row_length',
  too_few_fields: 'invalid_row_length',
  duplicate_header: 'duplicated_column',
  empty_header: 'empty_column_name',
  unterminated_quote: 'csv_parsing_failed',
  record_too_long: 'csv_parsing_failed',
};

const kinds = new Map(
  GTFS_FILES.flatMap((spec) =>
    spec.table.columns.map((column) => [`${spec.file}:${column.key}`, column.kind] as const),
  ),
);

/** The code MobilityData uses for a core issue, or the core code. */
export function noticeCodeOf(code: string, file?: string, field?: string): string {
  if (code === 'invalid_number')
    return kinds.get(`${file}:${field}`) === 'integer' ? 'invalid_integer' : 'invalid_float';
  if (code === 'invalid_value') return 'number_out_of_range';
  if (code === 'empty_file') return 'empty_file';
  return RENAMED[code] ?? code;
}

/** Adds the load issues of a feed (exact counts kept) as notices. */
export function addLoadNotices(feed: GtfsFeed, list: NoticeList): void {
  const kept = new Map<string, number>();
  for (const issue of feed.issues) {
    const code = noticeCodeOf(issue.code, issue.file, issue.field);
    const severity = code === 'empty_file' ? 'error' : issue.severity;
    list.add({
      code,
      severity,
      ...(issue.file ? { file: issue.file } : {}),
      ...(issue.line ? { line: issue.line } : {}),
      ...(issue.field ? { field: issue.field } : {}),
      message: issue.raw ? `${issue.message} (${issue.raw})` : issue.message,
    });
    const key = `${issue.severity}:${issue.code}`;
    kept.set(key, (kept.get(key) ?? 0) + 1);
  }
  for (const { code, severity, count } of feed.issueCounts) {
    const rest = count - (kept.get(`${severity}:${code}`) ?? 0);
    if (rest > 0) list.addCount(noticeCodeOf(code), severity, rest);
  }
}
