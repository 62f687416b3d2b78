/**
 * Reading zip files: the central directory (sizes, methods, offsets, as the PKWARE APPNOTE lays
 * them out) and entries inflated natively (or with fflate), checking the limits as bytes come.
 * @packageDocumentation
 */

import { Inflate } from 'fflate';
import { platform } from '#platform';
import type { ArchiveEntry, ArchiveLimits } from './archive.js';
import { DataError } from './issues.js';

const RATIO_FLOOR = 1 << 20;
const INFLATE_CHUNK = 64 * 1024;

/** A `DataError` with one `archive_limit` issue. */
export function limitError(archive: string, file: string | undefined, message: string): DataError {
  return new DataError(`Archive limit exceeded in ${archive}`, [
    {
      code: 'archive_limit',
      severity: 'error',
      source: archive,
      ...(file ? { file } : {}),
      message,
    },
  ]);
}

/** The file name of a `/`-separated path. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** An entry of the central directory. */
export interface ZipRecord extends ArchiveEntry {
  readonly method: number;
  readonly offset: number;
}

/** Lists a zip's files from its central directory (folders left out). */
export function readCentralDirectory(
  name: string,
  bytes: Uint8Array,
  limits: Required<ArchiveLimits>,
): ZipRecord[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  const broken = (message: string) =>
    new DataError(`Unreadable zip ${name}`, [
      { code: 'invalid_zip', severity: 'error', source: name, message },
    ]);
  if (eocd < 0) throw broken('No end of central directory record');
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw broken('ZIP64 archives are not supported');
  if (count > limits.maxEntries)
    throw limitError(name, undefined, `${count} entries, more than ${limits.maxEntries}`);
  const decoder = new TextDecoder();
  const records: ZipRecord[] = [];
  let declared = 0;
  for (let k = 0; k < count; k++) {
    if (offset + 46 > bytes.byteLength || view.getUint32(offset, true) !== 0x02014b50)
      throw broken(`Bad central directory entry ${k + 1}`);
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const local = view.getUint32(offset + 42, true);
    const path = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
    if (path.endsWith('/')) continue;
    declared += size;
    if (declared > limits.maxTotalBytes)
      throw limitError(name, path, `Declares more than ${limits.maxTotalBytes} bytes uncompressed`);
    records.push({ path, name: baseName(path), size, compressedSize, method, offset: local });
  }
  return records;
}

/** Inflates one entry as chunks, under the limits; `count` sees every byte produced. */
export async function* inflateEntry(
  archive: string,
  bytes: Uint8Array,
  record: ZipRecord,
  limits: Required<ArchiveLimits>,
  signal: AbortSignal | undefined,
  count: (bytes: number) => void,
): AsyncIterable<Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(record.offset, true) !== 0x04034b50)
    throw limitError(archive, record.path, 'Bad local file header');
  const start =
    record.offset +
    30 +
    view.getUint16(record.offset + 26, true) +
    view.getUint16(record.offset + 28, true);
  const data = bytes.subarray(start, start + record.compressedSize);
  if (record.method === 0) {
    count(data.byteLength);
    yield data;
    return;
  }
  if (record.method !== 8)
    throw new DataError(`Unsupported compression in ${archive}`, [
      {
        code: 'unsupported_compression',
        severity: 'error',
        source: archive,
        file: record.path,
        message: `Method ${record.method}`,
      },
    ]);
  // The host's native inflater when it has one (zlib in Node, DecompressionStream in browsers:
  // in `pnpm bench` of @datacites/gtfs, fflate took about a quarter of a zipped feed's load).
  const pieces = platform.inflateRaw(data, signal) ?? inflateWithFflate(data, signal);
  let written = 0;
  for await (const chunk of pieces) {
    signal?.throwIfAborted();
    written += chunk.byteLength;
    count(chunk.byteLength);
    if (written > record.size)
      throw limitError(
        archive,
        record.path,
        `Inflates past its declared size of ${record.size} bytes`,
      );
    // Output is checked against all the compressed bytes: at most maxRatio times them come out.
    if (written > RATIO_FLOOR && written / data.byteLength > limits.maxRatio)
      throw limitError(
        archive,
        record.path,
        `Compression ratio above ${limits.maxRatio}: a zip bomb?`,
      );
    yield chunk;
  }
}

/** Inflates raw DEFLATE data with fflate, in 64 KiB steps. */
function* inflateWithFflate(
  data: Uint8Array,
  signal: AbortSignal | undefined,
): Iterable<Uint8Array> {
  let out: Uint8Array[] = [];
  const inflate = new Inflate((chunk) => out.push(chunk));
  for (let offset = 0; offset < data.byteLength; offset += INFLATE_CHUNK) {
    signal?.throwIfAborted();
    const end = Math.min(offset + INFLATE_CHUNK, data.byteLength);
    inflate.push(data.subarray(offset, end), end === data.byteLength);
    yield* out;
    out = [];
  }
}
