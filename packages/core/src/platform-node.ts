/**
 * Node implementation of {@link Platform}: file paths and folders through `node:fs`.
 * @packageDocumentation
 */
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import type { LocalFile, Platform } from './platform.js';

/** Output chunks of the native inflater: as large as the file chunks the decoders read best. */
const INFLATE_CHUNK = 1 << 20;

/** The Node host: reads files and folders, inflates with zlib (in the thread pool). */
export const platform: Platform = {
  hasFileSystem: true,
  isUtf8,
  inflateRaw(data) {
    // The abort signal is checked by the caller between chunks; leaving the loop destroys this.
    const inflater = Readable.from([data]).pipe(createInflateRaw({ chunkSize: INFLATE_CHUNK }));
    return (async function* () {
      try {
        for await (const chunk of inflater) {
          const buffer = chunk as Buffer;
          yield new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
        }
      } finally {
        inflater.destroy();
      }
    })();
  },
  async fileSize(path) {
    try {
      const info = await stat(path);
      return info.isFile() ? info.size : undefined;
    } catch {
      return undefined;
    }
  },
  async *readFileChunks(path, chunkSize, signal) {
    const stream = createReadStream(path, { highWaterMark: chunkSize, signal });
    for await (const chunk of stream) {
      const buffer = chunk as Buffer;
      yield new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    }
  },
  async listFolder(path) {
    try {
      if (!(await stat(path)).isDirectory()) return undefined;
    } catch {
      return undefined;
    }
    const entries = await readdir(path, { recursive: true, withFileTypes: true });
    const files: LocalFile[] = [];
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const absolutePath = join(entry.parentPath, entry.name);
      const size = (await stat(absolutePath)).size;
      files.push({ path: relative(path, absolutePath).split(sep).join('/'), absolutePath, size });
    }
    return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  },
};
