/**
 * Archives and containers: zip (a feed at the root or nested in one sub-folder, stray non-data
 * files listed but harmless), gzip, local folders (Node) and plain files, behind one listing.
 * Entries are inflated as streams with fflate, under limits against hostile input.
 * @packageDocumentation
 */
import { Gunzip } from 'fflate';
import { platform } from '#platform';
import { DataError, type LoadIssue } from './issues.js';
import {
  type NamedChunks,
  type ReadOptions,
  readBytes,
  type Source,
  sourceName,
} from './source.js';
import { baseName, inflateEntry, limitError, readCentralDirectory } from './zip.js';

/** Limits against zip bombs and other hostile archives. */
export interface ArchiveLimits {
  /** Most uncompressed bytes over all entries read. Default 4 GiB. */
  readonly maxTotalBytes?: number;
  /** Highest uncompressed/compressed ratio of an entry (checked past 1 MiB). Default 200. */
  readonly maxRatio?: number;
  /** Most entries in an archive. Default 10 000. */
  readonly maxEntries?: number;
}

/** One file of an archive or folder. */
export interface ArchiveEntry {
  /** Path inside the archive, `/`-separated. */
  readonly path: string;
  /** File name without folders. */
  readonly name: string;
  /** Uncompressed size in bytes (as declared by a zip). */
  readonly size: number;
  /** Compressed size in bytes (equal to `size` when stored or not compressed). */
  readonly compressedSize: number;
}

/** Options of {@link openArchive}. */
export interface ArchiveOptions extends ReadOptions {
  readonly limits?: ArchiveLimits;
}

/** Default limits. */
export const DEFAULT_LIMITS = { maxTotalBytes: 4 * 2 ** 30, maxRatio: 200, maxEntries: 10_000 };
const RATIO_FLOOR = 1 << 20;
const INFLATE_CHUNK = 64 * 1024;

type Opener = (entry: ArchiveEntry, signal?: AbortSignal) => AsyncIterable<Uint8Array> | Source;

/** A listed container: find entries by name and open them as sources. */
export class Archive {
  /** Name of the archive (path, URL or file name). */
  readonly name: string;
  /** Its files, sorted by path. */
  readonly entries: readonly ArchiveEntry[];
  /** Notes about the layout (e.g. a feed nested in a sub-folder). */
  readonly issues: readonly LoadIssue[];
  readonly #open: Opener;

  /** @internal */
  constructor(name: string, entries: ArchiveEntry[], open: Opener, issues: LoadIssue[] = []) {
    this.name = name;
    this.entries = entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    this.#open = open;
    this.issues = issues;
  }

  /**
   * The entry with this path, or else the only entry with this file name in any folder (a feed
   * zipped inside `feed/`); case-insensitive as a last resort.
   */
  find(name: string): ArchiveEntry | undefined {
    const exact = this.entries.find((entry) => entry.path === name);
    if (exact) return exact;
    const byName = this.entries.filter((entry) => entry.name === name);
    if (byName.length === 1) return byName[0];
    const lower = name.toLowerCase();
    const loose = this.entries.filter((entry) => entry.name.toLowerCase() === lower);
    return loose.length === 1 ? loose[0] : undefined;
  }

  /** Opens an entry (or the entry {@link find} gives for a name) as a {@link Source}. */
  open(entry: ArchiveEntry | string, signal?: AbortSignal): Source {
    const found = typeof entry === 'string' ? this.find(entry) : entry;
    if (!found)
      throw new DataError(`No ${String(entry)} in ${this.name}`, [
        {
          code: 'missing_file',
          severity: 'error',
          source: this.name,
          file: String(entry),
          message: 'Not in the archive',
        },
      ]);
    const opened = this.#open(found, signal);
    if (typeof opened === 'string') return opened;
    const chunks = opened as AsyncIterable<Uint8Array>;
    const named: NamedChunks = {
      name: found.path,
      container: this.name,
      ...(found.size >= 0 ? { size: found.size } : {}),
      [Symbol.asyncIterator]: () => chunks[Symbol.asyncIterator](),
    };
    return named;
  }

  /** Reads an entry whole. */
  async bytes(entry: ArchiveEntry | string, signal?: AbortSignal): Promise<Uint8Array> {
    return readBytes(this.open(entry, signal), signal ? { signal } : {});
  }
}

