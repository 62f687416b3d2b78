import { type Language, type SharedMessages, sharedMessages } from '@datacites/example-shared/i18n';

export { type Language, pageLanguage } from '@datacites/example-shared/i18n';

/** Every text of the page, in one language (the shared issue-list texts included). */
export interface Messages extends SharedMessages {
  readonly title: string;
  readonly intro: string;
  readonly switchLanguage: string;
  readonly feed: string;
  readonly date: string;
  readonly frequentLabel: string;
  readonly stopsLayer: string;
  readonly routesLayer: string;
  readonly catchmentLayer: (minutes: number) => string;
  /** Status line while the worker computes the area. */
  readonly computingCatchment: string;
  /** State of the area's status line when the worker failed, with its reason (may be empty). */
  readonly catchmentFailed: (reason: string) => string;
  /** State of the area's status line when some frequent stops had no valid position (no circle). */
  readonly catchmentSkipped: (stops: number) => string;
  readonly summary: (trips: number, departures: number, stops: number, frequent: number) => string;
  readonly hourTitle: string;
  readonly stopTitle: string;
  readonly stopHelp: string;
  readonly stopSummary: (
    name: string,
    departures: number,
    mean: number,
    min: number,
    max: number,
  ) => string;
  readonly noHeadway: (name: string, departures: number) => string;
  readonly departuresLabel: string;
  readonly dropTitle: string;
  readonly dropHelp: string;
  readonly chooseFile: string;
  readonly filesTitle: string;
  readonly fileColumns: readonly string[];
  readonly yourFeed: string;
}

const fmt = (language: Language) => (n: number) => n.toLocaleString(language);

const fr: Messages = {
  ...sharedMessages.fr,
  title: 'Explorateur d’offre de transport',
  intro:
    'Choisissez un réseau (GTFS) et une date : arrêts dimensionnés par leurs départs, lignes dans leurs couleurs, départs par heure, intervalles à un arrêt et zone à 400 m des arrêts fréquents.',
  switchLanguage: 'English',
  feed: 'Réseau',
  date: 'Date',
  frequentLabel: 'Arrêt fréquent : intervalle moyen 07h–19h ≤',
  stopsLayer: 'Arrêts (taille : départs du jour)',
  routesLayer: 'Lignes',
  catchmentLayer: (m) => `À 400 m d’un arrêt fréquent (≤ ${m} min)`,
  computingCatchment: 'Calcul de la zone à 400 m des arrêts fréquents…',
  catchmentFailed: (reason) => (reason ? `échec : ${reason}` : 'échec'),
  catchmentSkipped: (n) =>
    `${fmt('fr')(n)} arrêt${n > 1 ? 's' : ''} fréquent${n > 1 ? 's' : ''} sans position valide, hors de la zone`,
  summary: (t, d, s, f) =>
    `${fmt('fr')(t)} courses, ${fmt('fr')(d)} départs, ${fmt('fr')(s)} arrêts desservis, dont ${fmt('fr')(f)} fréquents.`,
  hourTitle: 'Départs par heure',
  stopTitle: 'Intervalles à un arrêt',
  stopHelp: 'Cliquez un arrêt sur la carte (ou choisissez-le dans le tableau sous la carte).',
  stopSummary: (n, d, mean, min, max) =>
    `${n} : ${d} départs ; entre 7 h et 19 h, un départ toutes les ${mean.toLocaleString('fr', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} min en moyenne (de ${min} à ${max} min).`,
  noHeadway: (n, d) => `${n} : ${d} départs ; pas d’intervalle mesurable entre 7 h et 19 h.`,
  departuresLabel: 'Heures de départ',
  dropTitle: 'Votre réseau',
  dropHelp:
    'Déposez ici le zip GTFS de votre réseau : toutes les vues se recalculent, et chaque fichier du zip est compté ligne à ligne avec ses problèmes.',
  chooseFile: 'Choisir un zip GTFS',
  filesTitle: 'Fichiers lus',
  fileColumns: ['fichier', 'lignes lues', 'gardées', 'rejetées'],
  yourFeed: 'Votre fichier',
};

const en: Messages = {
  ...sharedMessages.en,
  title: 'Transit service explorer',
  intro:
    'Pick a network (GTFS) and a date: stops sized by their departures, routes in their colours, departures per hour, headways at a stop and the area within 400 m of frequent stops.',
  switchLanguage: 'Français',
  feed: 'Network',
  date: 'Date',
  frequentLabel: 'Frequent stop: mean headway 07:00–19:00 ≤',
  stopsLayer: 'Stops (size: departures of the day)',
  routesLayer: 'Routes',
  catchmentLayer: (m) => `Within 400 m of a frequent stop (≤ ${m} min)`,
  computingCatchment: 'Computing the area within 400 m of frequent stops…',
  catchmentFailed: (reason) => (reason ? `failed: ${reason}` : 'failed'),
  catchmentSkipped: (n) =>
    `${fmt('en')(n)} frequent stop${n === 1 ? '' : 's'} without a valid position, left out`,
  summary: (t, d, s, f) =>
    `${fmt('en')(t)} trips, ${fmt('en')(d)} departures, ${fmt('en')(s)} stops served, ${fmt('en')(f)} of them frequent.`,
  hourTitle: 'Departures per hour',
  stopTitle: 'Headways at a stop',
  stopHelp: 'Click a stop on the map (or pick it in the table under the map).',
  stopSummary: (n, d, mean, min, max) =>
    `${n}: ${d} departures; between 07:00 and 19:00, one every ${mean.toFixed(1)} min on average (${min} to ${max} min).`,
  noHeadway: (n, d) => `${n}: ${d} departures; no headway to measure between 07:00 and 19:00.`,
  departuresLabel: 'Departure times',
  dropTitle: 'Your network',
  dropHelp:
    'Drop your network’s GTFS zip here: every view is recomputed, and each file of the zip is accounted for row by row, with its problems.',
  chooseFile: 'Choose a GTFS zip',
  filesTitle: 'Files read',
  fileColumns: ['file', 'rows read', 'kept', 'rejected'],
  yourFeed: 'Your file',
};

/**
 * The texts of a language.
 *
 * @example
 * ```ts
 * messagesOf('en').hourTitle; // 'Departures per hour'
 * ```
 */
export function messagesOf(language: Language): Messages {
  return language === 'en' ? en : fr;
}
