/**
 * French indice ATMO open-data records (AASQA publications in GeoJSON, CSV, WFS): fields
 * `date_ech, code_qual, lib_qual, coul_qual, source, type_zone, code_zone, lib_zone,
 * code_no2|so2|o3|pm10|pm25, conc_*, x_wgs84, y_wgs84` (Atmo France, *Notice technique – Indice
 * ATMO*, 2020). Each record is checked against the arrêté du 10 juillet 2020.
 * @packageDocumentation
 */
import { zoneClock } from '@datacites/core';
import { ATMO_LEVELS, ATMO_SPECIAL_CODES, type AtmoPollutant, atmoSubIndex } from './atmo.js';
import { asNumber, asText } from './json-input.js';
import type { LoadSession, Place } from './load-session.js';
import type { AirLoadReport } from './model.js';
import { parseDateTime } from './time.js';

/** One published indice ATMO for a zone and a day. */
export interface AtmoIndexRecord {
  /** Day the index is for (`date_ech`), `YYYY-MM-DD` in the zone's time (France: Europe/Paris). */
  readonly date: string;
  /** Publication day (`date_dif`), when given. */
  readonly issued?: string;
  /** `code_qual`: 1–6, or 0 indisponible / 7 événement. */
  readonly level: number;
  /** `lib_qual` as published. */
  readonly label: string;
  /** `coul_qual` as published, upper-cased. */
  readonly color?: string;
  /** `code_zone`: INSEE code of the commune or SIREN of the EPCI. */
  readonly zoneCode: string;
  readonly zoneName?: string;
  /** `type_zone`, lower-cased (`commune`, `epci`). */
  readonly zoneType?: string;
  /** AASQA that published it (`source`). */
  readonly agency?: string;
  /** `code_<polluant>` sub-indices published. */
  readonly subIndices: Partial<Record<AtmoPollutant, number>>;
  /** `conc_<polluant>` concentrations published (µg/m³), when given. */
  readonly concentrations: Partial<Record<AtmoPollutant, number>>;
  readonly latitude?: number;
  readonly longitude?: number;
}

/** Result of an ATMO index load: `account.rowsRead = rowsKept + rowsRejected` records. */
export interface AtmoIndexData extends AirLoadReport {
  readonly records: AtmoIndexRecord[];
}

const POLLUTANTS: readonly [AtmoPollutant, string][] = [
  ['no2', 'no2'],
  ['so2', 'so2'],
  ['o3', 'o3'],
  ['pm10', 'pm10'],
  ['pm25', 'pm25'],
];

/** Local date (Europe/Paris, the zone of French AASQA) of an instant. */
function parisDate(utc: number): string {
  return zoneClock('Europe/Paris').localDate(utc);
}

function dayOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return parisDate(value); // epoch ms (ArcGIS)
  const text = asText(value);
  if (!text) return undefined;
  if (/^\d{11,}$/.test(text)) return parisDate(Number(text));
  const parsed = parseDateTime(text, 'Europe/Paris');
  if (!parsed) return undefined;
  // A date written with a UTC offset at midnight (`2022/11/09 00:00:00+00`) names that day.
  const m = /^(\d{4})[-/](\d{2})[-/](\d{2})/.exec(text);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : parisDate(parsed.utc);
}

/**
 * Normalises and checks one record's fields. Rejects (error) records without zone, day or a
 * `code_qual` in 0–7. Warns when a published sub-index disagrees with its published concentration
 * under the arrêté (`sub_index_mismatch`), when `code_qual` is not the worst sub-index
 * (`index_mismatch`), or when `coul_qual` is not the arrêté colour of the class (`colour_mismatch`).
 */
export function atmoRecordFrom(
  fields: Record<string, unknown>,
  session: LoadSession,
  place: Place,
): AtmoIndexRecord | undefined {
  const get = (name: string): unknown => fields[name] ?? fields[name.toUpperCase()];
  const zoneCode = asText(get('code_zone'));
  const date = dayOf(get('date_ech') ?? get('Date') ?? get('date'));
  const level = asNumber(get('code_qual'));
  if (!zoneCode) {
    session.reject('missing_zone', 'no code_zone', { ...place, field: 'code_zone' });
    return undefined;
  }
  if (!date) {
    session.reject('invalid_date', `no valid date_ech: ${String(get('date_ech') ?? get('Date'))}`, {
      ...place,
      field: 'date_ech',
    });
    return undefined;
  }
  if (level === undefined || !Number.isInteger(level) || level < 0 || level > 7) {
    session.reject('invalid_code', `code_qual ${String(get('code_qual'))} is not 0–7`, {
      ...place,
      field: 'code_qual',
    });
    return undefined;
  }
  const subIndices: Partial<Record<AtmoPollutant, number>> = {};
  const concentrations: Partial<Record<AtmoPollutant, number>> = {};
  for (const [pollutant, suffix] of POLLUTANTS) {
    const code = asNumber(get(`code_${suffix}`));
    const conc = asNumber(get(`conc_${suffix}`));
    if (code !== undefined) subIndices[pollutant] = code;
    if (conc !== undefined) {
      if (conc < 0) {
        session.issue(
          'negative_value',
          'warning',
          `conc_${suffix} ${conc} is negative; kept as published`,
          { ...place, field: `conc_${suffix}` },
        );
      }
      concentrations[pollutant] = conc;
      const expected = atmoSubIndex(pollutant, conc)?.level;
      if (
        code !== undefined &&
        code >= 1 &&
        code <= 6 &&
        expected !== undefined &&
        expected !== code
      ) {
        session.issue(
          'sub_index_mismatch',
          'warning',
          `code_${suffix} ${code} but conc_${suffix} ${conc} is class ${expected} under the arrêté`,
          { ...place, field: `code_${suffix}` },
        );
      }
    }
  }
  const codes = Object.values(subIndices).filter((c) => c >= 1 && c <= 6);
  if (level >= 1 && level <= 6 && codes.length > 0 && Math.max(...codes) !== level) {
    session.issue(
      'index_mismatch',
      'warning',
      `code_qual ${level} but the worst sub-index is ${Math.max(...codes)}`,
      { ...place, field: 'code_qual' },
    );
  }
  const color = asText(get('coul_qual'))?.toUpperCase();
  if (color && level >= 1 && level <= 6 && color !== ATMO_LEVELS[level - 1]!.color) {
    session.issue(
      'colour_mismatch',
      'warning',
      `coul_qual ${color} for class ${level} (arrêté colour ${ATMO_LEVELS[level - 1]!.color})`,
      { ...place, field: 'coul_qual' },
    );
  }
  const label =
    asText(get('lib_qual')) ??
    (level >= 1 && level <= 6 ? ATMO_LEVELS[level - 1]!.label : ATMO_SPECIAL_CODES[level as 0 | 7]);
  const latitude = asNumber(get('y_wgs84') ?? get('Latitude'));
  const longitude = asNumber(get('x_wgs84') ?? get('Longitude'));
  const issued = dayOf(get('date_dif'));
  const zoneName = asText(get('lib_zone'));
  const zoneType = asText(get('type_zone'))?.toLowerCase();
  const agency = asText(get('source'));
  return {
    date,
    ...(issued ? { issued } : {}),
    level,
    label,
    ...(color ? { color } : {}),
    zoneCode,
    ...(zoneName ? { zoneName } : {}),
    ...(zoneType ? { zoneType } : {}),
    ...(agency ? { agency } : {}),
    subIndices,
    concentrations,
    ...(latitude === undefined || longitude === undefined ? {} : { latitude, longitude }),
  };
}
