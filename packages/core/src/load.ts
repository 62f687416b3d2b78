/**
 * The driver shared by every loader: open the source, gunzip when needed, decode text, feed the
 * {@link TableDecoder}, report progress, honour the abort signal, and close the account.
 * @packageDocumentation
 */
import { type ArchiveLimits, gunzipChunks, isGzip } from './archive.js';
import { ByteLane } from './byte-lane.js';
import { TextStreamDecoder } from './decode.js';
import { DataError, type IssueCount, IssueList, type LoadIssue } from './issues.js';
import { openSource, type ReadOptions, type Source } from './source.js';
import type { Table } from './table.js';
import {
  type DelimitedOptions,
  type LoadAccount,
  type RecordSink,
  TableDecoder,
} from './table-decoder.js';

/** Progress of a load, for progress bars. */
export interface LoadProgress {
  readonly file: string;
  readonly bytesRead: number;
  /** Undefined when the size is not known in advance (streams, compressed input). */
  readonly totalBytes: number | undefined;
  /** Data rows read so far. */
  readonly rows: number;
}

/** Options of every table load. */
export interface LoadOptions extends DelimitedOptions, ReadOptions {
  /** Force the text encoding; otherwise BOM, then UTF-8 with a windows-1252 fallback. */
  readonly encoding?: string;
  /** Throw one {@link DataError} listing every issue when any error was found. Default false. */
  readonly strict?: boolean;
  /** Issues kept per code (all are counted). Default 100. */
  readonly maxIssuesPerCode?: number;
  /** File name used in issues and the account. Default: the source's name. */
  readonly file?: string;
  /** Source name used in issues (e.g. the archive holding the file). */
  readonly source?: string;
  /** Called after each chunk. */
  readonly onProgress?: (progress: LoadProgress) => void;
  /**
   * Row objects: `auto` (default) validates with checks equivalent to the zod schema when every
   * column allows it and with zod otherwise; `zod` always runs zod.
   */
  readonly validation?: 'auto' | 'zod';
  /** Limits applied when the input is gzip-compressed. */
  readonly limits?: ArchiveLimits;
}

/** What every load returns beside its data. */
export interface LoadReport {
  /** Issues kept (the first `maxIssuesPerCode` of each code). */
  readonly issues: readonly LoadIssue[];
  /** Exact number of issues per code and severity. */
  readonly issueCounts: readonly IssueCount[];
  /** Every row accounted for. */
  readonly account: LoadAccount;
  /** Cleaned header names. */
  readonly header: readonly string[];
  /** Records found before the header (metadata lines), as fields. */
  readonly preamble: readonly (readonly string[])[];
}

/** Internal state of a load in progress. */
export interface LoadRun {
  readonly decoder: TableDecoder;
  readonly issues: IssueList;
  /** Yields after each chunk, once the chunk's rows reached the sink. */
  readonly steps: AsyncIterable<void>;
  report(): LoadReport;
}

/**
 * Bytes read by the text path before the byte lane may start: enough for the header detection's
 * 64 Ki-character sample even with some multi-byte characters.
 */
const HEADER_BYTES = 96 * 1024;
/** The same when the delimiter and the header line are given (no sample to take). */
const KNOWN_HEADER_BYTES = 8 * 1024;

function fileName(name: string, inArchive: boolean): string {
  if (inArchive) return name;
  const clean = name.replace(/[?#].*$/, '');
  return clean.slice(Math.max(clean.lastIndexOf('/'), clean.lastIndexOf('\\')) + 1) || name;
}

/** Starts a load: nothing is read until `steps` is iterated. */
export async function startLoad(
  source: Source,
  table: Pick<Table<unknown>, 'columns' | 'skipped'> | undefined,
  makeSink: (context: {
    issues: IssueList;
    place: { source?: string; file?: string };
  }) => RecordSink,
  options: LoadOptions,
): Promise<LoadRun> {
  const opened = await openSource(source, options);
  const file = options.file ?? fileName(opened.name, opened.container !== undefined);
  const issues = new IssueList({ maxPerCode: options.maxIssuesPerCode ?? 100 });
  const container = options.source ?? opened.container;
  const place = { file, ...(container ? { source: container } : {}) };
  const sink = makeSink({ issues, place });
  const decoder = new TableDecoder(table, sink, issues, {
    ...options,
    file,
    ...(container ? { source: container } : {}),
  });
  const text = new TextStreamDecoder({
    ...(options.encoding ? { encoding: options.encoding } : {}),
    file,
  });

  // With the delimiter and header line given, nothing is sniffed: a few lines reach the header.
  const headBytes =
    options.delimiter !== undefined && options.headerLine !== undefined
      ? KNOWN_HEADER_BYTES
      : HEADER_BYTES;

  async function* steps(): AsyncIterable<void> {
    let chunks = opened.chunks;
    let totalBytes = opened.totalBytes;
    let bytesRead = 0;
    let lane: ByteLane | undefined;
    const iterator = chunks[Symbol.asyncIterator]();
    let next = await iterator.next();
    if (!next.done && isGzip(next.value)) {
      const head = next.value;
      totalBytes = undefined;
      chunks = gunzipChunks(
        (async function* () {
          yield head;
          for (;;) {
            const more = await iterator.next();
            if (more.done) return;
            yield more.value;
          }
        })(),
        opened.name,
        options.limits,
        options.signal,
      );
      const inner = chunks[Symbol.asyncIterator]();
      for (;;) {
        const result = await inner.next();
        if (result.done) break;
        bytesRead += result.value.byteLength;
        yield* step(result.value, false);
      }
    } else {
      while (!next.done) {
        bytesRead += next.value.byteLength;
        yield* step(next.value, false);
        next = await iterator.next();
      }
    }
    yield* step(new Uint8Array(0), true);

    function* step(chunk: Uint8Array, final: boolean): Iterable<void> {
      options.signal?.throwIfAborted();
      if (!lane && !final && decoder.header === undefined && chunk.length > headBytes * 2) {
        // The header is found from the start of the file; the byte lane may read the rest.
        decoder.push(text.decode(chunk.subarray(0, headBytes), false), false);
        lane = ByteLane.open(decoder, text, options.maxRecordChars);
        chunk = chunk.subarray(headBytes);
      }
      if (lane) lane.push(chunk, final);
      else {
        decoder.push(text.decode(chunk, final), final);
        if (!final) lane = ByteLane.open(decoder, text, options.maxRecordChars);
      }
      decoder.account.bytesRead = bytesRead;
      options.onProgress?.({ file, bytesRead, totalBytes, rows: decoder.account.rowsRead });
      yield;
    }
  }

  return {
    decoder,
    issues,
    steps: steps(),
    report() {
      for (const issue of text.issues.splice(0)) issues.add({ ...place, ...issue });
      decoder.account.encoding = text.encoding;
      const report: LoadReport = {
        issues: issues.issues,
        issueCounts: issues.counts,
        account: decoder.account,
        header: decoder.header ?? [],
        preamble: decoder.preamble,
      };
      if (options.strict && issues.countOf('error') > 0) {
        throw new DataError(
          `${issues.countOf('error')} error(s) in ${file}`,
          issues.issues,
          issues.counts,
        );
      }
      return report;
    },
  };
}
