import { describe, expect, it } from 'vitest';
import { ATMO_LEVELS as fromAtmo } from './atmo.js';
import { EAQI_LEVELS as fromEaqi } from './eaqi.js';
import {
  ATMO_LEVELS,
  ATMO_SPECIAL_CODES,
  ATMO_SPECIAL_LEVELS,
  EAQI_LABELS_FR,
  EAQI_LEVELS,
} from './index-levels.js';

describe('index level tables (the `@datacites/air/levels` subpath)', () => {
  it('are the very tables the index computations use', () => {
    expect(fromAtmo).toBe(ATMO_LEVELS);
    expect(fromEaqi).toBe(EAQI_LEVELS);
  });

  it('give the ATMO open-data codes 0 and 7 as levels', () => {
    // Labels: Atmo France technical notice (14 December 2020), "Indisponible" and "Événement";
    // greys #DDDDDD and #888888 as maps of the notice draw them.
    expect(ATMO_SPECIAL_LEVELS.map((l) => [l.level, l.label, l.labelEn, l.color])).toEqual([
      [0, ATMO_SPECIAL_CODES[0], 'Unavailable', '#DDDDDD'],
      [7, ATMO_SPECIAL_CODES[7], 'Event', '#888888'],
    ]);
    expect(ATMO_SPECIAL_CODES[0]).toBe('Indisponible');
  });

  it('name the six EAQI levels in French, in level order', () => {
    // Good, Fair, Moderate, Poor, Very poor, Extremely poor (EEA) in French.
    expect(EAQI_LABELS_FR).toEqual([
      'Bon',
      'Moyen',
      'Modéré',
      'Mauvais',
      'Très mauvais',
      'Extrêmement mauvais',
    ]);
    expect(EAQI_LABELS_FR).toHaveLength(EAQI_LEVELS.length);
  });
});
