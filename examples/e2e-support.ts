// Shared by the examples' end-to-end tests: the gallery server on a free port, headless Chromium,
// a page that records console errors, and pixel reads from a MapLibre canvas.
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium, type Page } from 'playwright';
import { CHROMIUM_ARGS, ensureChromium } from '../config/chromium.mjs';
import { createGalleryServer } from '../scripts/gallery.mjs';

/** A running gallery server and browser. */
export interface Gallery {
  readonly origin: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Starts the gallery server on 127.0.0.1 (free port) over the built examples, and Chromium. */
export async function startGallery(): Promise<Gallery> {
  const server = createGalleryServer(new URL('.', import.meta.url).pathname);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  return {
    origin,
    browser,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

/** A new page whose console errors and uncaught exceptions are collected in `errors`. */
export async function pageWithErrors(
  browser: Browser,
  viewport = { width: 1200, height: 900 },
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

/**
 * RGBA of the canvas pixel under each lon/lat, read with `gl.readPixels` from the MapLibre map at
 * `window.<mapPath>` (dot-separated). The read happens inside a `render` event after a repaint,
 * while the drawing buffer is still there, so maps without `preserveDrawingBuffer` (such as the
 * `<datacites-map>` element's) can be read too.
 */
export async function mapPixels(
  page: Page,
  mapPath: string,
  points: Record<string, [number, number]>,
): Promise<Record<string, number[]>> {
  return page.evaluate(
    ({ mapPath, points }) => {
      type ProjectingMap = {
        getCanvas(): HTMLCanvasElement;
        project(lngLat: [number, number]): { x: number; y: number };
        once(event: 'render', listener: () => void): unknown;
        triggerRepaint(): void;
      };
      let found: unknown = window;
      for (const key of mapPath.split('.')) found = (found as Record<string, unknown>)?.[key];
      const map = found as ProjectingMap;
      return new Promise<Record<string, number[]>>((resolve) => {
        map.once('render', () => {
          const canvas = map.getCanvas();
          const gl = (canvas.getContext('webgl2') ??
            canvas.getContext('webgl')) as WebGLRenderingContext;
          const ratio = gl.drawingBufferWidth / canvas.clientWidth;
          const out: Record<string, number[]> = {};
          for (const [name, lngLat] of Object.entries(points)) {
            const point = map.project(lngLat);
            const pixel = new Uint8Array(4);
            const x = Math.round(point.x * ratio);
            const y = gl.drawingBufferHeight - 1 - Math.round(point.y * ratio);
            gl.readPixels(x, y, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
            out[name] = [...pixel];
          }
          resolve(out);
        });
        map.triggerRepaint();
      });
    },
    { mapPath, points },
  );
}

/** `#rrggbb` as [r, g, b, 255]. */
export function rgba(hex: string): number[] {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 255];
}

/** Saves a full-page screenshot to `<example>/__screenshots__/<name>.png`. */
export async function screenshot(page: Page, example: string, name: string): Promise<void> {
  const dir = new URL(`./${example}/__screenshots__/`, import.meta.url);
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: new URL(`${name}.png`, dir).pathname, fullPage: true });
}

/**
 * The tick labels of one axis (`x` or `y`) of each Observable Plot chart under `selector`, in
 * order, a label's lines (Plot's `tspan`s, such as `25` over `mars`) joined by `\n`.
 */
export async function axisTickLabels(
  page: Page,
  selector: string,
  axis: 'x' | 'y',
): Promise<string[]> {
  return page.$$eval(`${selector} svg g[aria-label="${axis}-axis tick label"] text`, (texts) =>
    texts.map((text) => {
      const lines = [...text.querySelectorAll('tspan')].map((line) => line.textContent ?? '');
      return lines.length > 0 ? lines.join('\n') : (text.textContent ?? '');
    }),
  );
}
