/**
 * `loadGtfs`: a whole feed from a zip, a folder, a URL, a `File` or bytes, through
 * `@datacites/core` (archive, decoding, delimited text, zod schemas, issues, accounts).
 * @packageDocumentation
 */
import {
  type Archive,
  type ArchiveEntry,
  type ArchiveLimits,
  type ColumnarTable,
  DataError,
  decodeText,
  IssueList,
  type LoadOptions,
  type LoadProgress,
  openArchive,
  readColumns,
  readTable,
  type Source,
} from '@datacites/core';
import type { FeatureCollection } from 'geojson';
import type { ColumnarRows, FileReport, GtfsFeed, UnknownFile } from '../feed.js';
import { GTFS_FILES, type GtfsFileSpec, LOCATIONS_FILE } from '../schema/registry.js';
import { peekHeader, tableForHeader } from './header-table.js';

/** Options of {@link loadGtfs}. */
export interface LoadGtfsOptions {
  /** Stops the load; the promise rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Issues kept per code and file (all are counted). Default 100. */
  readonly maxIssuesPerCode?: number;
  /** Archive limits (total uncompressed bytes, compression ratio, entries). */
  readonly limits?: ArchiveLimits;
  /** Called after each chunk of each file. */
  readonly onProgress?: (progress: LoadProgress) => void;
}

/**
 * Loads a GTFS Schedule feed. Every file of the reference is read with its schema (IDs as
 * strings, dates as ISO `YYYY-MM-DD`, times as seconds, so `25:10:00` is 90 600);
 * `stop_times.txt` and `shapes.txt` are stored as typed columns. Unknown files and columns are
 * kept and reported as `info`; bad rows are rejected with issues and counted in `report`.
 * @param source a zip or folder path (Node), a URL, a `File`/`Blob`, bytes or a stream
 * @example
 * ```ts
 * const feed = await loadGtfs('caltrain_20160406.zip');
 * console.log(feed.trips.length, feed.stopTimes.length); // 218 3103
 * for (const file of feed.report) console.log(file.file, file.account?.rowsRejected);
 * ```
 */
