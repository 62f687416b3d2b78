import { describe, expect, it } from 'vitest';
import { COLOR_RAMP_NAMES, colorRamp } from './color-ramps.js';

// Expected colours are ColorBrewer 2.0's published schemes (colorbrewer2.org, "HEX" export),
// copied by hand from the site's tables for these class counts.
describe('colorRamp', () => {
  it('gives ColorBrewer YlGnBu for 5 classes', () => {
    expect(colorRamp('YlGnBu', 5)).toEqual(['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494']);
  });

  it('gives ColorBrewer YlOrRd for 3 classes and RdYlBu for 9', () => {
    expect(colorRamp('YlOrRd', 3)).toEqual(['#ffeda0', '#feb24c', '#f03b20']);
    expect(colorRamp('RdYlBu', 9)).toEqual([
      '#d73027',
      '#f46d43',
      '#fdae61',
      '#fee090',
      '#ffffbf',
      '#e0f3f8',
      '#abd9e9',
      '#74add1',
      '#4575b4',
    ]);
  });

  it('has as many distinct #rrggbb colours as classes for every ramp and count', () => {
    for (const name of COLOR_RAMP_NAMES) {
      for (let classes = 1; classes <= 9; classes++) {
        const colors = colorRamp(name, classes);
        expect(colors).toHaveLength(classes);
        expect(new Set(colors).size).toBe(classes);
        for (const color of colors) expect(color).toMatch(/^#[0-9a-f]{6}$/);
      }
    }
  });

  it('refuses 0 or 10 classes', () => {
    expect(() => colorRamp('PuBu', 0)).toThrow(RangeError);
    expect(() => colorRamp('PuBu', 10)).toThrow(RangeError);
  });
});
