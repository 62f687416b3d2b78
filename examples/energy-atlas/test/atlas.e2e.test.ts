import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
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
});
