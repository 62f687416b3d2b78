/**
 * Levels, labels and colours of the indice ATMO and the European Air Quality Index: the tables
 * alone, without the computations, so maps and legends can import them cheaply
 * (`@datacites/air/levels`).
 * @packageDocumentation
 */
import type { IndexLevel } from './index-result.js';

export type { IndexLevel } from './index-result.js';

/**
 * Classes 1–6 of the arrêté (qualificatif and colour: bleu, vert, jaune, rouge, pourpre, magenta),
 * with the hex colours AASQA publish in `coul_qual`.
 */
export const ATMO_LEVELS: readonly IndexLevel[] = [
  { level: 1, label: 'Bon', labelEn: 'Good', color: '#50F0E6' },
  { level: 2, label: 'Moyen', labelEn: 'Fair', color: '#50CCAA' },
  { level: 3, label: 'Dégradé', labelEn: 'Degraded', color: '#F0E641' },
  { level: 4, label: 'Mauvais', labelEn: 'Poor', color: '#FF5050' },
  { level: 5, label: 'Très mauvais', labelEn: 'Very poor', color: '#960032' },
  { level: 6, label: 'Extrêmement mauvais', labelEn: 'Extremely poor', color: '#872181' },
];

/**
 * Codes found in ATMO open data besides 1–6: 0 = indisponible (not enough data), 7 = événement
 * (an incident). Labels per the Atmo France technical notice.
 */
export const ATMO_SPECIAL_CODES: Readonly<Record<0 | 7, string>> = {
  0: 'Indisponible',
  7: 'Événement',
};

/**
 * The codes 0 (indisponible) and 7 (événement) as levels, with the grey colours of the Atmo France
 * technical notice (14 December 2020) — what maps draw for them beside classes 1–6.
 */
export const ATMO_SPECIAL_LEVELS: readonly IndexLevel[] = [
  { level: 0, label: ATMO_SPECIAL_CODES[0], labelEn: 'Unavailable', color: '#DDDDDD' },
  { level: 7, label: ATMO_SPECIAL_CODES[7], labelEn: 'Event', color: '#888888' },
];

/**
 * Levels of the EAQI. The colours of levels 1 and 2 are confirmed by published data
 * (`#50F0E6`, `#50CCAA`); the others are those of the EEA viewer.
 */
export const EAQI_LEVELS: readonly IndexLevel[] = [
  { level: 1, label: 'Good', labelEn: 'Good', color: '#50F0E6' },
  { level: 2, label: 'Fair', labelEn: 'Fair', color: '#50CCAA' },
  { level: 3, label: 'Moderate', labelEn: 'Moderate', color: '#F0E641' },
  { level: 4, label: 'Poor', labelEn: 'Poor', color: '#FF5050' },
  { level: 5, label: 'Very poor', labelEn: 'Very poor', color: '#960032' },
  { level: 6, label: 'Extremely poor', labelEn: 'Extremely poor', color: '#7D2181' },
];

/**
 * French names of EAQI levels 1–6 (index 0 = level 1), as French-language maps show them:
 * Bon, Moyen, Modéré, Mauvais, Très mauvais, Extrêmement mauvais.
 */
export const EAQI_LABELS_FR: readonly string[] = [
  'Bon',
  'Moyen',
  'Modéré',
  'Mauvais',
  'Très mauvais',
  'Extrêmement mauvais',
];
