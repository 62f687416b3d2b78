import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { airQualityZonesLayer } from './air-quality-zones.js';

const departements = JSON.parse(
  readFileSync(
    new URL('../test/fixtures/departements-centre-val-de-loire-vienne.geojson', import.meta.url),
    'utf8',
  ),
) as FeatureCollection;

describe('airQualityZonesLayer', () => {
  it('joins index records to zones and fills them with the ATMO colours', () => {
    const layer = airQualityZonesLayer(
      [
        { zoneCode: '18', level: 1, date: '2024-05-02' },
        { zoneCode: '86', level: 4, date: '2024-05-02' },
        { zoneCode: '99', level: 2, date: '2024-05-02' },
      ],
      { id: 'zones', boundaries: departements, timeProperty: 'date' },
    );
    // 7 départements in the fixture; 5 have no record (drawn grey and reported), 99 has no zone.
    expect(layer.account).toEqual({ read: 7, kept: 7, rejected: 0 });
    const codes = layer.issues.map((issue) => issue.code);
    expect(codes.filter((code) => code === 'unmatched_territory')).toHaveLength(1);
    expect(codes.filter((code) => code === 'unknown_index_level')).toHaveLength(5);
    const cher = layer.data.features.find((feature) => feature.properties?.code === '18');
    expect(cher?.properties).toMatchObject({ nom: 'Cher', level: 1, date: '2024-05-02' });
    expect(layer.layers.map((spec) => spec.type)).toEqual(['fill', 'line', 'circle']);
    // Legend: the six ATMO levels (arrêté du 10 juillet 2020) as filled swatches, then the grey
    // of zones without a record.
    expect(layer.legend).toHaveLength(7);
    expect(layer.legend[6]).toEqual({
      color: '#dddddd',
      shape: 'fill',
      label: { fr: 'Indisponible', en: 'Unavailable' },
    });
    expect(layer.legend[0]).toEqual({
      color: '#50f0e6',
      shape: 'fill',
      label: { fr: 'Bon', en: 'Good' },
    });
  });
});
