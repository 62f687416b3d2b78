import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, ensureChromium } from '../../../config/chromium.mjs';
import { createGalleryServer } from '../../../scripts/gallery.mjs';

// The built example (`vite build`, run by this package's test script) served by the gallery
// server, opened in real headless Chromium.

const examplesDir = new URL('../..', import.meta.url).pathname;
let browser: Browser;
let server: ReturnType<typeof createGalleryServer>;
let origin: string;

beforeAll(async () => {
  server = createGalleryServer(examplesDir);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('territory dashboard', () => {
  it('is listed by the gallery and draws Centre-Val de Loire with no console error', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(`${origin}/`);
    await page.getByRole('link', { name: 'territory-dashboard' }).click();
    await page.waitForSelector('body[data-map-ready="true"]', { timeout: 30_000 });

    // The six départements of the region, from the bundled IGN file (codes 18 28 36 37 41 45).
    expect(await page.locator('#departements li').count()).toBe(6);
    expect(await page.locator('#departements li').first().textContent()).toBe('18 — Cher');

    // Pixels: Bourges (2.40°E, 47.08°N) lies in Cher, drawn in the département fill (#2a9d8f at
    // 55 % over the land colour #f6f4ef); Paris (Île-de-France) is land, not in the region.
    const pixel = await page.evaluate(() => {
      const map = (window as unknown as { dashboardMap: import('maplibre-gl').Map }).dashboardMap;
      const gl = map.getCanvas().getContext('webgl2') as WebGL2RenderingContext;
      const ratio = gl.drawingBufferWidth / map.getCanvas().clientWidth;
      const read = (lngLat: [number, number]) => {
        const point = map.project(lngLat);
        const out = new Uint8Array(4);
        const x = Math.round(point.x * ratio);
        const y = gl.drawingBufferHeight - 1 - Math.round(point.y * ratio);
        gl.readPixels(x, y, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, out);
        return [...out];
      };
      return { bourges: read([2.4, 47.08]), paris: read([2.35, 48.86]) };
    });
    expect(pixel).not.toBeNull();
    // 0.55 × (42, 157, 143) + 0.45 × (246, 244, 239) = (133.8, 196.2, 186.2)
    const [r, g, b] = pixel!.bourges;
    expect(Math.abs(r! - 134)).toBeLessThanOrEqual(3);
    expect(Math.abs(g! - 196)).toBeLessThanOrEqual(3);
    expect(Math.abs(b! - 186)).toBeLessThanOrEqual(3);
    expect(pixel!.paris).toEqual([246, 244, 239, 255]);

    mkdirSync(new URL('../__screenshots__/', import.meta.url), { recursive: true });
    await page.waitForTimeout(300);
    await page.screenshot({
      path: new URL('../__screenshots__/territory-dashboard.png', import.meta.url).pathname,
    });
    expect(errors).toEqual([]);
    await page.close();
  });
});
