/** Bytes received so far and the expected total (undefined when the server does not say). */
export interface DownloadProgress {
  readonly loaded: number;
  readonly total: number | undefined;
}

/**
 * Downloads a bundled data file as a `File` (the same object a user's drag-and-drop gives the
 * loaders), reporting progress as the bytes arrive.
 *
 * @example
 * ```ts
 * const file = await fetchFile('data/linky.csv', ({ loaded, total }) => console.log(loaded, total));
 * ```
 */
export async function fetchFile(
  path: string,
  onProgress: (progress: DownloadProgress) => void = () => {},
): Promise<File> {
  const url = new URL(path, document.baseURI);
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${path}: HTTP ${response.status}`);
  const header = Number(response.headers.get('content-length'));
  const total = Number.isFinite(header) && header > 0 ? header : undefined;
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    onProgress({ loaded, total });
  }
  const name = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  return new File(chunks as BlobPart[], name);
}
