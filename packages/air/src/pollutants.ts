/**
 * The six regulated pollutants the package normalises every source to, their molar masses, and
 * the vocabularies each source uses for them.
 * @packageDocumentation
 */

/** A normalised pollutant: fine and coarse particles, nitrogen dioxide, ozone, sulphur dioxide, carbon monoxide. */
export type Pollutant = 'pm25' | 'pm10' | 'no2' | 'o3' | 'so2' | 'co';

/** Every {@link Pollutant}, in a stable order. */
export const POLLUTANTS: readonly Pollutant[] = ['pm25', 'pm10', 'no2', 'o3', 'so2', 'co'];

/** Gases, for which volume mixing ratios (ppb, ppm) make sense. */
export const GASES: readonly Pollutant[] = ['no2', 'o3', 'so2', 'co'];

/**
 * Molar masses in g/mol (NIST Chemistry WebBook, standard atomic weights):
 * NO2 46.0055, O3 47.9982, SO2 64.0638, CO 28.0101.
 */
export const MOLAR_MASS: Readonly<Record<'no2' | 'o3' | 'so2' | 'co', number>> = {
  no2: 46.0055,
  o3: 47.9982,
  so2: 64.0638,
  co: 28.0101,
};

/**
 * EEA/Eionet air-pollutant codes (vocabulary `http://dd.eionet.europa.eu/vocabulary/aq/pollutant/`):
 * 1 SO2, 5 PM10, 7 O3, 8 NO2, 10 CO, 6001 PM2.5.
 */
export const EEA_POLLUTANT_CODES: Readonly<Record<Pollutant, number>> = {
  so2: 1,
  pm10: 5,
  o3: 7,
  no2: 8,
  co: 10,
  pm25: 6001,
};

const BY_EEA_CODE = new Map<string, Pollutant>(
  Object.entries(EEA_POLLUTANT_CODES).map(([p, code]) => [String(code), p as Pollutant]),
);

/** Names seen in sources, folded by {@link foldName}, to the pollutant they mean. */
const BY_NAME = new Map<string, Pollutant>([
  // OpenAQ parameters, EEA notations, AQS-like names
  ['pm25', 'pm25'],
  ['pm2.5', 'pm25'],
  ['pm2,5', 'pm25'],
  ['pm10', 'pm10'],
  ['no2', 'no2'],
  ['o3', 'o3'],
  ['so2', 'so2'],
  ['co', 'co'],
  ['ozone', 'o3'],
  ['nitrogendioxide', 'no2'],
  ['sulphurdioxide', 'so2'],
  ['sulfurdioxide', 'so2'],
  ['carbonmonoxide', 'co'],
  ['particulatematter<2.5µm(aerosol)', 'pm25'],
  ['particulatematter<10µm(aerosol)', 'pm10'],
  ['particulatematter<2.5um(aerosol)', 'pm25'],
  ['particulatematter<10um(aerosol)', 'pm10'],
  // French labels (AASQA, Geod'Air)
  ["dioxyded'azote", 'no2'],
  ['dioxydedesoufre', 'so2'],
  ['monoxydedecarbone', 'co'],
  ['particulespm10', 'pm10'],
  ['particulespm2,5', 'pm25'],
  ['particulespm2.5', 'pm25'],
  ['particulesfinespm2,5', 'pm25'],
  ['particulesfinespm2.5', 'pm25'],
  ['particulesfines', 'pm25'],
  // Sensor.Community columns
  ['p1', 'pm10'],
  ['p2', 'pm25'],
]);

/** Lower-cases and drops spaces, underscores and typographic apostrophes. */
function foldName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '')
    .replace(/[’`]/g, "'");
}

/**
 * Maps a pollutant as a source names it (EEA code or vocabulary URI, OpenAQ parameter, French
 * label, Sensor.Community column) to a {@link Pollutant}, or `undefined` when it is not one of the six.
 * @example
 * pollutantFrom('6001'); // 'pm25' (EEA code)
 * pollutantFrom('PM2.5'); // 'pm25' (OpenAQ export)
 * pollutantFrom("Dioxyde d'azote"); // 'no2' (French label)
 */
export function pollutantFrom(name: string | number): Pollutant | undefined {
  const text = String(name).trim();
  const uri = /\/pollutant\/(\d+)$/.exec(text);
  const code = uri ? uri[1]! : text;
  if (/^\d+$/.test(code)) return BY_EEA_CODE.get(String(Number(code)));
  return BY_NAME.get(foldName(text));
}
