/**
 * The {@link Platform} used when the package runs from its TypeScript sources (the
 * `@datacites/source` condition of the workspace, in tests of every package): it chooses at run
 * time and loads the Node file only in Node, so browser tests never load `node:*` modules. Built
 * packages choose through the `node`/`browser` conditions of `#platform` instead.
 * @packageDocumentation
 */
import type { LocalFile, Platform } from './platform.js';
import { platform as browser } from './platform-browser.js';

const isNode =
  typeof process !== 'undefined' &&
  typeof (process as { versions?: { node?: string } }).versions?.node === 'string';

let node: Promise<Platform> | undefined;
const loadNode = () => {
  node ??= import('./platform-node.js').then((module) => module.platform);
  return node;
};

/** Node's implementation in Node, the browser's elsewhere. */
export const platform: Platform = isNode
  ? {
      hasFileSystem: true,
      async fileSize(path: string) {
        return (await loadNode()).fileSize(path);
      },
      async *readFileChunks(path: string, chunkSize: number, signal?: AbortSignal) {
        yield* (await loadNode()).readFileChunks(path, chunkSize, signal);
      },
      async listFolder(path: string): Promise<LocalFile[] | undefined> {
        return (await loadNode()).listFolder(path);
      },
      inflateRaw(data: Uint8Array, signal?: AbortSignal) {
        return (async function* () {
          yield* (await loadNode()).inflateRaw(data, signal)!;
        })();
      },
    }
  : browser;
