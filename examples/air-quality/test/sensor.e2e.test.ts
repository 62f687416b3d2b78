import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Gallery,
  mapPixels,
  pageWithErrors,
  rgba,
  screenshot,
  startGallery,
} from '../../e2e-support.ts';

// The citizen-sensor panel: hourly means of a Sensor.Community SDS011 with the map's time slider.

let gallery: Gallery;
beforeAll(async () => {
  gallery = await startGallery();
});
afterAll(async () => {
  await gallery?.close();
});

// Hourly PM2.5 means computed with python3 over the bundled file (mean of the P2 column of the
// rows whose timestamp falls in the hour): 00:00 → 40.70 µg/m³ (24 readings), 10:00 → 54.42
// (24 readings). EEA European Air Quality Index, 2024 bands for PM2.5: 15–50 "Moderate"
// (#f0e641), 50–90 "Poor" (#ff5050). The sensor sits at 57.138 N, −2.077 E; circles are opaque.
const SENSOR: [number, number] = [-2.077, 57.138];

describe('air quality — citizen sensor', () => {
  it('steps through the hours with the time slider and recolours the sensor', async () => {
    const { page, errors } = await pageWithErrors(gallery.browser);
    await page.goto(`${gallery.origin}/air-quality/`);
    await page.waitForSelector('body[data-loaded="true"]', { timeout: 45_000 });
    await page.waitForSelector('body[data-sensor-ready="true"]', { timeout: 30_000 });

    const slider = page.locator('#sensor-map input[type="range"]');
    expect(await slider.getAttribute('max')).toBe('23'); // 24 hours
    expect((await mapPixels(page, 'airSensor.dataMap.map', { sensor: SENSOR })).sensor).toEqual(
      rgba('#f0e641'),
    );

    await slider.fill('10');
    await page.waitForFunction(
      () =>
        new Promise<boolean>((resolve) => {
          const map = (
            window as unknown as {
              airSensor: {
                dataMap: { map: { once(e: string, f: () => void): void; triggerRepaint(): void } };
              };
            }
          ).airSensor.dataMap.map;
          map.once('idle', () => resolve(true));
          map.triggerRepaint();
        }),
    );
    expect((await mapPixels(page, 'airSensor.dataMap.map', { sensor: SENSOR })).sensor).toEqual(
      rgba('#ff5050'),
    );
    expect(await page.locator('#sensor-chart svg').count()).toBeGreaterThan(0);
    await page.locator('#sensor-map').scrollIntoViewIfNeeded();
    await screenshot(page, 'air-quality', 'air-quality-sensor');
    expect(errors).toEqual([]);
    await page.close();
  });
});
