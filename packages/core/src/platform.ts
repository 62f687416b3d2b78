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
}
