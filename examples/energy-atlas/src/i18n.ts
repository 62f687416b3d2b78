import { type Language, type SharedMessages, sharedMessages } from '@datacites/example-shared/i18n';

export { type Language, pageLanguage } from '@datacites/example-shared/i18n';

/** Every text of the page, in one language (the shared issue-list texts included). */
export interface Messages extends SharedMessages {
  readonly title: string;
  readonly intro: string;
  readonly switchLanguage: string;
  readonly loading: string;
  readonly mapTitle: string;
  readonly carrier: string;
  readonly sector: string;
  readonly year: string;
  readonly carriers: Record<'electricite' | 'gaz', string>;
  readonly sectors: Record<SectorChoice, string>;
  readonly layerTitle: (carrier: string, sector: string, year: number) => string;
  readonly trendTitle: string;
  readonly trendNote: (reference: number, from: number, to: number) => string;
  readonly raw: string;
  readonly normalised: string;
  readonly degreeDays: string;
  readonly missingDays: (n: number) => string;
  readonly curveTitle: string;
  readonly typicalDay: string;
  readonly typicalWeek: string;
  readonly weekdays: readonly string[];
  readonly baseLoad: (w: number, mean: number, peak: number, kwh: number) => string;
  readonly carbonTitle: string;
  readonly carbonNote: (mean: number, min: number, max: number) => string;
  readonly dropTitle: string;
  readonly dropHelp: string;
  readonly chooseFile: string;
  readonly unknownFile: string;
}

/** Sector choices of the map: one ORE sector or all of them. */
export type SectorChoice = 'total' | 'residentiel' | 'tertiaire' | 'industrie' | 'agriculture';

const fr: Messages = {
  ...sharedMessages.fr,
  title: 'Atlas de l’énergie',
  intro:
    'Consommations d’électricité et de gaz par département et secteur, tendance corrigée du climat en Centre-Val de Loire, courbe de charge Linky et intensité carbone nationale.',
  switchLanguage: 'English',
  loading: 'Chargement des données',
  mapTitle: 'Consommation par département',
  carrier: 'Énergie',
  sector: 'Secteur',
  year: 'Année',
  carriers: { electricite: 'Électricité', gaz: 'Gaz' },
  sectors: {
    total: 'Tous secteurs',
    residentiel: 'Résidentiel',
    tertiaire: 'Tertiaire',
    industrie: 'Industrie',
    agriculture: 'Agriculture',
  },
  layerTitle: (c, s, y) => `${c}, ${s.toLowerCase()}, ${y} (MWh)`,
  trendTitle: 'Gaz en Centre-Val de Loire, corrigé du climat',
  trendNote: (ref, from, to) =>
    `Correction par régression de la consommation annuelle sur les degrés-jours de chauffage (base 18 °C, méthode Météo-France) et l’année, ramenée à ${Math.round(ref)} DJU, moyenne ${from}–${to}.`,
  raw: 'Brut',
  normalised: 'Corrigé du climat',
  degreeDays: 'Degrés-jours unifiés',
  missingDays: (n) => `${n} jour(s) sans température, DJU estimés`,
  curveTitle: 'Courbe de charge Linky d’un logement',
  typicalDay: 'Journée type (puissance moyenne, W)',
  typicalWeek: 'Semaine type (W)',
  weekdays: ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'],
  baseLoad: (w, mean, peak, kwh) =>
    `Talon de consommation (5e centile) : ${Math.round(w)} W · puissance moyenne ${Math.round(mean)} W · pointe ${Math.round(peak)} W · ${Math.round(kwh).toLocaleString('fr')} kWh sur la période`,
  carbonTitle: 'Intensité carbone de l’électricité en France (éCO2mix)',
  carbonNote: (mean, min, max) =>
    `Moyenne ${mean.toFixed(0)} g CO₂/kWh (de ${min} à ${max}) sur deux semaines au pas de 15 minutes.`,
  dropTitle: 'Votre fichier',
  dropHelp:
    'Déposez ici un CSV Agence ORE (consommation par territoire), une courbe de charge Linky ou un export éCO2mix : les vues se mettent à jour et les problèmes du fichier sont listés.',
  chooseFile: 'Choisir un fichier',
  unknownFile: 'Format non reconnu : ni ORE, ni Linky, ni éCO2mix.',
};

const en: Messages = {
  ...sharedMessages.en,
  title: 'Energy atlas',
  intro:
    'Electricity and gas consumption by département and sector, the weather-normalised trend of Centre-Val de Loire, a Linky load curve and national carbon intensity.',
  switchLanguage: 'Français',
  loading: 'Loading data',
  mapTitle: 'Consumption by département',
  carrier: 'Energy',
  sector: 'Sector',
  year: 'Year',
  carriers: { electricite: 'Electricity', gaz: 'Gas' },
  sectors: {
    total: 'All sectors',
    residentiel: 'Residential',
    tertiaire: 'Tertiary',
    industrie: 'Industry',
    agriculture: 'Agriculture',
  },
  layerTitle: (c, s, y) => `${c}, ${s.toLowerCase()}, ${y} (MWh)`,
  trendTitle: 'Gas in Centre-Val de Loire, weather-normalised',
  trendNote: (ref, from, to) =>
    `Annual consumption regressed on heating degree days (base 18 °C, Météo-France method) and the year, brought to ${Math.round(ref)} degree days, the ${from}–${to} mean.`,
  raw: 'Raw',
  normalised: 'Weather-normalised',
  degreeDays: 'Heating degree days',
  missingDays: (n) => `${n} day(s) without temperature, degree days estimated`,
  curveTitle: 'Linky load curve of one home',
  typicalDay: 'Typical day (mean power, W)',
  typicalWeek: 'Typical week (W)',
  weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  baseLoad: (w, mean, peak, kwh) =>
    `Base load (5th percentile): ${Math.round(w)} W · mean power ${Math.round(mean)} W · peak ${Math.round(peak)} W · ${Math.round(kwh).toLocaleString('en')} kWh over the period`,
  carbonTitle: 'Carbon intensity of electricity in France (éCO2mix)',
  carbonNote: (mean, min, max) =>
    `Mean ${mean.toFixed(0)} g CO₂/kWh (from ${min} to ${max}) over two weeks at a 15-minute step.`,
  dropTitle: 'Your file',
  dropHelp:
    'Drop an Agence ORE CSV (consumption by territory), a Linky load curve or an éCO2mix export here: the views update and the file’s problems are listed.',
  chooseFile: 'Choose a file',
  unknownFile: 'Unknown format: not ORE, Linky or éCO2mix.',
};

/**
 * The texts of a language.
 *
 * @example
 * ```ts
 * messagesOf('en').title; // 'Energy atlas'
 * ```
 */
export function messagesOf(language: Language): Messages {
  return language === 'en' ? en : fr;
}
