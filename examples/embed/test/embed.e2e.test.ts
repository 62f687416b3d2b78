import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Gallery,
  mapPixels,
  pageWithErrors,
  rgba,
  screenshot,
  startGallery,
} from '../../e2e-support.ts';

// The embed page as built by build.mjs (plain HTML + the map package's embed bundle), served by
// the gallery server and opened in real headless Chromium.

let gallery: Gallery;
beforeAll(async () => {
  gallery = await startGallery();
});
afterAll(async () => {
  await gallery?.close();
});

// The page's manual classes: breaks="1000000,1500000,2250000,3000000,4000000,5000000", ramp
// YlOrRd with 5 classes (colorbrewer2.org): #ffffb2 #fecc5c #fd8d3c #f03b20 #bd0026, opacity 1.
// 2019 electricity by département, awk over the shared ORE file (sum of column 30 of the
// "Electricité" rows of 2019): Indre 1 424 338.1 → class 1 (#ffffb2); Cher 2 126 852.7 → class 2
// (#fecc5c); Indre-et-Loire 3 614 573.4 → class 4 (#f03b20); Loiret 4 504 696.8 → class 5
// (#bd0026). Points away from the ATMO commune dots: Châteauroux, Bourges-north, Tours, Montargis.
/** The part of MapLibre's map the test uses (the page exposes it as `window.embedMap`). */
type EmbedMap = {
  once(event: 'idle', listener: () => void): unknown;
  triggerRepaint(): void;
  project(lngLat: [number, number]): { x: number; y: number };
  getCanvas(): HTMLCanvasElement;
};

const points: Record<string, [number, number]> = {
  chateauroux: [1.69, 46.81],
  cher: [2.55, 47.3],
  tours: [0.69, 47.39],
  montargis: [2.73, 48.0],
};

describe('embed', () => {
  it('renders the <datacites-map> element from one script tag, and reports a selection', async () => {
    const { page, errors } = await pageWithErrors(gallery.browser, { width: 1000, height: 900 });
    await page.goto(`${gallery.origin}/`);
    await page.getByRole('link', { name: 'embed' }).click();
    await page.waitForSelector('body[data-ready="true"]', { timeout: 45_000 });
    // The page loads exactly one script file of its own: the embed bundle.
    const scripts = await page.$$eval('script[src]', (list) =>
      list.map((s) => s.getAttribute('src')),
    );
    expect(scripts).toEqual(['./datacites-map.js']);

    // Wait for a quiet map: repaint, then the next idle (the layers' data are loaded by then).
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const map = (window as unknown as { embedMap: EmbedMap }).embedMap;
          map.once('idle', () => resolve());
          map.triggerRepaint();
        }),
    );
    const pixels = await mapPixels(page, 'embedMap', points);
    expect(pixels.chateauroux).toEqual(rgba('#ffffb2'));
    expect(pixels.cher).toEqual(rgba('#fecc5c'));
    expect(pixels.tours).toEqual(rgba('#f03b20'));
    expect(pixels.montargis).toEqual(rgba('#bd0026'));

    // Interaction: clicking Loiret selects it (datacites:select), and the page says so.
    const box = await page.evaluate((lngLat) => {
      const map = (window as unknown as { embedMap: EmbedMap }).embedMap;
      const point = map.project(lngLat);
      const rect = map.getCanvas().getBoundingClientRect();
      return { x: rect.left + point.x, y: rect.top + point.y };
    }, points.montargis!);
    await page.mouse.click(box.x, box.y);
    await page.waitForFunction(() =>
      document.querySelector('#ready')?.textContent?.includes('Loiret'),
    );
    expect(await page.locator('#ready').textContent()).toBe('Sélection : Loiret');
    await screenshot(page, 'embed', 'embed');
    expect(errors).toEqual([]);
    await page.close();
  });
});
