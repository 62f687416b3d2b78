import { setWorkerUrl } from 'maplibre-gl';

/**
 * Tells MapLibre 6 where its worker script (`maplibre-gl-worker.mjs`) is. MapLibre looks for it
 * next to its own module, which a bundler moves; call this (or pass `workerUrl` to `createMap`)
 * with the URL your bundler gives the file:
 *
 * - Vite: `import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'`
 * - webpack 5 / Parcel / Rollup with asset URLs:
 *   `new URL('maplibre-gl/dist/maplibre-gl-worker.mjs', import.meta.url).href`
 * - no bundler (import maps, CDN): not needed, the worker is found next to `maplibre-gl.mjs`.
 *
 * @example
 * ```ts
 * import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
 * useMapLibreWorker(workerUrl);
 * ```
 */
export function useMapLibreWorker(url: string | URL): void {
  setWorkerUrl(String(url));
}
