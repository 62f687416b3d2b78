import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { aggregateToGrid, gridLayer } from './grid-layer.js';

const points: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    [0.0001, 0.0001, 10],
    [0.001, 0.001, 20],
    [0.01, 0.0001, 6],
    [0.01, 0.0002, null],
  ].map(([lon, lat, pm]) => ({
    type: 'Feature',
    properties: { pm },
    geometry: { type: 'Point', coordinates: [lon as number, lat as number] },
  })),
};

describe('aggregateToGrid', () => {
  it('bins points into 1 km Web Mercator cells', () => {
    // Hand computation: x = 6378137 · lon · π/180; lon 0.001° → 111.3 m (cell 0),
    // lon 0.01° → 1113.2 m (cell 1); all latitudes here give y < 1000 m (cell 0).
    const { cells } = aggregateToGrid(points, {
      cellSize: 1000,
      aggregate: 'mean',
      property: 'pm',
    });
    const summary = cells.features
      .map((cell) => [
        cell.geometry.coordinates[0]![0]![0],
        cell.properties?.count,
        cell.properties?.value,
      ])
      .sort((a, b) => (a[0] as number) - (b[0] as number));
    expect(summary).toEqual([
      [0, 2, 15],
      // 1000 m in degrees: 1000 / 6378137 · 180/π = 0.0089831528…
      [expect.closeTo(0.0089831528, 9), 2, 6],
    ]);
  });

  it('counts by default and reports no value as null for a mean without numbers', () => {
    const { cells } = aggregateToGrid(points, { cellSize: 1000 });
    expect(cells.features.map((cell) => cell.properties?.value).sort()).toEqual([2, 2]);
    const empty = aggregateToGrid(
      { type: 'FeatureCollection', features: [points.features[3]!] },
      { cellSize: 1000, aggregate: 'mean', property: 'pm' },
    );
    expect(empty.cells.features[0]?.properties?.value).toBeNull();
  });

  it('builds a classed grid layer that accounts for the input points', () => {
    const layer = gridLayer({ id: 'g', data: points, cellSize: 1000, breaks: [0, 1, 5] });
    expect(layer.kind).toBe('grid');
    expect(layer.account).toEqual({ read: 4, kept: 4, rejected: 0 });
    expect(layer.data.features).toHaveLength(2);
  });
});
