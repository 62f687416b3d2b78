/** Every dataset this example shows, with its source and licence (shown in the page footer). */
export const SOURCES = [
  {
    name: 'Limites administratives (régions, départements)',
    source: 'IGN – ADMIN EXPRESS, via france-geojson',
    licence: 'Licence Ouverte / Etalab 2.0',
    url: 'https://geoservices.ign.fr/adminexpress',
  },
] as const;

/** The attribution line for the map: sources and licences. */
export const ATTRIBUTION = SOURCES.map((s) => `${s.source} (${s.licence})`).join(' · ');
