import { type Language, type SharedMessages, sharedMessages } from '@datacites/example-shared/i18n';

export { type Language, pageLanguage } from '@datacites/example-shared/i18n';

/** Which value colours the communes: the index itself or one pollutant's sub-index. */
export type IndexChoice = 'overall' | 'no2' | 'o3' | 'pm10' | 'pm25' | 'so2';

/** Every text of the page, in one language (the shared issue-list texts included). */
export interface Messages extends SharedMessages {
  readonly title: string;
  readonly intro: string;
  readonly switchLanguage: string;
  readonly mapTitle: string;
  readonly indexLabel: string;
  readonly choices: Record<IndexChoice, string>;
  readonly atmoLayer: (choice: string, date: string) => string;
  readonly stationsLayer: string;
  readonly dayNote: (date: string, issued: string, agency: string) => string;
  readonly chartTitle: string;
  readonly chartNote: string;
  readonly stationsTitle: string;
  readonly stationsNote: (stations: number, stale: number) => string;
  readonly sensorTitle: string;
  readonly sensorNote: string;
  readonly sensorLayer: string;
  readonly dropTitle: string;
  readonly dropHelp: string;
  readonly chooseFile: string;
  readonly unknownFile: string;
}

const pollutants = { no2: 'NO₂', o3: 'O₃', pm10: 'PM10', pm25: 'PM2.5', so2: 'SO₂' };

const fr: Messages = {
  ...sharedMessages.fr,
  title: 'Qualité de l’air en Centre-Val de Loire',
  intro:
    'L’indice ATMO du jour par commune et ses sous-indices par polluant, et les stations de mesure avec le niveau de l’indice européen de leur dernière valeur horaire.',
  switchLanguage: 'English',
  mapTitle: 'Indice ATMO par commune',
  indexLabel: 'Afficher',
  choices: { overall: 'Indice ATMO', ...pollutants },
  atmoLayer: (c, d) => `${c} — ${d}`,
  stationsLayer: 'Stations (indice européen, dernière heure)',
  dayNote: (d, i, a) => `Indice du ${d}, publié le ${i} par ${a} (prévision).`,
  chartTitle: 'Concentrations par commune (µg/m³)',
  chartNote: 'Chaque point est une commune ; la couleur est le sous-indice ATMO du polluant.',
  stationsTitle: 'Dernières valeurs des stations (OpenAQ)',
  stationsNote: (n, s) =>
    `${n} stations ; ${s} n’ont pas émis depuis plus de 7 jours (signalées, non colorées).`,
  sensorTitle: 'Un capteur citoyen, heure par heure (Sensor.Community)',
  sensorNote:
    'Moyennes horaires d’un capteur SDS011 (Aberdeen, 6 novembre 2018, heures UTC) ; couleur : niveau indicatif de l’indice européen pour les PM2.5. Le curseur parcourt les heures. Les capteurs optiques bon marché surestiment par temps humide.',
  sensorLayer: 'Capteur citoyen (PM2.5, indice européen indicatif)',
  dropTitle: 'Votre fichier',
  dropHelp:
    'Déposez ici un CSV d’indice ATMO (export open data d’une AASQA), un export OpenAQ « latest » ou un fichier journalier Sensor.Community : les vues se mettent à jour et les problèmes du fichier sont listés.',
  chooseFile: 'Choisir un fichier',
  unknownFile: 'Format non reconnu : ni indice ATMO, ni OpenAQ, ni Sensor.Community.',
};

const en: Messages = {
  ...sharedMessages.en,
  title: 'Air quality in Centre-Val de Loire',
  intro:
    'The day’s ATMO index by commune and its sub-index per pollutant, and the monitoring stations with the European index level of their latest hourly value.',
  switchLanguage: 'Français',
  mapTitle: 'ATMO index by commune',
  indexLabel: 'Show',
  choices: { overall: 'ATMO index', ...pollutants },
  atmoLayer: (c, d) => `${c} — ${d}`,
  stationsLayer: 'Stations (European index, latest hour)',
  dayNote: (d, i, a) => `Index for ${d}, published on ${i} by ${a} (forecast).`,
  chartTitle: 'Concentrations by commune (µg/m³)',
  chartNote: 'Each dot is a commune; its colour is the pollutant’s ATMO sub-index.',
  stationsTitle: 'Latest station values (OpenAQ)',
  stationsNote: (n, s) =>
    `${n} stations; ${s} have not reported for more than 7 days (flagged, not coloured).`,
  sensorTitle: 'A citizen sensor, hour by hour (Sensor.Community)',
  sensorNote:
    'Hourly means of an SDS011 sensor (Aberdeen, 6 November 2018, UTC hours); colour: indicative European index level of PM2.5. The slider steps through the hours. Low-cost optical sensors read high in humid air.',
  sensorLayer: 'Citizen sensor (PM2.5, indicative European index)',
  dropTitle: 'Your file',
  dropHelp:
    'Drop an ATMO index CSV (an AASQA open-data export), an OpenAQ “latest” export or a Sensor.Community daily file here: the views update and the file’s problems are listed.',
  chooseFile: 'Choose a file',
  unknownFile: 'Unknown format: not an ATMO index, OpenAQ or Sensor.Community file.',
};

/**
 * The texts of a language.
 *
 * @example
 * ```ts
 * messagesOf('en').mapTitle; // 'ATMO index by commune'
 * ```
 */
export function messagesOf(language: Language): Messages {
  return language === 'en' ? en : fr;
}
