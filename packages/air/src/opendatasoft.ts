/**
 * AASQA hourly station exports published on Opendatasoft portals, e.g. Grand Poitiers /
 * Atmo Nouvelle-Aquitaine dataset
 * `concentrations-horaires-de-polluants-dans-lair-ambiant-issues-du-reseau-permanen`
 * (fields `cd_sttn, nm_sttn, nom_pll, id_pll, metriqu, dat_dbt, date_fn, valeur, unite, sttt_vl,
 * geo_point_2d`). Opendatasoft API: https://help.opendatasoft.com/apis/ods-explore-v2/
 * @packageDocumentation
 */
import type { Source } from '@datacites/core';
import { forEachCsvRow } from './csv-input.js';
import { asNumber, asRecord, asText, type JsonInput, readJson } from './json-input.js';
import { type LoaderOptions, LoadSession } from './load-session.js';
import type { AirData, Averaging } from './model.js';
import { pollutantFrom } from './pollutants.js';
import { parseDateTime } from './time.js';
import { parseUnit } from './units.js';

/** Options of {@link loadOpendatasoftStations}. */
export interface OpendatasoftOptions extends LoaderOptions {
  /** Zone of the naive `dat_dbt`/`date_fn` times. Default `Europe/Paris`. */
  readonly timeZone?: string;
}

const AVERAGING: Readonly<Record<string, Averaging>> = {
  'moyenne horaire': 'hour',
  'moyenne journaliere': 'day',
  'moyenne journalière': 'day',
  'moyenne annuelle': 'year',
};

/** The field objects of the records, whatever the API version of the export. */
function recordsOf(json: unknown): unknown[] | undefined {
  const list = Array.isArray(json) ? json : (asRecord(json)?.records ?? asRecord(json)?.results);
  if (!Array.isArray(list)) return undefined;
  return list.map((r) => {
    const rec = asRecord(r);
    // v1 export: { fields, geometry }; v2: { record: { fields } }; v2.1: flat.
    const fields = asRecord(rec?.fields) ?? asRecord(asRecord(rec?.record)?.fields) ?? rec;
    return fields && rec?.geometry && !fields.geometry
      ? { ...fields, geometry: rec.geometry }
      : fields;
  });
}

/** [lat, lon] from `geometry` (GeoJSON [lon, lat]) or `geo_point_2d` ([lat, lon] or {lat, lon}). */
function position(fields: Record<string, unknown>): [number, number] | undefined {
  const coords = asRecord(fields.geometry)?.coordinates ?? asRecord(fields.geo_shape)?.coordinates;
  if (Array.isArray(coords) && coords.length >= 2) {
    const [lon, lat] = coords.map(asNumber);
    if (lat !== undefined && lon !== undefined) return [lat, lon];
  }
  const point = fields.geo_point_2d;
  if (typeof point === 'string') {
    const [lat, lon] = point.split(',').map(asNumber);
    if (lat !== undefined && lon !== undefined) return [lat, lon];
  }
  if (Array.isArray(point)) {
    const [lat, lon] = point.map(asNumber);
    if (lat !== undefined && lon !== undefined) return [lat, lon];
  }
  const p = asRecord(point);
  const lat = asNumber(p?.lat);
  const lon = asNumber(p?.lon);
  return lat !== undefined && lon !== undefined ? [lat, lon] : undefined;
}

/**
 * Loads an Opendatasoft JSON export of AASQA station measurements into the normalised model.
 * Hourly and annual rows of the same dataset are both kept, with their averaging, and reported
 * (`mixed_averaging`); rows flagged invalid (`sttt_vl` ≠ 1), without value, with a negative value or
 * an unknown pollutant/unit are rejected with an issue.
 * @example
 * const data = loadOpendatasoftStations(await readFile('grandpoitiers.json', 'utf8'));
 * data.measurements[0]; // { stationId: 'FR09015', pollutant: 'no2', averaging: 'hour', … }
 * data.account; // { rowsRead: 45, rowsKept: 44, rowsRejected: 1 }
 */
export function loadOpendatasoftStations(
  input: JsonInput,
  options: OpendatasoftOptions = {},
): AirData {
  const session = new LoadSession(options);
  const timeZone = options.timeZone ?? 'Europe/Paris';
  const records = recordsOf(readJson(input, session));
  if (!records) {
    session.issue(
      'unexpected_structure',
      'error',
      'no records array (expected an Opendatasoft export)',
    );
    return session.result();
  }
  const averagings = new Map<Averaging, number>();
  records.forEach((record, index) => {
    readOpendatasoftRecord(record, index + 1, session, timeZone, averagings);
  });
  reportAveragings(session, averagings);
  return session.result();
}

