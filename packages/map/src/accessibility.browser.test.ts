import 'maplibre-gl/dist/maplibre-gl.css';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  idle,
  MAP_OPTIONS,
  settle,
  stations,
  useMapHost,
  withValues,
} from '../test/browser-helpers.js';
import { choroplethLayer } from './choropleth-layer.js';
import { createMap } from './create-map.js';
import type { DataMap } from './create-map-options.js';
import { pointLayer } from './point-layer.js';

// Keyboard access and an axe-core scan of a real map in headless Chromium.

const { mount, track } = useMapHost();
let dataMap: DataMap | undefined;

describe('accessibility', () => {
  it('reaches every control with Tab, in order, with French names', async () => {
    const before = document.createElement('button');
    before.textContent = 'avant la carte';
    document.body.append(before);
    const container = mount();
    dataMap = createMap(container, {
      center: [1.4, 47.2],
      zoom: 6,
      mapOptions: MAP_OPTIONS,
      layers: [
        choroplethLayer({
          id: 'c',
          title: 'Choroplèthe',
          data: withValues,
          property: 'v',
          breaks: [10, 40, 70],
        }),
        pointLayer({
          id: 'p',
          title: 'Points',
          data: stations,
          nameProperty: 'name',
          timeProperty: 'trafic',
        }),
      ],
    });
    track(dataMap);
    await dataMap.ready;
    before.focus();
    const names: string[] = [];
    for (let i = 0; i < 8; i++) {
      await userEvent.tab();
      const focused = document.activeElement as HTMLElement;
      names.push(
        focused.getAttribute('aria-label') ??
          (focused.closest('label')?.textContent?.trim() ||
            focused.textContent?.trim() ||
            focused.tagName),
      );
    }
    before.remove();
    // Canvas, MapLibre's zoom buttons (French locale), the layer switcher, the time slider's
    // play button and range, then the table alternative: everything is reachable in reading order.
    expect(names).toEqual([
      'Carte interactive',
      'Zoom avant',
      'Zoom arrière',
      'Choroplèthe',
      'Points',
      'Lecture',
      'Date',
      'Données de la carte sous forme de tableau',
    ]);
  });

  it('has no serious or critical axe-core violations in dark theme and English either', async () => {
    const container = mount();
    dataMap = createMap(container, {
      center: [1.4, 47.2],
      zoom: 6,
      theme: 'dark',
      language: 'en',
      mapOptions: MAP_OPTIONS,
      layers: [
        choroplethLayer({
          id: 'c',
          title: 'Choropleth',
          data: withValues,
          property: 'v',
          method: 'jenks',
          classes: 3,
        }),
        pointLayer({
          id: 'p',
          title: 'Points',
          data: stations,
          nameProperty: 'name',
          timeProperty: 'trafic',
        }),
      ],
    });
    track(dataMap);
    await dataMap.ready;
    await idle(dataMap.map);
    container.querySelector<HTMLDetailsElement>('details.datacites-table')!.open = true;
    const result = await axe.run(container);
    const serious = result.violations.filter(
      (violation) => violation.impact === 'serious' || violation.impact === 'critical',
    );
    expect(
      serious.map(
        (violation) =>
          `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
      ),
    ).toEqual([]);
    await settle();
    await page.screenshot({ path: '__screenshots__/dark-english.png', element: container });
  });

  it('has no serious or critical axe-core violations', async () => {
    const container = mount();
    dataMap = createMap(container, {
      center: [1.4, 47.2],
      zoom: 6,
      mapOptions: MAP_OPTIONS,
      layers: [
        choroplethLayer({
          id: 'c',
          title: 'Choroplèthe',
          data: withValues,
          property: 'v',
          method: 'quantile',
          classes: 4,
        }),
        pointLayer({
          id: 'p',
          title: 'Points',
          data: stations,
          nameProperty: 'name',
          timeProperty: 'name',
        }),
      ],
    });
    track(dataMap);
    await dataMap.ready;
    await idle(dataMap.map);
    container.querySelector<HTMLDetailsElement>('details.datacites-table')!.open = true;
    dataMap.select('p', 1);
    const result = await axe.run(container);
    const serious = result.violations.filter(
      (violation) => violation.impact === 'serious' || violation.impact === 'critical',
    );
    expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    await settle();
    await page.screenshot({ path: '__screenshots__/axe-scanned.png', element: container });
  });
});
