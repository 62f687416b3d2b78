/** One dataset shown by the page, with its source and licence. */
export interface DataSource {
  readonly name: string;
  readonly source: string;
  readonly licence: string;
  readonly url: string;
}

/** Every dataset the page shows (listed under the views). */
export const SOURCES: readonly DataSource[] = [
  {
    name: 'Indice ATMO par commune, 9 novembre 2022',
    source: 'Lig’Air (AASQA Centre-Val de Loire), export open data',
    licence: 'Données ouvertes de Lig’Air (Licence Ouverte / Etalab 2.0 sur son portail)',
    url: 'https://www.ligair.fr/',
  },
  {
    name: 'Dernières valeurs des stations, 27 février 2023',
    source: 'OpenAQ (fournisseur : EEA France), export Opendatasoft',
    licence: 'CC BY 4.0',
    url: 'https://openaq.org/',
  },
  {
    name: 'Capteur citoyen SDS011 n° 5331, 6 novembre 2018',
    source: 'Sensor.Community (archive journalière, via watty62/abdn_air_quality, MIT)',
    licence: 'Open Data Commons DbCL 1.0',
    url: 'https://archive.sensor.community/',
  },
  {
    name: 'Limites des communes et départements',
    source: 'IGN – ADMIN EXPRESS, via france-geojson',
    licence: 'Licence Ouverte / Etalab 2.0',
    url: 'https://geoservices.ign.fr/adminexpress',
  },
];

/** Attribution of the map. */
export const MAP_ATTRIBUTION =
  'Lig’Air · OpenAQ (CC BY 4.0) · IGN – ADMIN EXPRESS (Licence Ouverte)';

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