/**
 * Opens a zip, a gzip file, a folder (Node) or a plain file, and lists its entries.
 * @example
 * ```ts
 * const feed = await openArchive('gtfs.zip', { limits: { maxRatio: 100 } });
 * const stops = await readTable(feed.open('stops.txt'), Stops);
 * ```
 */
export async function openArchive(source: Source, options: ArchiveOptions = {}): Promise<Archive> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const name = sourceName(source);
  const signal = options.signal;
  if (typeof source === 'string' && platform.hasFileSystem) {
    const files = await platform.listFolder(source);
    if (files) {
      if (files.length > limits.maxEntries)
        throw limitError(name, undefined, `${files.length} files, more than ${limits.maxEntries}`);
      const byPath = new Map(files.map((file) => [file.path, file.absolutePath]));
      const entries = files.map((file) => ({
        path: file.path,
        name: baseName(file.path),
        size: file.size,
        compressedSize: file.size,
      }));
      return new Archive(name, entries, (entry) => byPath.get(entry.path)!);
    }
  }
  const bytes = await readBytes(source, options);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5)) {
    return openZip(name, bytes, limits);
  }
  const entryName = baseName(name.replace(/[?#].*$/, ''));
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    const inner = entryName.replace(/\.gz$/i, '') || 'data';
    const entry = { path: inner, name: inner, size: -1, compressedSize: bytes.byteLength };
    return new Archive(name, [entry], () => gunzipChunks(chunksOf(bytes), name, limits, signal));
  }
  const entry = {
    path: entryName,
    name: entryName,
    size: bytes.byteLength,
    compressedSize: bytes.byteLength,
  };
  // The opener yields the bytes as chunks (a bare Uint8Array is not an AsyncIterable).
  return new Archive(name, [entry], () => chunksOf(bytes));
}

async function* chunksOf(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  for (let offset = 0; offset < bytes.byteLength; offset += INFLATE_CHUNK)
    yield bytes.subarray(offset, offset + INFLATE_CHUNK);
}

/** True when the bytes start with the gzip magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Decompresses gzip chunks as they come, under the ratio and size limits.
 */
export async function* gunzipChunks(
  chunks: AsyncIterable<Uint8Array>,
  name: string,
  limits: ArchiveLimits = {},
  signal?: AbortSignal,
): AsyncIterable<Uint8Array> {
  const { maxTotalBytes, maxRatio } = { ...DEFAULT_LIMITS, ...limits };
  let out: Uint8Array[] = [];
  const gunzip = new Gunzip((data) => out.push(data));
  let read = 0;
  let written = 0;
  for await (const chunk of chunks) {
    for (let offset = 0; offset < chunk.byteLength; offset += INFLATE_CHUNK) {
      signal?.throwIfAborted();
      const piece = chunk.subarray(offset, offset + INFLATE_CHUNK);
      read += piece.byteLength;
      gunzip.push(piece, false);
      for (const data of out) {
        written += data.byteLength;
        if (written > maxTotalBytes)
          throw limitError(name, undefined, `More than ${maxTotalBytes} bytes uncompressed`);
        if (written > RATIO_FLOOR && written / read > maxRatio)
          throw limitError(
            name,
            undefined,
            `Compression ratio above ${maxRatio}: a decompression bomb?`,
          );
        yield data;
      }
      out = [];
    }
  }
  gunzip.push(new Uint8Array(0), true);
  yield* out;
}

function openZip(name: string, bytes: Uint8Array, limits: Required<ArchiveLimits>): Archive {
  const records = readCentralDirectory(name, bytes, limits);
  const issues: LoadIssue[] = [];
  const folders = new Set(
    records.map((record) => record.path.slice(0, record.path.lastIndexOf('/') + 1)),
  );
  if (folders.size === 1 && !folders.has('')) {
    issues.push({
      code: 'nested_folder',
      severity: 'info',
      source: name,
      message: `Every file is inside ${[...folders][0]}: entries are found by file name`,
    });
  }
  let total = 0;
  const byPath = new Map(records.map((record) => [record.path, record]));
  return new Archive(
    name,
    records.map(({ path, name: fileName, size, compressedSize }) => ({
      path,
      name: fileName,
      size,
      compressedSize,
    })),
    (entry, signal) =>
      inflateEntry(name, bytes, byPath.get(entry.path)!, limits, signal, (n) => {
        total += n;
        if (total > limits.maxTotalBytes)
          throw limitError(
            name,
            entry.path,
            `More than ${limits.maxTotalBytes} bytes uncompressed in total`,
          );
      }),
    issues,
  );
}
