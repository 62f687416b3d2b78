import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axisTickLabels,
  type Gallery,
  mapPixels,
  pageWithErrors,
  rgba,
  screenshot,
  startGallery,
} from '../../e2e-support.ts';

// The built explorer served by the gallery server, opened in real headless Chromium.

let gallery: Gallery;
beforeAll(async () => {
  gallery = await startGallery();
});
afterAll(async () => {
  await gallery?.close();
});

type ProjectingMap = {
  project(lngLat: [number, number]): { x: number; y: number };
  unproject(point: [number, number]): { lng: number; lat: number };
};

// Independent counts, by a short python3 script over the bundled zip (calendar.txt weekday flags
// and date range, calendar_dates.txt exceptions, then stop_times rows at the stop that are not the
// trip's last call and whose pickup_type is not 1):
//   Caltrain, stop 70012 (San Francisco, 37.776348 N, -122.394935 E):
//   Monday 2016-04-04 (the busiest date): 92 trips, 46 departures;
//   Saturday 2016-04-09: 65 trips, 18 departures.
// Circles: radius 2 + 12 × departures / 46 px (domain [0, 46], the busiest stop of the busiest
// date), so 14 px on Monday and 2 + 12 × 18/46 = 6.7 px on Saturday, in #e63946, opaque.
const SF: [number, number] = [-122.394935, 37.776348];
// 3 km east of it, over the bay: 3000 m / (111 320 m × cos 37.776°) = 0.0341° of longitude.
const BAY: [number, number] = [-122.361, 37.776348];

/** The status line while the worker computes (src/i18n.ts, French page). */
const COMPUTING = 'Calcul de la zone à 400 m des arrêts fréquents…';

/** A map layer as the page exposes it (`window.transitExplorer.dataMap.layers`). */
type AreaLayer = {
  id: string;
  title: string;
  data: { features: { geometry: { coordinates: unknown } }[] };
};

/**
 * The area layer drawn on the page as "title|number of vertices", or null when there is none:
 * two thresholds give two different signatures (checked below).
 */
const AREA_SIGNATURE = () => {
  const layers = (
    window as unknown as { transitExplorer: { dataMap: { layers: readonly AreaLayer[] } } }
  ).transitExplorer.dataMap.layers;
  const area = layers.find((layer) => layer.id === 'catchment');
  if (!area) return null;
  const positions = (c: unknown): number =>
    Array.isArray(c) ? (typeof c[0] === 'number' ? 1 : c.reduce((n, x) => n + positions(x), 0)) : 0;
  const vertices = area.data.features.reduce((n, f) => n + positions(f.geometry.coordinates), 0);
  return `${area.title}|${vertices}`;
};

