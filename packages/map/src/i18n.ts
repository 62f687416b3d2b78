/** Languages of the widgets' own labels. */
export type MapLanguage = 'fr' | 'en';

/** Every label the widgets show, in one language. */
export interface MapMessages {
  readonly mapLabel: string;
  readonly legend: string;
  readonly layers: string;
  readonly time: string;
  readonly play: string;
  readonly pause: string;
  readonly dataTable: string;
  readonly noData: string;
  readonly showOnMap: string;
  readonly rowsNotShown: (count: number) => string;
  readonly close: string;
  readonly feature: string;
}

const MESSAGES: Record<MapLanguage, MapMessages> = {
  fr: {
    mapLabel: 'Carte interactive',
    legend: 'Légende',
    layers: 'Couches',
    time: 'Date',
    play: 'Lecture',
    pause: 'Pause',
    dataTable: 'Données de la carte sous forme de tableau',
    noData: 'Pas de donnée',
    showOnMap: 'Voir sur la carte',
    rowsNotShown: (count) => `${count} lignes de plus ne sont pas affichées.`,
    close: 'Fermer',
    feature: 'Objet',
  },
  en: {
    mapLabel: 'Interactive map',
    legend: 'Legend',
    layers: 'Layers',
    time: 'Date',
    play: 'Play',
    pause: 'Pause',
    dataTable: 'Map data as a table',
    noData: 'No data',
    showOnMap: 'Show on map',
    rowsNotShown: (count) => `${count} more rows are not shown.`,
    close: 'Close',
    feature: 'Feature',
  },
};

/**
 * The widgets' labels in a language: French for `fr`, `fr-FR`… and when no language is given,
 * English for any other language tag.
 *
 * @example
 * ```ts
 * messagesFor('fr').legend; // 'Légende'
 * ```
 */
export function messagesFor(language: string | undefined): MapMessages {
  return language === undefined || language.toLowerCase().startsWith('fr')
    ? MESSAGES.fr
    : MESSAGES.en;
}

/** French texts of MapLibre's own controls (its keys), so a French map speaks French throughout. */
const MAPLIBRE_FR: Record<string, string> = {
  'AttributionControl.ToggleAttribution': 'Afficher ou masquer les sources',
  'AttributionControl.MapFeedback': 'Signaler une erreur sur la carte',
  'FullscreenControl.Enter': 'Plein écran',
  'FullscreenControl.Exit': 'Quitter le plein écran',
  'GeolocateControl.FindMyLocation': 'Me localiser',
  'GeolocateControl.LocationNotAvailable': 'Position indisponible',
  'LogoControl.Title': 'Logo MapLibre',
  'Map.Title': 'Carte interactive',
  'Marker.Title': 'Repère',
  'NavigationControl.ResetBearing':
    'Faire glisser pour tourner la carte, cliquer pour revenir au nord',
  'NavigationControl.ZoomIn': 'Zoom avant',
  'NavigationControl.ZoomOut': 'Zoom arrière',
  'Popup.Close': 'Fermer la fenêtre',
  'CooperativeGesturesHandler.WindowsHelpText': 'Ctrl + molette pour zoomer la carte',
  'CooperativeGesturesHandler.MacHelpText': '⌘ + molette pour zoomer la carte',
  'CooperativeGesturesHandler.MobileHelpText': 'Deux doigts pour déplacer la carte',
};

/**
 * The `locale` option of a MapLibre map for a language: French texts for its controls (zoom
 * buttons, popup close button, attribution), or undefined for MapLibre's English defaults.
 */
export function maplibreLocale(language: MapLanguage): Record<string, string> | undefined {
  return language === 'fr' ? MAPLIBRE_FR : undefined;
}
