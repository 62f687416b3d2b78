/**
 * Browser implementation of {@link Platform}: there is no file system, so strings are URLs.
 * @packageDocumentation
 */
import { inflateRawWeb, type Platform } from './platform.js';

/** The browser host: no local files. */
export const platform: Platform = {
  hasFileSystem: false,
  async fileSize() {
    return undefined;
  },
  readFileChunks(path) {
    throw new Error(`Cannot read the file path ${path} in a browser: pass a URL, a File or bytes`);
  },
  async listFolder() {
    return undefined;
  },
  inflateRaw: inflateRawWeb,
};