/** Reports a dataset that mixes averaging periods (`mixed_averaging`, warning). */
export function reportAveragings(session: LoadSession, averagings: Map<Averaging, number>): void {
  if (averagings.size > 1) {
    const summary = [...averagings].map(([a, n]) => `${n} ${a}`).join(', ');
    session.issue(
      'mixed_averaging',
      'warning',
      `the dataset mixes averaging periods: ${summary}; filter on averaging before aggregating`,
    );
  }
}

/**
 * Reads one Opendatasoft record (its `fields`) of an AASQA station export into `session`;
 * `averagings` counts the averaging periods seen. Shared by the JSON and CSV loaders.
 */
export function readOpendatasoftRecord(
  record: unknown,
  number: number,
  session: LoadSession,
  timeZone: string,
  averagings: Map<Averaging, number>,
): void {
  const fields = asRecord(record);
  const where = `record ${number}`;
  const raw = JSON.stringify(record ?? null);
  if (!fields) {
    session.reject('invalid_record', `${where} is not an object`, { raw });
    return;
  }
  const stationId = asText(fields.cd_sttn);
  if (!stationId) {
    session.reject('missing_station', `${where} has no cd_sttn`, { field: 'cd_sttn', raw });
    return;
  }
  const pos = position(fields);
  const name = asText(fields.nm_sttn);
  session.station({
    id: stationId,
    ...(name === undefined ? {} : { name }),
    ...(pos ? { latitude: pos[0], longitude: pos[1] } : {}),
    type: 'unknown',
    area: 'unknown',
    timeZone,
    source: 'opendatasoft',
  });
  const pollutant = pollutantFrom(asText(fields.id_pll) ?? asText(fields.nom_pll) ?? '');
  if (!pollutant) {
    session.reject(
      'unsupported_pollutant',
      `${where}: pollutant ${String(fields.nom_pll ?? fields.id_pll)} is not one of pm25, pm10, no2, o3, so2, co`,
      { field: 'id_pll', raw },
    );
    return;
  }
  const flag = asNumber(fields.sttt_vl);
  if (flag !== undefined && flag !== 1) {
    session.reject('invalid_flag', `${where}: sttt_vl ${flag} marks the value invalid`, {
      field: 'sttt_vl',
      raw,
    });
    return;
  }
  const value = session.value(fields.valeur, { field: 'valeur', raw });
  if (value === undefined) return;
  const unit = parseUnit(asText(fields.unite) ?? '');
  if (!unit) {
    session.reject('unknown_unit', `${where}: unit ${String(fields.unite)}`, {
      field: 'unite',
      raw,
    });
    return;
  }
  const start = parseDateTime(asText(fields.dat_dbt) ?? '', timeZone);
  const end = parseDateTime(asText(fields.date_fn) ?? '', timeZone);
  if (!start || !end || end.utc < start.utc) {
    session.reject(
      'invalid_date',
      `${where}: period ${String(fields.dat_dbt)} – ${String(fields.date_fn)}`,
      { field: 'dat_dbt', raw },
    );
    return;
  }
  const metric = (asText(fields.metriqu) ?? '').toLowerCase();
  const averaging = AVERAGING[metric] ?? 'other';
  if (averaging === 'other') {
    session.issue('unknown_averaging', 'warning', `${where}: metriqu "${metric}" kept as other`, {
      field: 'metriqu',
    });
  }
  averagings.set(averaging, (averagings.get(averaging) ?? 0) + 1);
  session.keep({
    stationId,
    pollutant,
    start: start.utc,
    end: end.utc,
    timeZone: start.zone,
    value,
    unit,
    averaging,
    ...(flag === undefined ? {} : { validity: flag }),
  });
}

/**
 * Loads the CSV export of the same Opendatasoft datasets (`;`-separated, `geo_point_2d` as
 * `"lat, lon"`), with the checks of {@link loadOpendatasoftStations}.
 * @example
 * const data = await loadOpendatasoftStationsCsv('concentrations-horaires.csv');
 */
export async function loadOpendatasoftStationsCsv(
  source: Source,
  options: OpendatasoftOptions = {},
): Promise<AirData> {
  const session = new LoadSession(options);
  const timeZone = options.timeZone ?? 'Europe/Paris';
  const averagings = new Map<Averaging, number>();
  await forEachCsvRow(
    source,
    session,
    options.source ? { source: options.source } : {},
    (row, record) => readOpendatasoftRecord(row, record, session, timeZone, averagings),
  );
  reportAveragings(session, averagings);
  return session.result();
}
