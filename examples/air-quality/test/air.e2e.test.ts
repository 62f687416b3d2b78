import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Gallery,
  mapPixels,
  pageWithErrors,
  rgba,
  screenshot,
  startGallery,
} from '../../e2e-support.ts';

// The built example served by the gallery server, opened in real headless Chromium.

let gallery: Gallery;
beforeAll(async () => {
  gallery = await startGallery();
});
afterAll(async () => {
  await gallery?.close();
});

// Expected colours from the bundled Lig'Air file itself (public/data/ligair-…csv):
//   awk -F';' '$10=="18201" || $10=="36125" {print $10, $4, $6, $12}'
// Saint-Caprais (18201, published point 2.2991°E 46.9712°N) and Migny (36125, 2.0529°E
// 47.0165°N): code_qual 2, coul_qual #50ccaa (Moyen); code_no2 1. The NO₂ sub-index 1 (Bon) is
// #50f0e6 in the Atmo France notice of the arrêté du 10 juillet 2020. The commune layer is opaque.
const points: Record<string, [number, number]> = {
  saintCaprais: [2.2991, 46.9712],
  migny: [2.0529, 47.0165],
};

describe('air quality', () => {
  it('draws the ATMO index by commune, switches to a sub-index, and reads a dropped file', async () => {
    const { page, errors } = await pageWithErrors(gallery.browser);
    await page.goto(`${gallery.origin}/`);
    await page.getByRole('link', { name: 'air-quality' }).click();
    await page.waitForSelector('body[data-loaded="true"]', { timeout: 45_000 });
    await page.waitForSelector('body[data-view="overall"]', { timeout: 20_000 });

    const overall = await mapPixels(page, 'airQuality.dataMap.map', points);
    expect(overall.saintCaprais).toEqual(rgba('#50ccaa'));
    expect(overall.migny).toEqual(rgba('#50ccaa'));

    // Interaction: the NO₂ sub-index is "Bon" in both communes.
    await page.selectOption('#index-choice', 'no2');
    await page.waitForSelector('body[data-view="no2"]', { timeout: 20_000 });
    const no2 = await mapPixels(page, 'airQuality.dataMap.map', points);
    expect(no2.saintCaprais).toEqual(rgba('#50f0e6'));
    expect(no2.migny).toEqual(rgba('#50f0e6'));

    for (const id of ['#commune-chart', '#stations-chart'])
      expect(await page.locator(`${id} svg`).count()).toBeGreaterThan(0);

    // Drag-and-drop path (the drop zone and the file input share one handler): the bundled OpenAQ
    // extract, 101 data rows (awk 'END{print NR-1}'), every one kept; stations listed twice with
    // different coordinates are reported (station_moved).
    await page.setInputFiles(
      '#file',
      'public/data/openaq-latest-centre-val-de-loire-2023-02-27.csv',
    );
    await page.waitForSelector('body[data-dropped]', { timeout: 20_000 });
    const account = (await page.locator('#issues .account').textContent())?.replace(/\s/g, ' ');
    expect(account).toBe('101 lignes lues = 101 gardées + 0 rejetées');
    expect(await page.locator('#issues .issue-counts').textContent()).toContain('station_moved');
    await page.locator('#issues details summary').click();
    await screenshot(page, 'air-quality', 'air-quality');

    // The drop zone itself, with a synthetic drag-and-drop of the bundled Lig'Air file
    // (49 data rows: awk 'END{print NR-1}'), as a browser delivers a dropped file.
    await page.evaluate(async () => {
      const response = await fetch('data/ligair-indice-atmo-communes-2022-11-09.csv');
      const file = new File([await response.blob()], 'indice-atmo.csv', { type: 'text/csv' });
      const transfer = new DataTransfer();
      transfer.items.add(file);
      const zone = document.querySelector('#drop') as HTMLElement;
      zone.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
      zone.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    });
    await page.waitForSelector('body[data-dropped="indice-atmo.csv"]', { timeout: 20_000 });
    const dropped = (await page.locator('#issues .account').textContent())?.replace(/\s/g, ' ');
    expect(dropped).toBe('49 lignes lues = 49 gardées + 0 rejetées');
    expect(errors).toEqual([]);
    await page.close();
  });
});
