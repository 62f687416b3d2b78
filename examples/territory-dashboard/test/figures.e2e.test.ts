import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axisTickLabels,
  type Gallery,
  pageWithErrors,
  screenshot,
  startGallery,
} from '../../e2e-support.ts';

// The energy, climate and air figures beside the map (the map itself is checked by
// dashboard.e2e.test.ts), on the built example served by the gallery server in headless Chromium.

let gallery: Gallery;
beforeAll(async () => {
  gallery = await startGallery();
});
afterAll(async () => {
  await gallery?.close();
});

describe('territory dashboard figures', () => {
  it('shows energy, climate and air figures, each with its source and licence', async () => {
    const { page, errors } = await pageWithErrors(gallery.browser, { width: 1200, height: 800 });
    await page.goto(`${gallery.origin}/territory-dashboard/`);
    await page.waitForSelector('body[data-figures-ready="true"]', { timeout: 45_000 });
    await page.waitForSelector('body[data-map-ready="true"]', { timeout: 30_000 });
    const figure = async (name: string) =>
      (await page.locator(`[data-figure="${name}"]`).textContent())?.replace(/\s/g, ' ');

    // awk -F';' '$1=="2024"{print $11}' odre-consommation-annuelle-centre-val-de-loire.csv → 29692
    // (Consommation brute totale = 17 663 GWh electricity + 12 029 GWh PCS gas).
    expect(await figure('energy')).toBe('29 692 GWh consommés en 2024 (électricité + gaz)');

    // Heating degree days, base 18 °C, Météo-France method, by awk over the temperature file:
    //   awk -F';' 'NR>1{split($2,d,"/"); y="20" d[3]; dj=18-($5+$6)/2; if(dj<0)dj=0; s[y]+=dj; n[y]++}
    //     END{for(y in s) print y, s[y], n[y]}'
    // 2016 → 2 526.3 (366 days), 2020 → 2 021.4 (366 days); 2021 onwards lack days (364, 363…),
    // so 2020 is the last complete year.
    expect(await figure('climate')).toBe('2 021 degrés-jours de chauffage en 2020 (2 526 en 2016)');

    // awk -F';' 'NR>1{c[$4]++} END{for(k in c) print k, c[k]}' on the Lig'Air file → 2 49.
    expect(await figure('air')).toBe('Indice ATMO du 2022-11-09 : 49 communes « Moyen »');

    for (const id of ['energy', 'climate', 'air']) {
      expect(await page.locator(`#${id} svg`).count()).toBeGreaterThan(0);
      expect(await page.locator(`#${id} .figure-source`).textContent()).toMatch(/Licence Ouverte/);
    }

    // The dashboard is a French page: its charts group thousands with a narrow no-break space
    // (U+202F) and write decimals with a comma (Unicode CLDR, the data of the browser's Intl),
    // while years stay plain. Electricity reaches 19 683 GWh in 2013 (awk -F';' 'NR>1{print $1,
    // $8}' over the ODRÉ file) and 2016's heating degree days are 2 526.3 (above), so both axes
    // pass 1 000. Without the chart formats, Plot writes "10,000" on the axis and "year 2,020",
    // "2,021.415" in the tip below (checked on this build with `tip: true`).
    const grouped = /^\d{1,3}(\u202f\d{3})*$/;
    const thousands = { '#energy': '10\u202f000', '#climate': '1\u202f000' };
    for (const [id, tick] of Object.entries(thousands)) {
      const ticks = await axisTickLabels(page, id, 'y');
      for (const label of ticks) expect(label).toMatch(grouped);
      expect(ticks).toContain(tick);
      expect(await axisTickLabels(page, id, 'x')).toContain('2020');
    }
    // The tip of 2020's bar: 2 021.415 degree days by the awk above (to three decimals).
    const bar = page.locator('#climate svg g[aria-label="bar"] rect').last();
    await bar.scrollIntoViewIfNeeded();
    const box = await bar.boundingBox();
    await page.mouse.move((box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + 5);
    await page.locator('#climate svg g[aria-label="tip"] text').waitFor();
    const tipLines = await page.$$eval('#climate svg g[aria-label="tip"] text > tspan', (lines) =>
      lines.map((line) => line.textContent?.replace(/\u200b/g, '')),
    );
    expect(tipLines).toEqual(['year 2020', 'DJU (base 18 °C) 2\u202f021,415']);
    await screenshot(page, 'territory-dashboard', 'territory-dashboard-figures');
    expect(errors).toEqual([]);
    await page.close();
  });
});
