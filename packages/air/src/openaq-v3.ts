/**
 * OpenAQ API v3 responses: `/v3/locations` (stations and their sensors) and
 * `/v3/sensors/{id}/measurements` (or `/hours`, `/days`). Schema: https://docs.openaq.org/api
 * (resources "Locations", "Sensors", "Measurements"). OpenAQ data are CC BY 4.0.
 * @packageDocumentation
 */
import { asNumber, asRecord, asText, type JsonInput, readJson } from './json-input.js';
import { type LoaderOptions, LoadSession } from './load-session.js';
import type { AirData, Averaging } from './model.js';
import { type Pollutant, pollutantFrom } from './pollutants.js';
import { parseDateTime } from './time.js';
import { parseUnit, type Unit } from './units.js';

/** A sensor of an OpenAQ location: one parameter each. */
export interface OpenAqSensor {
  readonly id: number;
  readonly locationId: string;
  /** The pollutant, when the parameter is one of the six. */
  readonly pollutant?: Pollutant;
  readonly unit?: Unit;
  /** The OpenAQ parameter name, e.g. `pm25`, `temperature`. */
  readonly parameter: string;
}

/** Stations of a `/v3/locations` response, with their sensors. */
export interface OpenAqLocations extends AirData {
  readonly sensors: readonly OpenAqSensor[];
}

function resultsOf(json: unknown): unknown[] | undefined {
  const results = asRecord(json)?.results;
  return Array.isArray(results) ? results : undefined;
}

/**
 * Reads a `/v3/locations` (or `/v3/locations/{id}`) response: one station per location (`isMonitor`
 * false is a low-cost sensor), and the sensors mapping sensor ids to locations and pollutants.
 * @example
 * const { stations, sensors } = readOpenAqLocations(await (await fetch(url, { headers })).text());
 */
export function readOpenAqLocations(
  input: JsonInput,
  options: LoaderOptions = {},
): OpenAqLocations {
  const session = new LoadSession(options);
  const sensors: OpenAqSensor[] = [];
  const results = resultsOf(readJson(input, session));
  if (!results) {
    session.issue(
      'unexpected_structure',
      'error',
      'no results array (expected an OpenAQ v3 response)',
    );
    return { ...session.result(), sensors };
  }
  results.forEach((item, index) => {
    const location = asRecord(item);
    const id = asText(location?.id);
    if (!location || !id) {
      session.issue('missing_station', 'error', `result ${index + 1} has no location id`, {
        raw: JSON.stringify(item ?? null),
      });
      return;
    }
    const coordinates = asRecord(location.coordinates);
    const latitude = asNumber(coordinates?.latitude);
    const longitude = asNumber(coordinates?.longitude);
    const name = asText(location.name);
    const timeZone = asText(location.timezone);
    session.station({
      id,
      ...(name === undefined ? {} : { name }),
      ...(latitude === undefined || longitude === undefined ? {} : { latitude, longitude }),
      type: 'unknown',
      area: 'unknown',
      ...(timeZone === undefined ? {} : { timeZone }),
      source: 'openaq',
    });
    const list = Array.isArray(location.sensors) ? location.sensors : [];
    for (const s of list) {
      const sensor = asRecord(s);
      const sensorId = asNumber(sensor?.id);
      const parameter = asRecord(sensor?.parameter);
      const name = asText(parameter?.name) ?? '';
      if (sensorId === undefined) continue;
      const pollutant = pollutantFrom(name);
      const unit = parseUnit(asText(parameter?.units) ?? '');
      sensors.push({
        id: sensorId,
        locationId: id,
        parameter: name,
        ...(pollutant ? { pollutant } : {}),
        ...(unit ? { unit } : {}),
      });
    }
  });
  return { ...session.result(), sensors };
}

/** Options of {@link readOpenAqMeasurements}. */
export interface OpenAqMeasurementOptions extends LoaderOptions {
  /** The sensor the response is for (measurements do not name it): from {@link readOpenAqLocations}. */
  readonly sensor: Pick<OpenAqSensor, 'id' | 'locationId'>;
}

function averagingOf(interval: string | undefined, label: string | undefined): Averaging {
  const text = `${interval ?? ''} ${label ?? ''}`.toLowerCase();
  if (/^01:00:00|hour|\b1h\b/.test(text)) return 'hour';
  if (/^24:00:00|day/.test(text)) return 'day';
  if (/year/.test(text)) return 'year';
  if (/^00:00:00|raw/.test(text)) return 'raw';
  return 'other';
}

/**
 * Reads a `/v3/sensors/{id}/measurements` (`/hours`, `/days`) response into measurements of that
 * sensor's location. Values flagged by OpenAQ (`flagInfo.hasFlags`) are kept with a warning
 * (`flagged_value`); parameters other than the six pollutants, missing or negative values are
 * rejected with an issue.
 * @example
 * const hours = readOpenAqMeasurements(json, { sensor: { id: 4608, locationId: '79' } });
 */
export function readOpenAqMeasurements(
  input: JsonInput,
  options: OpenAqMeasurementOptions,
): AirData {
  const session = new LoadSession(options);
  const results = resultsOf(readJson(input, session));
  if (!results) {
    session.issue(
      'unexpected_structure',
      'error',
      'no results array (expected an OpenAQ v3 response)',
    );
    return session.result();
  }
  const stationId = options.sensor.locationId;
  results.forEach((item, index) => {
    const where = `result ${index + 1}`;
    const raw = JSON.stringify(item ?? null);
    const m = asRecord(item);
    if (!m) {
      session.reject('invalid_record', `${where} is not an object`, { raw });
      return;
    }
    const parameter = asRecord(m.parameter);
    const pollutant = pollutantFrom(asText(parameter?.name) ?? '');
    if (!pollutant) {
      session.reject('unsupported_pollutant', `${where}: parameter ${String(parameter?.name)}`, {
        field: 'parameter',
        raw,
      });
      return;
    }
    const unit = parseUnit(asText(parameter?.units) ?? '');
    if (!unit) {
      session.reject('unknown_unit', `${where}: unit ${String(parameter?.units)}`, {
        field: 'units',
        raw,
      });
      return;
    }
    const value = session.value(m.value, { field: 'value', raw });
    if (value === undefined) return;
    const period = asRecord(m.period);
    const from = asRecord(period?.datetimeFrom);
    const to = asRecord(period?.datetimeTo);
    const start = parseDateTime(asText(from?.utc) ?? '', 'UTC');
    const end = parseDateTime(asText(to?.utc) ?? asText(from?.utc) ?? '', 'UTC');
    if (!start || !end) {
      session.reject('invalid_date', `${where}: no valid period.datetimeFrom.utc`, {
        field: 'period',
        raw,
      });
      return;
    }
    const local = parseDateTime(asText(from?.local) ?? '', 'UTC');
    if (asRecord(m.flagInfo)?.hasFlags === true) {
      session.issue('flagged_value', 'warning', `${where}: OpenAQ flags this value; kept`, { raw });
    }
    session.keep({
      stationId,
      pollutant,
      start: start.utc,
      end: end.utc,
      timeZone: local?.zone ?? 'UTC',
      value,
      unit,
      averaging: averagingOf(asText(period?.interval), asText(period?.label)),
    });
  });
  return session.result();
}
