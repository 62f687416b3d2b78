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

// The sensor chart's time axis: the bundled file's 24 hourly readings all fall on 2018-11-06
// (awk -F';' 'NR>1{print substr($6,1,10)}' … | sort -u), a tick every 3 hours on the 640 px wide
// chart, the date under the first one. Formats from the Unicode CLDR data the browser's Intl
// uses: French hour "HH 'h'", day and month "d MMM" with November "nov."; English hour "h a",
// "MMM d". Plot's own default (English whatever the page) would give "12 AM" on the French page.
const SENSOR_HOURS = {
  fr: ['00 h\n6 nov.', '03 h', '06 h', '09 h', '12 h', '15 h', '18 h', '21 h'],
  en: ['12 AM\nNov 6', '3 AM', '6 AM', '9 AM', '12 PM', '3 PM', '6 PM', '9 PM'],
};

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
    // The French page writes the chart's hours and date the French way (see SENSOR_HOURS).
    expect(await axisTickLabels(page, '#sensor-chart', 'x')).toEqual(SENSOR_HOURS.fr);
    await page.locator('#sensor-map').scrollIntoViewIfNeeded();
    await screenshot(page, 'air-quality', 'air-quality-sensor');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('writes the hours of the sensor chart the English way on ?lang=en', async () => {
    const { page, errors } = await pageWithErrors(gallery.browser);
    await page.goto(`${gallery.origin}/air-quality/?lang=en`);
    await page.waitForSelector('body[data-sensor-ready="true"]', { timeout: 45_000 });
    expect(await axisTickLabels(page, '#sensor-chart', 'x')).toEqual(SENSOR_HOURS.en);
    await page.locator('#sensor-chart').scrollIntoViewIfNeeded();
    await screenshot(page, 'air-quality', 'air-quality-sensor-en');
    expect(errors).toEqual([]);
    await page.close();
  });
});
