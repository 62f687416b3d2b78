import { describe, expect, it } from 'vitest';
import { acceptFeatures, LayerIssues } from './data-layer.js';

const point = (lon: number, lat: number, name: string) => ({
  type: 'Feature',
  properties: { name },
  geometry: { type: 'Point', coordinates: [lon, lat] },
});

describe('acceptFeatures', () => {
  it('accounts for every feature: read = kept + rejected, each rejection an issue', () => {
    const issues = new LayerIssues('test');
    const data = {
      type: 'FeatureCollection',
      features: [
        point(2.35, 48.85, 'Paris'),
        { type: 'Feature', properties: { name: 'no geometry' }, geometry: null },
        point(200, 48, 'out of range'),
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'LineString',
            coordinates: [
              [0, 0],
              [1, 1],
            ],
          },
        },
        null,
        point(1.9, 47.9, 'Orléans'),
      ],
    };
    const { collection, account } = acceptFeatures(data, ['Point'], issues);
    // 6 features given; Paris and Orléans are valid points (counted by hand).
    expect(account).toEqual({ read: 6, kept: 2, rejected: 4 });
    expect(collection.features.map((feature) => feature.properties?.name)).toEqual([
      'Paris',
      'Orléans',
    ]);
    expect(issues.list().map((issue) => issue.code)).toEqual([
      'missing_geometry',
      'invalid_coordinates',
      'unexpected_geometry',
      'missing_geometry',
    ]);
  });

  it('reports data that is not a FeatureCollection instead of throwing', () => {
    const issues = new LayerIssues('bad');
    const { account } = acceptFeatures('<html>404</html>', ['Point'], issues);
    expect(account).toEqual({ read: 0, kept: 0, rejected: 0 });
    expect(issues.list()).toMatchObject([
      {
        code: 'not_feature_collection',
        severity: 'error',
        source: 'bad',
        raw: '"<html>404</html>"',
      },
    ]);
  });

  it('draws a single Feature or a bare geometry as a one-feature collection', () => {
    // france-geojson's metropole-version-simplifiee.geojson is one Feature, not a collection.
    const issues = new LayerIssues('single');
    const feature = point(2.35, 48.85, 'Paris');
    expect(acceptFeatures(feature, ['Point'], issues).account).toEqual({
      read: 1,
      kept: 1,
      rejected: 0,
    });
    const bare = acceptFeatures(feature.geometry, ['Point'], issues);
    expect(bare.collection.features[0]?.geometry).toEqual(feature.geometry);
    expect(issues.list()).toEqual([]);
  });

  it('keeps 100 issues per code and counts the rest', () => {
    const issues = new LayerIssues('many');
    const features = Array.from({ length: 250 }, () => ({ type: 'Feature', geometry: null }));
    acceptFeatures({ type: 'FeatureCollection', features }, ['Point'], issues);
    const list = issues.list();
    expect(list.filter((issue) => issue.code === 'missing_geometry')).toHaveLength(100);
    expect(list.at(-1)).toMatchObject({ code: 'issues_not_kept' });
    expect(list.at(-1)?.message).toContain('150 more');
  });
});