describe('transit explorer', () => {
  it('sizes stops by departures, changes with the date, shows headways, reads a dropped feed', async () => {
    const { page, errors } = await pageWithErrors(gallery.browser);
    await page.goto(`${gallery.origin}/`);
    await page.getByRole('link', { name: 'transit-explorer' }).click();
    await page.waitForSelector('body[data-loaded="true"]', { timeout: 45_000 });
    await page.waitForSelector('body[data-view="caltrain_20160406.zip|2016-04-04|30"]', {
      timeout: 20_000,
    });
    expect(await page.inputValue('#date')).toBe('2016-04-04');
    const summary = await page.locator('#summary').textContent();
    expect(summary?.startsWith('92 courses')).toBe(true);

    // A point 10 px north of the San Francisco stop: inside the 14 px circle on Monday.
    const north = await page.evaluate((lngLat) => {
      const map = (window as unknown as { transitExplorer: { dataMap: { map: ProjectingMap } } })
        .transitExplorer.dataMap.map;
      const p = map.project(lngLat);
      const q = map.unproject([p.x, p.y - 10]);
      return [q.lng, q.lat] as [number, number];
    }, SF);
    const monday = await mapPixels(page, 'transitExplorer.dataMap.map', { centre: SF, north });
    expect(monday.centre).toEqual(rgba('#e63946'));
    expect(monday.north).toEqual(rgba('#e63946'));

    // Interaction: Saturday — fewer departures, a smaller circle: the centre stays red, the point
    // 10 px north is outside the 6.7 px circle.
    await page.fill('#date', '2016-04-09');
    await page.dispatchEvent('#date', 'change');
    await page.waitForSelector('body[data-view="caltrain_20160406.zip|2016-04-09|30"]', {
      timeout: 20_000,
    });
    expect((await page.locator('#summary').textContent())?.startsWith('65 courses')).toBe(true);
    const saturday = await mapPixels(page, 'transitExplorer.dataMap.map', { centre: SF, north });
    expect(saturday.centre).toEqual(rgba('#e63946'));
    expect(saturday.north).not.toEqual(rgba('#e63946'));

    // Headways at a clicked stop.
    const point = await page.evaluate((lngLat) => {
      const map = (
        window as unknown as {
          transitExplorer: { dataMap: { map: ProjectingMap & { getCanvas(): HTMLCanvasElement } } };
        }
      ).transitExplorer.dataMap.map;
      const p = map.project(lngLat);
      const rect = map.getCanvas().getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y };
    }, SF);
    await page.mouse.click(point.x, point.y);
    await page.waitForSelector('body[data-stop]');
    expect(await page.locator('#stop-summary').textContent()).toMatch(
      /^San Francisco Caltrain : \d+ départs/,
    );
    expect(await page.locator('#hour-chart svg').count()).toBe(1);
    await screenshot(page, 'transit-explorer', 'transit-explorer-saturday');

    // Drag-and-drop path: the Cairns zip as the user's own feed. Rows per file counted with
    // python3 (zipfile, lines minus the header): stop_times.txt 37 790, stops.txt 416, trips.txt 1 339.
    await page.setInputFiles('#file', 'public/data/cairns_gtfs.zip');
    await page.waitForSelector('body[data-dropped="cairns_gtfs.zip"]', { timeout: 30_000 });
    const rows = await page.$$eval('#files tbody tr', (trs) =>
      trs.map((tr) =>
        [...tr.querySelectorAll('td')].map((td) => td.textContent?.replace(/\s/g, ' ')),
      ),
    );
    expect(rows).toContainEqual(['stop_times.txt', '37 790', '37 790', '0']);
    expect(rows).toContainEqual(['stops.txt', '416', '416', '0']);
    expect(rows).toContainEqual(['trips.txt', '1 339', '1 339', '0']);
    await page.waitForSelector('body[data-view^="cairns_gtfs.zip|"]', { timeout: 20_000 });
    expect(await axisTickLabels(page, '#hour-chart', 'y')).toContain(DEPARTURES_TICK.fr);
    await page.waitForSelector('body[data-catchment^="cairns_gtfs.zip|"]', { timeout: 20_000 });
    await screenshot(page, 'transit-explorer', 'transit-explorer');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('writes the departures per hour the English way on ?lang=en', async () => {
    const { page, errors } = await pageWithErrors(gallery.browser);
    await page.goto(`${gallery.origin}/transit-explorer/?lang=en`);
    await page.waitForSelector('body[data-loaded="true"]', { timeout: 45_000 });
    await page.setInputFiles('#file', 'public/data/cairns_gtfs.zip');
    await page.waitForSelector('body[data-view^="cairns_gtfs.zip|"]', { timeout: 30_000 });
    await page.waitForSelector('body[data-catchment^="cairns_gtfs.zip|"]', { timeout: 20_000 });
    expect(await page.locator('.datacites-legend').textContent()).toContain(
      'Within 400 m of a frequent stop (≤ 30 min)',
    );
    const ticks = await axisTickLabels(page, '#hour-chart', 'y');
    expect(ticks).toContain(DEPARTURES_TICK.en);
    expect(ticks).not.toContain(DEPARTURES_TICK.fr);
    await page.locator('#hour-chart').scrollIntoViewIfNeeded();
    await screenshot(page, 'transit-explorer', 'transit-explorer-en');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('computes the area within 400 m in a worker: the page keeps drawing, only the latest area shows', async () => {
    const { page, errors } = await pageWithErrors(gallery.browser);
    await page.goto(`${gallery.origin}/transit-explorer/`);
    await page.waitForSelector('body[data-catchment="caltrain_20160406.zip|2016-04-04|30"]', {
      timeout: 45_000,
    });
    // The area is drawn under the San Francisco stop (a frequent stop: its 400 m circle holds
    // it), not over the bay 3 km east of it (no Caltrain stop within 400 m there), and the
    // legend names it; the status line no longer says it is computing.
    const hits = await page.evaluate(
      ([sf, bay]) => {
        const map = (
          window as unknown as {
            transitExplorer: {
              dataMap: {
                map: ProjectingMap & {
                  queryRenderedFeatures(point: { x: number; y: number }, o: object): unknown[];
                };
              };
            };
          }
        ).transitExplorer.dataMap.map;
        const at = (lngLat: [number, number]) =>
          map.queryRenderedFeatures(map.project(lngLat), { layers: ['catchment-fill'] }).length;
        return { sf: at(sf), bay: at(bay) };
      },
      [SF, BAY] as const,
    );
    expect(hits.sf).toBeGreaterThan(0);
    expect(hits.bay).toBe(0);
    expect(await page.locator('.datacites-legend').textContent()).toContain(
      'À 400 m d’un arrêt fréquent (≤ 30 min)',
    );
    expect(await page.locator('#status li', { hasText: COMPUTING }).count()).toBe(0);

    // Cairns: the area at 30 min, then at 10 min (fewer frequent stops, another area).
    await page.setInputFiles('#file', 'public/data/cairns_gtfs.zip');
    await page.waitForSelector('body[data-catchment="cairns_gtfs.zip|2014-05-30|30"]', {
      timeout: 30_000,
    });
    const at30 = await page.evaluate(AREA_SIGNATURE);
    await page.selectOption('#frequent', '10');
    await page.waitForSelector('body[data-catchment="cairns_gtfs.zip|2014-05-30|10"]', {
      timeout: 20_000,
    });
    const at10 = await page.evaluate(AREA_SIGNATURE);
    expect(at30).toMatch(/≤ 30 min/);
    expect(at10).toMatch(/≤ 10 min/);
    expect(at10).not.toBe(at30);

    // 20 min then at once 30 min: every animation frame records the status line and the area
    // drawn. The 20-min area must never show; frames keep coming while the worker computes.
    await page.evaluate(
      ({ computing, signatureSource }) => {
        const page = window as unknown as {
          transitExplorer: { dataMap: { layers: readonly AreaLayer[] } };
          areaFrames: { computing: number; area: string | null }[];
          recording: boolean;
        };
        const signature = new Function(`return (${signatureSource})`)() as () => string | null;
        // Each layer object is measured once (the area does not change under a layer).
        const signatures = new WeakMap<object, string | null>();
        page.areaFrames = [];
        page.recording = true;
        const frame = () => {
          const lines = [...document.querySelectorAll('#status li')];
          const layer = page.transitExplorer.dataMap.layers.find((l) => l.id === 'catchment');
          if (layer && !signatures.has(layer)) signatures.set(layer, signature());
          page.areaFrames.push({
            computing: lines.filter((li) => li.textContent?.includes(computing)).length,
            area: layer ? (signatures.get(layer) ?? null) : null,
          });
          if (page.recording) requestAnimationFrame(frame);
        };
        const select = document.querySelector('#frequent') as HTMLSelectElement;
        for (const minutes of ['20', '30']) {
          select.value = minutes;
          select.dispatchEvent(new Event('change'));
        }
        requestAnimationFrame(frame);
      },
      { computing: COMPUTING, signatureSource: AREA_SIGNATURE.toString() },
    );
    await page.waitForSelector('body[data-catchment="cairns_gtfs.zip|2014-05-30|30"]', {
      timeout: 20_000,
    });
    const frames = await page.evaluate(() => {
      const page = window as unknown as {
        areaFrames: { computing: number; area: string | null }[];
        recording: boolean;
      };
      page.recording = false;
      return page.areaFrames;
    });
    const shown = [...new Set(frames.flatMap((f) => (f.area === null ? [] : [f.area])))];
    expect(shown).toEqual([at30]);
    expect(frames.filter((f) => f.computing > 0).length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...frames.map((f) => f.computing))).toBe(1);
    expect(await page.locator('#status li', { hasText: COMPUTING }).count()).toBe(0);
    await screenshot(page, 'transit-explorer', 'transit-explorer-catchment');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a failed worker as a status line, not an uncaught error, and starts a new one', async () => {
    const { page, errors } = await pageWithErrors(gallery.browser);
    // The worker script throws as it loads (as a broken build or an old browser would).
    const broken = '**/catchment-worker-*.js';
    await page.route(broken, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: "throw new Error('boom');" }),
    );
    await page.goto(`${gallery.origin}/transit-explorer/`);
    const failed = page.locator('#status li[data-state="failed"]', { hasText: COMPUTING });
    await failed.waitFor({ timeout: 45_000 });
    expect(await failed.textContent()).toContain('échec : ');
    expect(await failed.textContent()).toContain('boom');
    await page.waitForSelector('body[data-view="caltrain_20160406.zip|2016-04-04|30"]');
    expect(await page.locator('body[data-catchment]').count()).toBe(0);

    // The script loads again: the next request (the Cairns feed) gets its area, the failure
    // line goes.
    await page.unroute(broken);
    await page.setInputFiles('#file', 'public/data/cairns_gtfs.zip');
    await page.waitForSelector('body[data-catchment="cairns_gtfs.zip|2014-05-30|30"]', {
      timeout: 30_000,
    });
    expect(await page.locator('#status li', { hasText: COMPUTING }).count()).toBe(0);
    expect(await page.evaluate(AREA_SIGNATURE)).toMatch(/≤ 30 min\)\|[1-9]\d*$/);
    // No page error nor console error (what Playwright reports of the page; the worker's own
    // scope is not watched here).
    expect(errors).toEqual([]);
    await page.close();
  });
});

// Cairns on its busiest date, 2014-05-30 (python3 over the zip, as above, counting departures
// by hour of departure_time): 1 222 departures at 17 h, 1 201 at 8 h, so the departures-per-hour
// axis passes 1 000. Thousands are grouped with a narrow no-break space (U+202F) in French and a
// comma in English (Unicode CLDR, the data of the browser's Intl); Plot's own default would
// write "1,000" on the French page too.
const DEPARTURES_TICK = { fr: '1\u202f000', en: '1,000' };
