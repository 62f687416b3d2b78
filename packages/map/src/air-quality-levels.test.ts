import { describe, expect, it } from 'vitest';
import { airQualityLevels } from './air-quality-levels.js';

describe('air-quality levels', () => {
  it('ATMO 1..6 are Bon..Extrêmement mauvais with the Atmo France colours', () => {
    // Labels: arrêté du 10 juillet 2020, annexe; colours: Atmo France technical notice
    // (14 Dec 2020). #50ccaa for "Moyen" is also what Lig'Air publishes in `coul_qual`
    // (../shared/data/air/fr-ligair-indice-atmo-communes-2022-11-09.csv, checked in conformance).
    const main = airQualityLevels('atmo').filter((level) => level.code >= 1 && level.code <= 6);
    expect(main.map((level) => [level.code, level.fr, level.color])).toEqual([
      [1, 'Bon', '#50f0e6'],
      [2, 'Moyen', '#50ccaa'],
      [3, 'Dégradé', '#f0e641'],
      [4, 'Mauvais', '#ff5050'],
      [5, 'Très mauvais', '#960032'],
      [6, 'Extrêmement mauvais', '#872181'],
    ]);
  });

  it('EEA levels Good..Extremely poor', () => {
    // Labels: EEA European Air Quality Index (airindex.eea.europa.eu).
    expect(airQualityLevels('eaqi').map((level) => level.en)).toEqual([
      'Good',
      'Fair',
      'Moderate',
      'Poor',
      'Very poor',
      'Extremely poor',
    ]);
  });
});
