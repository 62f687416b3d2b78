/** One dataset shown by the atlas, with its source and licence (shown under the views). */
export interface DataSource {
  readonly name: string;
  readonly source: string;
  readonly licence: string;
  readonly url: string;
}

/** Every dataset the atlas shows. */
export const SOURCES: readonly DataSource[] = [
  {
    name: 'Consommation d’électricité et de gaz par département et secteur, 2015–2019',
    source: 'Agence ORE (via romainldx/Projet.Energie, MIT)',
    licence: 'Licence Ouverte / Etalab 2.0',
    url: 'https://opendata.agenceore.fr/',
  },
  {
    name: 'Consommation annuelle brute régionale (gaz NaTran, électricité RTE)',
    source: 'ODRÉ – Open Data Réseaux Énergies',
    licence: 'Licence Ouverte / Etalab 2.0',
    url: 'https://odre.opendatasoft.com/explore/dataset/consommation-annuelle-brute-regionale/',
  },
  {
    name: 'Température quotidienne régionale',
    source: 'ODRÉ (Météo-France via RTE)',
    licence: 'Licence Ouverte / Etalab 2.0',
    url: 'https://odre.opendatasoft.com/explore/dataset/temperature-quotidienne-regionale/',
  },
  {
    name: 'Courbe de charge Linky 30 min d’un logement (2022–2023)',
    source: 'Enedis, export client partagé dans Koicoubeh/EDFComparateur',
    licence: 'CC BY-SA 4.0',
    url: 'https://github.com/Koicoubeh/EDFComparateur',
  },
  {
    name: 'éCO2mix France temps réel, 24 mars – 6 avril 2025',
    source: 'RTE éCO2mix',
    licence: 'Licence Ouverte / Etalab 2.0 (données éCO2mix publiées sur ODRÉ)',
    url: 'https://www.rte-france.com/eco2mix',
  },
  {
    name: 'Limites des départements',
    source: 'IGN – ADMIN EXPRESS, via france-geojson',
    licence: 'Licence Ouverte / Etalab 2.0',
    url: 'https://geoservices.ign.fr/adminexpress',
  },
];

/** Attribution of the map: boundaries and consumption. */
export const MAP_ATTRIBUTION = 'Agence ORE · IGN – ADMIN EXPRESS (Licence Ouverte)';

/**
 * Renders the sources as a list of links.
 *
 * @example
 * ```ts
 * renderSources(document.querySelector('#sources ul')!);
 * ```
 */
export function renderSources(list: HTMLElement): void {
  for (const s of SOURCES) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = s.url;
    link.textContent = s.name;
    item.append(link, ` — ${s.source}, ${s.licence}`);
    list.append(item);
  }
}
