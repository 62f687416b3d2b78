import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { choroplethLayer } from './choropleth-layer.js';
import { NO_DATA_COLOR } from './classed-colors.js';
import { colorRamp } from './color-ramps.js';
import { territoryChoroplethLayer } from './territory-join.js';

const departements = JSON.parse(
  readFileSync(
    new URL('../test/fixtures/departements-centre-val-de-loire-vienne.geojson', import.meta.url),
    'utf8',
  ),
) as FeatureCollection;

// Values 10, 20, …, 70 given to the 7 départements in code order.
const VALUES: Record<string, number> = { 18: 10, 28: 20, 36: 30, 37: 40, 41: 50, 45: 60, 86: 70 };
const withValues: FeatureCollection = {
  ...departements,
  features: departements.features.map((feature) => ({
    ...feature,
    properties: { ...feature.properties, v: VALUES[feature.properties?.code as string] },
  })),
};

describe('choroplethLayer', () => {
  it('classes by quantile through @datacites/geo: 3 classes of 10..70 break at 30 and 50', () => {
    // Hand computation (numpy "linear" quantiles, 7 sorted values, positions 6·p):
    // p = 1/3 → position 2 → 30; p = 2/3 → position 4 → 50.
    const layer = choroplethLayer({
      id: 'q',
      data: withValues,
      property: 'v',
      method: 'quantile',
      classes: 3,
    });
    const colors = colorRamp('YlGnBu', 3);
    expect(layer.legend).toEqual([
      { color: colors[0], shape: 'fill', from: 10, to: 30 },
      { color: colors[1], shape: 'fill', from: 30, to: 50 },
      { color: colors[2], shape: 'fill', from: 50, to: 70 },
    ]);
    expect(layer.layers[0]?.paint).toMatchObject({
      'fill-color': [
        'case',
        ['==', ['typeof', ['get', 'v']], 'number'],
        ['step', ['get', 'v'], colors[0], 30, colors[1], 50, colors[2]],
        NO_DATA_COLOR,
      ],
    });
    expect(layer.account).toEqual({ read: 7, kept: 7, rejected: 0 });
    expect(layer.issues).toEqual([]);
  });

  it('uses manual breaks and colours as given', () => {
    const layer = choroplethLayer({
      id: 'm',
      data: withValues,
      property: 'v',
      breaks: [0, 25, 100],
      colors: ['#ff0000', '#0000ff'],
    });
    expect(layer.legend.map((item) => [item.from, item.to, item.color])).toEqual([
      [0, 25, '#ff0000'],
      [25, 100, '#0000ff'],
    ]);
  });

  it('refuses breaks that do not match the colours', () => {
    expect(() =>
      choroplethLayer({
        id: 'x',
        data: withValues,
        property: 'v',
        breaks: [0, 1],
        colors: ['#000000', '#ffffff'],
      }),
    ).toThrow(RangeError);
  });
});

describe('territoryChoroplethLayer', () => {
  it('joins values by INSEE code, reports codes without polygon and polygons without value', () => {
    const layer = territoryChoroplethLayer(
      [
        { code: '18', value: 1 },
        { code: '28', value: 2 },
        { code: '36', value: 3 },
        { code: '37', value: 4 },
        { code: '41', value: 5 },
        { code: '45', value: 6 },
        { code: '99', value: 7 },
      ],
      { id: 'energy', boundaries: departements, breaks: [0, 3, 7], title: 'Énergie' },
    );
    expect(layer.account).toEqual({ read: 7, kept: 7, rejected: 0 });
    const vienne = layer.data.features.find((feature) => feature.properties?.code === '86');
    expect(vienne?.properties?.value).toBeNull();
    expect(layer.issues.map((issue) => [issue.code, issue.raw ?? issue.field])).toEqual([
      ['unmatched_territory', '99'],
      ['non_numeric_value', 'null'],
    ]);
    expect(layer.legend.at(-1)).toEqual({ color: NO_DATA_COLOR, shape: 'fill', noData: true });
  });
});

describe('choroplethLayer: classLabels', () => {
  const labels = ['Bas <b>', 'Moyen & co', 'Haut'];
  it('labels the legend items and gives each feature its class label for the table', () => {
    // Breaks 10 | 30 | 50 | 70: 10, 20 → Bas; 30, 40 → Moyen; 50, 60, 70 (highest) → Haut.
    const layer = choroplethLayer({
      id: 'c',
      data: withValues,
      property: 'v',
      breaks: [10, 30, 50, 70],
      classLabels: labels,
    });
    expect(layer.issues).toEqual([]);
    expect(layer.legend.map((item) => [item.label, item.from, item.to])).toEqual([
      ['Bas <b>', 10, 30],
      ['Moyen & co', 30, 50],
      ['Haut', 50, 70],
    ]);
    const byValue = Object.fromEntries(
      layer.data.features.map((f) => [f.properties?.v, f.properties?.__datacites_class]),
    );
    expect(byValue).toEqual({
      10: 'Bas <b>',
      20: 'Bas <b>',
      30: 'Moyen & co',
      40: 'Moyen & co',
      50: 'Haut',
      60: 'Haut',
      70: 'Haut',
    });
    // The table alternative and popups list the class as a field (rendered with textContent).
    expect(layer.fields.at(-1)).toEqual({
      property: '__datacites_class',
      label: { fr: 'Classe', en: 'Class' },
    });
    // The input features are not modified.
    expect(withValues.features[0]!.properties).not.toHaveProperty('__datacites_class');
  });

  it('passes through territoryChoroplethLayer; features without a value get no label', () => {
    const layer = territoryChoroplethLayer(
      [
        { code: '18', value: 1 },
        { code: '86', value: 9 },
      ],
      { id: 't', boundaries: departements, breaks: [0, 5, 10], classLabels: ['Faible', 'Fort'] },
    );
    expect(layer.legend.map((item) => item.label ?? (item.noData ? 'no data' : ''))).toEqual([
      'Faible',
      'Fort',
      'no data',
    ]);
    const byCode = Object.fromEntries(
      layer.data.features.map((f) => [f.properties?.code, f.properties?.__datacites_class]),
    );
    expect(byCode['18']).toBe('Faible');
    expect(byCode['86']).toBe('Fort');
    expect(byCode['36']).toBeNull();
  });

  it('ignores labels whose count differs from the classes and reports it', () => {
    const layer = choroplethLayer({
      id: 'c',
      data: withValues,
      property: 'v',
      breaks: [10, 30, 50, 70],
      classLabels: ['A', 'B'],
    });
    expect(layer.legend.every((item) => item.label === undefined)).toBe(true);
    expect(layer.issues).toMatchObject([{ code: 'class_labels_mismatch', severity: 'warning' }]);
    expect(layer.fields.some((field) => field.property === '__datacites_class')).toBe(false);
  });
});
