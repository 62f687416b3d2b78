/**
 * What the loading layer needs from its host, resolved through the package's `#platform` import:
 * Node reads file paths and folders, browsers have no file system. Keeping this behind a
 * conditional import is what keeps `node:*` modules out of the browser build.
 * @packageDocumentation
 */

/** A file of a local folder (Node only). */
export interface LocalFile {
  /** Path relative to the folder, with `/` separators. */
  readonly path: string;
  /** Absolute path. */
  readonly absolutePath: string;
  /** Size in bytes. */
  readonly size: number;
}

/** Host services used by sources and archives. */
export interface Platform {
  /** True when file paths can be read (Node). */
  readonly hasFileSystem: boolean;
  /** Size of a local file, or undefined when the path is not a file. */
  fileSize(path: string): Promise<number | undefined>;
  /** Reads a local file in chunks of about `chunkSize` bytes. */
  readFileChunks(path: string, chunkSize: number, signal?: AbortSignal): AsyncIterable<Uint8Array>;
  /** Lists the files of a local folder recursively, or undefined when `path` is not a folder. */
  listFolder(path: string): Promise<LocalFile[] | undefined>;
  /**
   * Inflates raw DEFLATE data (a zip entry) with the host's native decompressor, as chunks; or
   * undefined when the host has none (then fflate does it in JavaScript).
   */
  inflateRaw(data: Uint8Array, signal?: AbortSignal): AsyncIterable<Uint8Array> | undefined;
  /** Whether bytes are valid UTF-8, natively (Node's `buffer.isUtf8`); absent elsewhere. */
  readonly isUtf8?: (bytes: Uint8Array) => boolean;
}

/**
 * Raw DEFLATE through the web's `DecompressionStream('deflate-raw')` (browsers since 2023), or
 * undefined when the host lacks it.
 */
export function inflateRawWeb(data: Uint8Array): AsyncIterable<Uint8Array> | undefined {
  let stream: DecompressionStream;
  try {
    stream = new DecompressionStream('deflate-raw');
  } catch {
    return undefined;
  }
  const output = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream);
  return {
    async *[Symbol.asyncIterator]() {
      const reader = output.getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          yield value;
        }
      } finally {
        // Stops the decompression when the consumer leaves early (a limit was exceeded).
        reader.cancel().catch(() => {});
      }
    },
  };
}
