/** One dataset the dashboard shows, with its source and licence. */
export interface DataSource {
  readonly id: string;
  readonly name: string;
  readonly source: string;
  readonly licence: string;
  readonly url: string;
}

/** Every dataset this example shows, with its source and licence (shown in the page footer). */
export const SOURCES: readonly DataSource[] = [
  {
    id: 'ign-admin-express',
    name: 'Limites administratives (régions, départements)',
    source: 'IGN – ADMIN EXPRESS, via france-geojson',
    licence: 'Licence Ouverte / Etalab 2.0',
    url: 'https://geoservices.ign.fr/adminexpress',
  },
  {
    id: 'odre-consommation',
    name: 'Consommation annuelle brute régionale (électricité RTE, gaz NaTran)',
    source: 'ODRÉ – Open Data Réseaux Énergies',
    licence: 'Licence Ouverte / Etalab 2.0',
    url: 'https://odre.opendatasoft.com/explore/dataset/consommation-annuelle-brute-regionale/',
  },
  {
    id: 'odre-temperature',
    name: 'Température quotidienne régionale',
    source: 'ODRÉ – Open Data Réseaux Énergies',
    licence: 'Licence Ouverte / Etalab 2.0',
    url: 'https://odre.opendatasoft.com/explore/dataset/temperature-quotidienne-regionale/',
  },
  {
    id: 'ligair-atmo',
    name: 'Indice ATMO par commune',
    source: 'Lig’Air (AASQA Centre-Val de Loire)',
    licence: 'Données ouvertes Lig’Air (Licence Ouverte / Etalab 2.0 sur son portail)',
    url: 'https://www.ligair.fr/',
  },
];

/** The attribution line for the map: sources and licences of the map layers. */
export const ATTRIBUTION = `${SOURCES[0]?.source} (${SOURCES[0]?.licence})`;
