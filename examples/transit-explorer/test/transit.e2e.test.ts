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
    const ticks = await axisTickLabels(page, '#hour-chart', 'y');
    expect(ticks).toContain(DEPARTURES_TICK.en);
    expect(ticks).not.toContain(DEPARTURES_TICK.fr);
    await page.locator('#hour-chart').scrollIntoViewIfNeeded();
    await screenshot(page, 'transit-explorer', 'transit-explorer-en');
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
