import { describe, expect, it } from 'vitest';
import { airStationsLayer } from './air-stations.js';

describe('air stations adapter', () => {
  it('colours by ATMO level and reports unknown levels and positions', () => {
    const layer = airStationsLayer(
      [
        { name: 'Poitiers Centre', latitude: 46.58, longitude: 0.34, level: 2 },
        { name: 'Chasseneuil', latitude: '46.65', longitude: '0.37', level: '9' },
        { name: 'Nowhere', latitude: 'n/a', longitude: 0, level: 1 },
      ],
      { id: 'atmo', index: 'atmo' },
    );
    expect(layer.account).toEqual({ read: 3, kept: 2, rejected: 1 });
    expect(layer.issues.map((issue) => issue.code)).toEqual([
      'invalid_coordinates',
      'unknown_index_level',
    ]);
    expect(layer.legend.map((item) => item.label)).toContainEqual({ fr: 'Moyen', en: 'Fair' });
  });

  it('takes the air package ATMO records as they are (zoneName, date; no position rejected)', () => {
    // Shape of @datacites/air AtmoIndexRecord (fields written out, no import of that package).
    const records = [
      {
        date: '2022-11-09',
        level: 2,
        label: 'Moyen',
        zoneCode: '18191',
        zoneName: 'RAYMOND',
        subIndices: {},
        concentrations: {},
        latitude: 46.97,
        longitude: 2.69,
      },
      {
        date: '2022-11-09',
        level: 2,
        label: 'Moyen',
        zoneCode: '28119',
        zoneName: 'LA CROIX-DU-PERCHE',
        subIndices: {},
        concentrations: {},
      },
    ];
    const layer = airStationsLayer(records, { id: 'atmo', timeProperty: 'date' });
    expect(layer.account).toEqual({ read: 2, kept: 1, rejected: 1 });
    expect(layer.nameProperty).toBe('zoneName');
    expect(layer.timeProperty).toBe('date');
    expect(layer.issues.map((issue) => issue.code)).toEqual(['invalid_coordinates']);
  });
});
