/**
 * One {@link Source} type accepted by every loader, in Node and in browsers.
 * @packageDocumentation
 */
import { platform } from '#platform';

/**
 * Anything data can be loaded from: a file path (Node; in browsers a string is fetched as a URL),
 * a `URL` (fetched; `file:` URLs are read from disk in Node), a `File` or `Blob`, bytes, a
 * `ReadableStream<Uint8Array>` or any `AsyncIterable<Uint8Array>`.
 */
export type Source =
  | string
  | URL
  | Blob
  | ArrayBuffer
  | ArrayBufferView
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array>;

/** Options shared by everything that reads a {@link Source}. */
export interface ReadOptions {
  /** Stops the read; the promise rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Bytes per chunk when the source is read in pieces. Default 1 MiB. */
  readonly chunkSize?: number;
}

/** A source opened for reading: its name, its size when known, and its bytes in chunks. */
export interface OpenedSource {
  /** A name for issues and progress: the path, the URL, the file name, or `bytes`/`stream`. */
  readonly name: string;
  /** Total size in bytes, when known in advance. */
  readonly totalBytes: number | undefined;
  /** The archive the source is an entry of, if any. */
  readonly container?: string;
  /** The bytes, in order. Iterate once. */
  readonly chunks: AsyncIterable<Uint8Array>;
}

/**
 * Chunks that know where they come from: what {@link Archive.open} returns, so loads name the
 * entry (`file`), the archive (`source`) and the size in issues and progress.
 */
export interface NamedChunks extends AsyncIterable<Uint8Array> {
  /** Path of the entry. */
  readonly name: string;
  /** Name of the container (archive). */
  readonly container?: string;
  /** Size in bytes, when known. */
  readonly size?: number;
}

function isNamedChunks(source: Source): source is NamedChunks {
  return (
    typeof source === 'object' &&
    Symbol.asyncIterator in source &&
    typeof (source as { name?: unknown }).name === 'string'
  );
}

/** Default chunk size: 1 MiB. */
export const DEFAULT_CHUNK_SIZE = 1 << 20;

/** A readable name for a source, used in issues. */
export function sourceName(source: Source): string {
  if (typeof source === 'string') return source;
  if (source instanceof URL) return source.href;
  if (typeof File !== 'undefined' && source instanceof File) return source.name;
  if (typeof Blob !== 'undefined' && source instanceof Blob) return 'blob';
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) return 'bytes';
  if (isNamedChunks(source)) return source.name;
  return 'stream';
}

function isUrlString(text: string): boolean {
  return /^(https?|blob|data):/i.test(text);
}

/**
 * Opens a source for reading in chunks, without reading it all.
 * @example
 * ```ts
 * const { name, totalBytes, chunks } = await openSource('stop_times.txt');
 * for await (const chunk of chunks) console.log(name, chunk.byteLength, totalBytes);
 * ```
 */
export async function openSource(source: Source, options: ReadOptions = {}): Promise<OpenedSource> {
  const { signal } = options;
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  signal?.throwIfAborted();
  const name = sourceName(source);
  if (typeof source === 'string' || source instanceof URL) {
    const url = source instanceof URL ? source : undefined;
    if (url?.protocol === 'file:' || (typeof source === 'string' && !isUrlString(source))) {
      const path = url ? decodeURIComponent(url.pathname) : (source as string);
      if (platform.hasFileSystem) {
        const totalBytes = await platform.fileSize(path);
        if (totalBytes === undefined) throw new Error(`No such file: ${path}`);
        return { name, totalBytes, chunks: platform.readFileChunks(path, chunkSize, signal) };
      }
    }
    const response = await fetch(source, { signal });
    if (!response.ok || !response.body)
      throw new Error(`Could not fetch ${name}: HTTP ${response.status}`);
    const length = Number(response.headers.get('content-length'));
    const encoded = response.headers.get('content-encoding');
    const totalBytes = Number.isFinite(length) && length > 0 && !encoded ? length : undefined;
    return { name, totalBytes, chunks: streamChunks(response.body, signal) };
  }
  if (typeof Blob !== 'undefined' && source instanceof Blob) {
    return { name, totalBytes: source.size, chunks: blobChunks(source, chunkSize, signal) };
  }
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
    const bytes = toBytes(source);
    return { name, totalBytes: bytes.byteLength, chunks: sliceChunks(bytes, chunkSize, signal) };
  }
  if (typeof ReadableStream !== 'undefined' && source instanceof ReadableStream) {
    return { name, totalBytes: undefined, chunks: streamChunks(source, signal) };
  }
  if (isNamedChunks(source)) {
    return {
      name,
      totalBytes: source.size,
      ...(source.container === undefined ? {} : { container: source.container }),
      chunks: abortable(source, signal),
    };
  }
  if (Symbol.asyncIterator in source) {
    return { name, totalBytes: undefined, chunks: abortable(source, signal) };
  }
  throw new TypeError('Unsupported source: expected a path, URL, Blob, bytes or a stream');
}

/**
 * Reads a whole source into memory.
 * @example
 * ```ts
 * const bytes = await readBytes(new URL('https://example.org/feed.zip'));
 * ```
 */
export async function readBytes(source: Source, options: ReadOptions = {}): Promise<Uint8Array> {
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) return toBytes(source);
  if (typeof Blob !== 'undefined' && source instanceof Blob) {
    options.signal?.throwIfAborted();
    return new Uint8Array(await source.arrayBuffer());
  }
  const { chunks, totalBytes } = await openSource(source, options);
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    parts.push(chunk);
    size += chunk.byteLength;
  }
  if (parts.length === 1 && parts[0]!.byteLength === size) return parts[0]!;
  const bytes = new Uint8Array(Math.max(size, totalBytes ?? 0)).subarray(0, size);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return bytes;
}

/** Views any binary value as a `Uint8Array` without copying. */
export function toBytes(value: ArrayBuffer | ArrayBufferView): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}

async function* sliceChunks(bytes: Uint8Array, size: number, signal?: AbortSignal) {
  for (let offset = 0; offset < bytes.byteLength; offset += size) {
    signal?.throwIfAborted();
    yield bytes.subarray(offset, Math.min(offset + size, bytes.byteLength));
  }
}

async function* blobChunks(blob: Blob, size: number, signal?: AbortSignal) {
  for (let offset = 0; offset < blob.size; offset += size) {
    signal?.throwIfAborted();
    const part = blob.slice(offset, Math.min(offset + size, blob.size));
    yield new Uint8Array(await part.arrayBuffer());
  }
}

async function* streamChunks(stream: ReadableStream<Uint8Array>, signal?: AbortSignal) {
  const reader = stream.getReader();
  try {
    for (;;) {
      signal?.throwIfAborted();
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

async function* abortable(chunks: AsyncIterable<Uint8Array>, signal?: AbortSignal) {
  for await (const chunk of chunks) {
    signal?.throwIfAborted();
    yield chunk;
  }
}
