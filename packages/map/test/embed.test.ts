import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { type Browser, chromium } from 'playwright';
import { build } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, ensureChromium } from '../../../config/chromium.mjs';
import { embedBuildOptions } from '../tsup.config.ts';

// The embed promise: a plain HTML page with only the script tag and the element renders a layer.
// The self-contained bundle is built into a temporary folder, served on 127.0.0.1 with the page
// and the GeoJSON, and opened in headless Chromium (no Vite, no import map, no other script).

const outDir = mkdtempSync(join(tmpdir(), 'datacites-embed-'));
const fixture = new URL(
  './fixtures/departements-centre-val-de-loire-vienne.geojson',
  import.meta.url,
);

// Cher 10 → class 1 (red), Vienne 70 → class 3 (blue) — values given through `property="v"`
// after the test adds them to the served GeoJSON.
const PAGE = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Embed</title></head>
<body>
<script type="module" src="/embed/datacites-map.js"></script>
<datacites-map center="1.4,47.2" zoom="5.6" height="360px" style="width:480px">
  <datacites-layer type="choropleth" src="/departements.geojson" property="v" method="manual"
    breaks="10,30,50,70" colors="#ff0000,#00ff00,#0000ff" opacity="1" title="Consommation"
    name-property="nom"></datacites-layer>
</datacites-map>
</body>
</html>`;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.html': 'text/html',
  '.geojson': 'application/geo+json',
};

let server: Server;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  await build({ ...embedBuildOptions(join(outDir, 'embed')), silent: true });
  const boundaries = JSON.parse(await readFile(fixture, 'utf8'));
  const values: Record<string, number> = { 18: 10, 28: 20, 36: 30, 37: 40, 41: 50, 45: 60, 86: 70 };
  for (const feature of boundaries.features) feature.properties.v = values[feature.properties.code];
  const geojson = JSON.stringify(boundaries);
  server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    try {
      const body =
        path === '/'
          ? PAGE
          : path === '/departements.geojson'
            ? geojson
            : await readFile(join(outDir, path.replace(/^\/+/, '')));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'text/html' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  rmSync(outDir, { recursive: true, force: true });
});

describe('embed bundle', () => {
  it('renders a choropleth from one script tag and the element', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(origin);
    const pixels = await page.evaluate(async () => {
      const element = document.querySelector('datacites-map')!;
      type Detail = { dataMap: { map: import('maplibre-gl').Map } };
      const existing = (element as unknown as { dataMap?: Detail['dataMap'] }).dataMap;
      const dataMap =
        existing ??
        (await new Promise<Detail['dataMap']>((resolve) =>
          element.addEventListener('datacites:ready', (event) =>
            resolve((event as CustomEvent<Detail>).detail.dataMap),
          ),
        ));
      const map = dataMap.map;
      await new Promise((resolve) => {
        map.once('idle', resolve);
        map.triggerRepaint();
      });
      // Read during a render: the drawing buffer is still there (no preserveDrawingBuffer).
      return new Promise<number[][]>((resolve) => {
        map.once('render', () => {
          const canvas = map.getCanvas();
          const gl = canvas.getContext('webgl2') as WebGL2RenderingContext;
          const ratio = gl.drawingBufferWidth / canvas.clientWidth;
          const read = (lngLat: [number, number]) => {
            const point = map.project(lngLat);
            const pixel = new Uint8Array(4);
            gl.readPixels(
              Math.round(point.x * ratio),
              gl.drawingBufferHeight - 1 - Math.round(point.y * ratio),
              1,
              1,
              gl.RGBA,
              gl.UNSIGNED_BYTE,
              pixel,
            );
            return [...pixel];
          };
          resolve([read([2.4, 47.08]), read([0.34, 46.58])]);
        });
        map.triggerRepaint();
      });
    });
    // Bourges (Cher, 10) in red, Poitiers (Vienne, 70) in blue.
    expect(pixels).toEqual([
      [255, 0, 0, 255],
      [0, 0, 255, 255],
    ]);
    const legend = await page.locator('.datacites-legend li').allTextContents();
    expect(legend).toEqual(['10 – 30', '30 – 50', '50 – 70']);
    // MapLibre's worker was loaded from beside the bundle, and nothing left 127.0.0.1.
    expect(
      requests.some(
        (url) =>
          url.endsWith('/embed/maplibre-gl-worker.mjs') ||
          url.includes('/embed/maplibre-gl-worker.mjs?'),
      ),
    ).toBe(true);
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:'))).toEqual(
      [],
    );
    expect(errors).toEqual([]);
    await page.waitForTimeout(300);
    await page.screenshot({
      path: new URL('../src/__screenshots__/embed.png', import.meta.url).pathname,
    });
    await page.close();
  }, 60_000);
});
