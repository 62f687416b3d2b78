import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Gallery, pageWithErrors, screenshot, startGallery } from '../../e2e-support.ts';

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
    await screenshot(page, 'territory-dashboard', 'territory-dashboard-figures');
    expect(errors).toEqual([]);
    await page.close();
  });
});