export async function loadGtfs(source: Source, options: LoadGtfsOptions = {}): Promise<GtfsFeed> {
  const archive = await openArchive(source, {
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const issues = new IssueList({ maxPerCode: options.maxIssuesPerCode ?? 100 });
  for (const issue of archive.issues) issues.add(issue);
  const tables: Record<string, unknown> = {};
  const report: FileReport[] = [];
  const used = new Set<string>();
  for (const spec of GTFS_FILES) {
    const entry = archive.find(spec.file);
    if (!entry) {
      report.push({ file: spec.file, status: 'absent', extraColumns: [], issueCounts: [] });
      tables[spec.key] = spec.columnar ? emptyColumns() : [];
      continue;
    }
    used.add(entry.path);
    const loaded = await loadFile(archive, entry, spec, options);
    issues.addAll(loaded.issues);
    tables[spec.key] = loaded.data;
    report.push(loaded.report);
  }
  let locations: FeatureCollection | undefined;
  const locationsEntry = archive.find(LOCATIONS_FILE);
  if (locationsEntry) {
    used.add(locationsEntry.path);
    locations = await readLocations(archive, locationsEntry, issues, report, options.signal);
  }
  const unknownFiles: UnknownFile[] = [];
  for (const entry of archive.entries) {
    if (used.has(entry.path) || entry.path.endsWith('/')) continue;
    let bytes: Uint8Array;
    try {
      bytes = await archive.bytes(entry, options.signal);
    } catch (error) {
      options.signal?.throwIfAborted();
      issues.add(unreadable(archive, entry, error));
      continue;
    }
    unknownFiles.push({ file: entry.path, bytes });
    const issue = {
      code: 'unknown_file',
      severity: 'info' as const,
      source: archive.name,
      file: entry.path,
      message: `${entry.path} is not a GTFS Schedule file: kept as bytes, not read`,
    };
    issues.add(issue);
    report.push({
      file: entry.path,
      status: 'unknown',
      extraColumns: [],
      issueCounts: [{ code: issue.code, severity: issue.severity, count: 1 }],
    });
  }
  checkRequiredFiles(archive, locations !== undefined, issues);
  return {
    ...(tables as unknown as Omit<
      GtfsFeed,
      'locations' | 'unknownFiles' | 'report' | 'issues' | 'issueCounts'
    >),
    locations,
    unknownFiles,
    report,
    issues: issues.issues,
    issueCounts: issues.counts,
  };
}

/** An entry the archive could not read (a failure inside the reading layer). */
function unreadable(archive: Archive, entry: ArchiveEntry, error: unknown) {
  return {
    code: 'unreadable_file',
    severity: 'error' as const,
    source: archive.name,
    file: entry.path,
    message: `Could not read ${entry.path}: ${error instanceof Error ? error.message : String(error)}`,
  };
}

interface LoadedFile {
  readonly data: unknown;
  readonly issues: IssueList;
  readonly report: FileReport;
}

async function loadFile(
  archive: Archive,
  entry: ArchiveEntry,
  spec: GtfsFileSpec,
  options: LoadGtfsOptions,
): Promise<LoadedFile> {
  const issues = new IssueList({ maxPerCode: options.maxIssuesPerCode ?? 100 });
  const place = { source: archive.name, file: entry.path };
  try {
    const header = await peekHeader(archive.open(entry, options.signal), options.signal);
    const { table, extraColumns } = tableForHeader(spec.table, header);
    for (const name of extraColumns) {
      issues.add({
        ...place,
        code: 'unknown_column',
        severity: 'info',
        line: 1,
        column: header.indexOf(name) + 1,
        field: name,
        message: `${name} is not a column of ${spec.file} in the GTFS reference: kept as text`,
      });
    }
    const loadOptions: LoadOptions = {
      delimiter: ',',
      headerLine: 1,
      file: entry.path,
      source: archive.name,
      maxIssuesPerCode: options.maxIssuesPerCode ?? 100,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    };
    const result = spec.columnar
      ? await readColumns(archive.open(entry, options.signal), table, loadOptions)
      : await readTable(archive.open(entry, options.signal), table, loadOptions);
    issues.addCounted(result.issues, result.issueCounts);
    const data = spec.columnar
      ? columnarRows(result as ColumnarTable<unknown>)
      : (result as { rows: unknown[] }).rows;
    const report: FileReport = {
      file: entry.path,
      status: 'loaded',
      account: result.account,
      extraColumns,
      issueCounts: issues.counts,
    };
    // One number per row: kept out of JSON.stringify(feed.report) and of object spreads.
    Object.defineProperty(report, 'lines', { value: result.lines, enumerable: false });
    return { data, issues, report };
  } catch (error) {
    options.signal?.throwIfAborted();
    if (DataError.isInstance(error))
      for (const issue of error.issues) issues.add({ ...place, ...issue });
    else issues.add(unreadable(archive, entry, error));
    return {
      data: spec.columnar ? emptyColumns() : [],
      issues,
      report: { file: entry.path, status: 'loaded', extraColumns: [], issueCounts: issues.counts },
    };
  }
}

async function readLocations(
  archive: Archive,
  entry: ArchiveEntry,
  issues: IssueList,
  report: FileReport[],
  signal: AbortSignal | undefined,
): Promise<FeatureCollection | undefined> {
  const own = new IssueList();
  const place = { source: archive.name, file: entry.path };
  let collection: FeatureCollection | undefined;
  try {
    const parsed: unknown = JSON.parse(decodeText(await archive.bytes(entry, signal)).text);
    const value = parsed as { type?: unknown; features?: unknown };
    if (value?.type === 'FeatureCollection' && Array.isArray(value.features))
      collection = parsed as FeatureCollection;
    else
      own.add({
        ...place,
        code: 'invalid_geometry',
        severity: 'error',
        message: 'locations.geojson is not a GeoJSON FeatureCollection',
      });
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    own.add({ ...place, code: 'malformed_json', severity: 'error', message: error.message });
  }
  issues.addAll(own);
  report.push({ file: entry.path, status: 'loaded', extraColumns: [], issueCounts: own.counts });
  return collection;
}

function checkRequiredFiles(archive: Archive, hasLocations: boolean, issues: IssueList): void {
  const has = (file: string) => archive.find(file) !== undefined;
  const missing = (file: string, message: string) =>
    issues.add({
      code: 'missing_required_file',
      severity: 'error',
      source: archive.name,
      file,
      message,
    });
  for (const spec of GTFS_FILES)
    if (spec.presence === 'required' && !has(spec.file))
      missing(spec.file, `${spec.file} is required by the GTFS reference`);
  if (!has('stops.txt') && !hasLocations)
    missing('stops.txt', 'stops.txt is required when there is no locations.geojson');
  if (!has('calendar.txt') && !has('calendar_dates.txt'))
    issues.add({
      code: 'missing_calendar_and_calendar_date_files',
      severity: 'error',
      source: archive.name,
      file: 'calendar.txt',
      message: 'Neither calendar.txt nor calendar_dates.txt: no trip can run',
    });
}

function columnarRows<Row>(table: ColumnarTable<Row>): ColumnarRows<Row> {
  const columns = table.columns as unknown as Record<string, ColumnarTable<Row>['columns'][never]>;
  return {
    length: table.length,
    column: (name) => columns[name],
    row: (index) => table.row(index),
    rows: () => table.rows(),
  };
}

function emptyColumns<Row>(): ColumnarRows<Row> {
  return {
    length: 0,
    column: () => undefined,
    row: (index) => {
      throw new RangeError(`No row ${index} in an empty table`);
    },
    rows: () => [][Symbol.iterator](),
  };
}
