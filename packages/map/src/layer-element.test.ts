import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { layerFromAttributes } from './layer-element.js';

const polygons: FeatureCollection = {
  type: 'FeatureCollection',
  features: [1, 2, 3, 4].map((value, i) => ({
    type: 'Feature',
    properties: { v: value, nom: `Zone ${i}` },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [i, 0],
          [i + 1, 0],
          [i + 1, 1],
          [i, 1],
          [i, 0],
        ],
      ],
    },
  })),
};

describe('layerFromAttributes', () => {
  it('reads a choropleth with equal intervals from attributes', () => {
    // Equal interval over 1..4 in 3 classes: width 1 → breaks 1, 2, 3, 4 (by hand).
    const layer = layerFromAttributes(
      {
        type: 'choropleth',
        id: 'c',
        property: 'v',
        classes: '3',
        method: 'equal-interval',
        fields: 'nom:Nom,v:Valeur',
        'name-property': 'nom',
      },
      polygons,
    );
    expect(layer.legend.map((item) => [item.from, item.to])).toEqual([
      [1, 2],
      [2, 3],
      [3, 4],
    ]);
    expect(layer.fields).toEqual([
      { property: 'nom', label: 'Nom' },
      { property: 'v', label: 'Valeur' },
    ]);
    expect(layer.nameProperty).toBe('nom');
  });

  it('reads manual breaks', () => {
    const layer = layerFromAttributes(
      { type: 'choropleth', property: 'v', method: 'manual', breaks: '0, 2.5, 10' },
      polygons,
    );
    expect(layer.legend.map((item) => [item.from, item.to])).toEqual([
      [0, 2.5],
      [2.5, 10],
    ]);
  });

  it('rejects an unknown type or method with a RangeError', () => {
    expect(() => layerFromAttributes({ type: 'pie' }, polygons)).toThrow(RangeError);
    expect(() =>
      layerFromAttributes({ type: 'choropleth', property: 'v', method: 'magic' }, polygons),
    ).toThrow(RangeError);
  });
});
