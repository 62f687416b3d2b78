import type { Page } from 'playwright';
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

// The built atlas (`vite build`, run by this package's test script) served by the gallery server
// and opened in real headless Chromium.

let gallery: Gallery;
beforeAll(async () => {
  gallery = await startGallery();
});
afterAll(async () => {
  await gallery?.close();
});

// Expected values computed with awk over public/data/ore-conso-departement-2015-2019.csv (the
// bundled ORE file), summing `Consommation totale (MWh)` ($30) of the electricity rows of a
// département over every operator:
//   awk -F';' '$3=="Electricité" && $24=="18" {s[$2]+=$30} END{for(y in s) print y, s[y]}'
// Cher (18): 2019 → 2 126 852.7 MWh. Eure-et-Loir (28): 2015 → 2 970 786, 2019 → 2 485 375.
// ColorBrewer YlOrRd, 5 classes (colorbrewer2.org): #ffffb2 #fecc5c #fd8d3c #f03b20 #bd0026.
const YL_OR_RD_5 = ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'];
const classOf = (value: number, breaks: number[]) => {
  let k = 0;
  while (k + 2 < breaks.length && value >= (breaks[k + 1] as number)) k++;
  return k;
};

describe('energy atlas', () => {
  it('draws consumption by département, changes with the year, and reads a dropped file', async () => {
    const { page, errors } = await pageWithErrors(gallery.browser);
    await page.goto(`${gallery.origin}/`);
    await page.getByRole('link', { name: 'energy-atlas' }).click();
    await page.waitForSelector('body[data-loaded="true"]', { timeout: 45_000 });
    await page.waitForSelector('body[data-view="electricite-total-2019"]', { timeout: 20_000 });

    const state = await page.evaluate(() => {
      const atlas = (
        window as unknown as {
          energyAtlas: { breaks: number[]; values: { code: string; value: number }[] };
        }
      ).energyAtlas;
      return {
        breaks: atlas.breaks,
        cher: atlas.values.find((v) => v.code === '18')?.value as number,
      };
    });
    expect(state.cher).toBeCloseTo(2_126_852.732, 2);
    expect(state.breaks).toHaveLength(6);

    // Bourges (2.40°E, 47.08°N) in Cher; Chartres (1.49°E, 48.45°N) in Eure-et-Loir. The layer is
    // opaque, so the pixel is the class colour itself.
    const points = { bourges: [2.4, 47.08], chartres: [1.49, 48.45] } as Record<
      string,
      [number, number]
    >;
    const in2019 = await mapPixels(page, 'energyAtlas.dataMap.map', points);
    expect(in2019.bourges).toEqual(rgba(YL_OR_RD_5[classOf(2_126_852.7, state.breaks)]!));
    expect(in2019.chartres).toEqual(rgba(YL_OR_RD_5[classOf(2_485_375, state.breaks)]!));

    // The year selector: Eure-et-Loir consumed more in 2015 and changes class.
    await page.selectOption('#year', '2015');
    await page.waitForSelector('body[data-view="electricite-total-2015"]', { timeout: 20_000 });
    const in2015 = await mapPixels(page, 'energyAtlas.dataMap.map', points);
    expect(in2015.chartres).toEqual(rgba(YL_OR_RD_5[classOf(2_970_786, state.breaks)]!));
    expect(in2015.chartres).not.toEqual(in2019.chartres);
    await screenshot(page, 'energy-atlas', 'energy-atlas-2015');

    // Charts drawn by Observable Plot.
    for (const id of ['#trend-chart', '#typical-day', '#typical-week', '#carbon-chart'])
      expect(await page.locator(`${id} svg`).count()).toBeGreaterThan(0);
    await expectChartsIn(page, 'fr');

    // Drag-and-drop path (the drop zone and the file input share one handler): the bundled
    // éCO2mix extract. awk over the file: 1 344 data rows, of which 4 are 2025-03-30 02:00–02:45,
    // times that do not exist in Europe/Paris (spring forward):
    //   awk -F'\t' 'NR>1 && $1=="France"{n++} $3=="2025-03-30" && $4 ~ /^02:/ {d++} END{print n, d}'
    await page.setInputFiles('#file', 'public/data/eco2mix-france-2025-03-24_2025-04-06.xls');
    await page.waitForSelector('body[data-dropped]', { timeout: 20_000 });
    // (French number formatting puts a narrow no-break space in 1 344.)
    const account = (await page.locator('#issues .account').textContent())?.replace(/\s/g, ' ');
    expect(account).toBe('1 344 lignes lues = 1 340 gardées + 4 rejetées');
    expect(await page.locator('#issues .issue-counts').textContent()).toContain(
      'nonexistent_local_time',
    );
    await page.locator('#issues details summary').click();
    await screenshot(page, 'energy-atlas', 'energy-atlas');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('writes the numbers and dates of its charts the English way on ?lang=en', async () => {
    const { page, errors } = await pageWithErrors(gallery.browser);
    await page.goto(`${gallery.origin}/energy-atlas/?lang=en`);
    await page.waitForSelector('body[data-loaded="true"]', { timeout: 45_000 });
    await expectChartsIn(page, 'en');
    await page.locator('#trend-chart').scrollIntoViewIfNeeded();
    await screenshot(page, 'energy-atlas', 'energy-atlas-en');
    expect(errors).toEqual([]);
    await page.close();
  });
});

// Numbers and dates in the page's language, by the Unicode CLDR data the browser's Intl uses:
// French groups thousands with a narrow no-break space (U+202F), English with a comma; March and
// April abbreviate to "mars" and "avr." in French, "Mar" and "Apr" in English. The region's gas
// consumption is 11 881 to 17 841 GWh PCS a year (awk -F';' 'NR>1{print $1, $9}' over the bundled
// ODRÉ file), so the trend's axis has five-digit ticks; the Linky file's mean power per half-hour
// slot ranges from 551 to 1 715 W (python3: mean of the `Valeur` column per time of day), so the
// typical day's axis has four-digit ticks; the éCO2mix extract runs from 24 March to 6 April 2025
// (its name and date column), so its time axis has a day tick every other day, the month under
// the first tick of each month. Plot's default would write "12,000" and "Mar" on the French page.
const GROUPED = { fr: /^\d{1,3}(\u202f\d{3})*$/, en: /^\d{1,3}(,\d{3})*$/ };
const MONTHS = { fr: ['mars', 'avr.'], en: ['Mar', 'Apr'] };

async function expectChartsIn(page: Page, language: 'fr' | 'en'): Promise<void> {
  for (const chart of ['#trend-chart', '#typical-day']) {
    const ticks = await axisTickLabels(page, chart, 'y');
    expect(ticks.length).toBeGreaterThan(1);
    for (const tick of ticks) expect(tick).toMatch(GROUPED[language]);
    expect(ticks.some((tick) => /\D/.test(tick))).toBe(true); // at least one grouped tick
  }
  const days = await axisTickLabels(page, '#carbon-chart', 'x');
  expect(days.map((tick) => tick.split('\n')[1]).filter(Boolean)).toEqual(MONTHS[language]);
  for (const tick of days) expect(tick.split('\n')[0]).toMatch(/^([1-9]|[12]\d|3[01])$/);
}
