import { describe, expect, it } from 'vitest';
import {
  LINE_CASING_DARK,
  LINE_CASING_LIGHT,
  lineCasingColor,
  lineLayer,
  relativeLuminance,
} from './line-layer.js';

const line = (route_color: string) => ({
  type: 'Feature' as const,
  properties: { route_color },
  geometry: {
    type: 'LineString' as const,
    coordinates: [
      [0, 0],
      [1, 1],
    ],
  },
});

describe('lineLayer casing', () => {
  it('picks a dark casing under light lines and a white one under dark lines', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 6);
    expect(relativeLuminance('#000000')).toBe(0);
    expect(lineCasingColor('FFFFFF')).toBe(LINE_CASING_DARK); // Caltrain "Local"
    expect(lineCasingColor('#fef200')).toBe(LINE_CASING_DARK); // a pale yellow
    expect(lineCasingColor('#33506e')).toBe(LINE_CASING_LIGHT);
    expect(lineCasingColor('#e31837')).toBe(LINE_CASING_LIGHT); // Caltrain red: luminance 0.17
  });

  it('draws a casing layer under the line, wider by twice casingWidth, or none with 0', () => {
    const data = { type: 'FeatureCollection' as const, features: [line('FFFFFF'), line('33506E')] };
    const layer = lineLayer({ id: 'r', data, colorProperty: 'route_color', width: 4 });
    expect(layer.layers.map((spec) => spec.id)).toEqual(['r-casing', 'r-line']);
    expect(layer.layers[0]?.paint).toMatchObject({
      'line-color': ['get', '__datacites_casing'],
      'line-width': 7,
    });
    expect(layer.data.features.map((f) => f.properties?.__datacites_casing)).toEqual([
      LINE_CASING_DARK,
      LINE_CASING_LIGHT,
    ]);
    const plain = lineLayer({ id: 'p', data, color: '#ffffff', casingWidth: 0 });
    expect(plain.layers.map((spec) => spec.id)).toEqual(['p-line']);
    const single = lineLayer({ id: 's', data, color: '#ffffff' });
    expect(single.layers[0]?.paint).toMatchObject({
      'line-color': LINE_CASING_DARK,
      'line-width': 6,
    });
  });
});
