import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { offlineStyle } from './offline-style.js';

describe('offlineStyle', () => {
  it('references no remote resource: no URL anywhere, no glyphs, no sprite', () => {
    const land: FeatureCollection = { type: 'FeatureCollection', features: [] };
    const style = offlineStyle({ land, landAttribution: 'IGN Admin Express, Licence Ouverte 2.0' });
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
    expect(style.layers.map((layer) => layer.id)).toEqual([
      'datacites-background',
      'datacites-land',
      'datacites-boundaries',
    ]);
    expect(style.sources['datacites-land']).toMatchObject({
      attribution: 'IGN Admin Express, Licence Ouverte 2.0',
    });
  });

  it('is only a background when no land is given', () => {
    const style = offlineStyle({ background: '#000000' });
    expect(style.layers).toEqual([
      { id: 'datacites-background', type: 'background', paint: { 'background-color': '#000000' } },
    ]);
  });

  it('adds labels only when glyphs are given', () => {
    const land: FeatureCollection = { type: 'FeatureCollection', features: [] };
    const style = offlineStyle({ land, labels: { glyphs: '/fonts/{fontstack}/{range}.pbf' } });
    expect(style.glyphs).toBe('/fonts/{fontstack}/{range}.pbf');
    expect(style.layers.at(-1)).toMatchObject({
      id: 'datacites-land-labels',
      type: 'symbol',
      layout: { 'text-field': ['to-string', ['get', 'nom']], 'text-font': ['Noto Sans Regular'] },
    });
    expect(
      offlineStyle({ labels: { glyphs: '/g/{fontstack}/{range}.pbf' } }).glyphs,
    ).toBeUndefined();
  });
});
