/**
 * A generic long table: one row per value, with columns for the station, pollutant, time and
 * value (and optionally end time, unit, validity flag, station name and position).
 * @packageDocumentation
 */
import type { Source } from '@datacites/core';
import { forEachCsvRow } from './csv-input.js';
import { type LoaderOptions, LoadSession } from './load-session.js';
import type { AirData, Averaging } from './model.js';
import { pollutantFrom } from './pollutants.js';
import { parseDateTime } from './time.js';
import { parseUnit, type Unit } from './units.js';

const HOUR_MS = 3_600_000;

/** Column names of a long table. */
export interface LongTableColumns {
  readonly station: string;
  readonly pollutant: string;
  readonly value: string;
  /** Time of the value; what it marks is given by `timeMarks`. */
  readonly time: string;
  /** End of the period, when the table has one (then `time` is its start). */
  readonly end?: string;
  readonly unit?: string;
  /** A validity flag column; rows whose flag `isValid` rejects are rejected. */
  readonly validity?: string;
  readonly name?: string;
  readonly latitude?: string;
  readonly longitude?: string;
}

/** Options of {@link loadLongTable}. */
export interface LongTableOptions extends LoaderOptions {
  readonly columns: LongTableColumns;
  /** Unit when there is no unit column. Default µg/m³. */
  readonly unit?: Unit;
  /** Zone of times written without offset. Default `UTC`. */
  readonly timeZone?: string;
  /** Whether `time` marks the start or the end of the period (without an `end` column). Default `start`. */
  readonly timeMarks?: 'start' | 'end';
  /** Averaging of the values. Default `hour`. */
  readonly averaging?: Averaging;
  /** Length of the period in hours when there is no `end` column. Default 1 (0 for `raw`). */
  readonly periodHours?: number;
  /** Which validity flags are valid. Default: `1`, `true`, `valid`, `v` and empty. */
  readonly isValid?: (flag: string) => boolean;
  /** Field delimiter; sniffed otherwise. */
  readonly delimiter?: string;
  /** The source the stations are labelled with. Default `table`. */
  readonly stationSource?: string;
}

const DEFAULT_VALID = (flag: string) => /^(1|true|valid|v|)$/i.test(flag.trim());

/**
 * Loads a long table (CSV or other delimited text) into the normalised model.
 * @example
 * const data = await loadLongTable('values.csv', {
 *   columns: { station: 'site', pollutant: 'polluant', value: 'valeur', time: 'debut', end: 'fin' },
 *   timeZone: 'Europe/Paris',
 * });
 */
export async function loadLongTable(source: Source, options: LongTableOptions): Promise<AirData> {
  const session = new LoadSession(options);
  const c = options.columns;
  const timeZone = options.timeZone ?? 'UTC';
  const averaging = options.averaging ?? 'hour';
  const period = (options.periodHours ?? (averaging === 'raw' ? 0 : 1)) * HOUR_MS;
  const isValid = options.isValid ?? DEFAULT_VALID;
  const header = await forEachCsvRow(
    source,
    session,
    {
      ...(options.delimiter ? { delimiter: options.delimiter } : {}),
      ...(options.source ? { source: options.source } : {}),
    },
    (row, record) => {
      const raw = Object.values(row).join(';');
      const where = `record ${record}`;
      const stationId = row[c.station]?.trim();
      if (!stationId) {
        session.reject('missing_station', `${where}: no ${c.station}`, { field: c.station, raw });
        return;
      }
      const lat = c.latitude ? Number(row[c.latitude]) : Number.NaN;
      const lon = c.longitude ? Number(row[c.longitude]) : Number.NaN;
      const name = c.name ? row[c.name]?.trim() : undefined;
      session.station({
        id: stationId,
        ...(name ? { name } : {}),
        ...(Number.isFinite(lat) && Number.isFinite(lon) && row[c.latitude!] !== ''
          ? { latitude: lat, longitude: lon }
          : {}),
        type: 'unknown',
        area: 'unknown',
        source: options.stationSource ?? 'table',
      });
      const pollutantText = row[c.pollutant] ?? '';
      const pollutant = pollutantFrom(pollutantText);
      if (!pollutant) {
        session.reject(
          'unsupported_pollutant',
          `${where}: ${pollutantText} is not one of pm25, pm10, no2, o3, so2, co`,
          { field: c.pollutant, raw },
        );
        return;
      }
      if (c.validity && !isValid(row[c.validity] ?? '')) {
        session.reject(
          'invalid_flag',
          `${where}: ${c.validity} ${row[c.validity]} marks the value invalid`,
          { field: c.validity, raw },
        );
        return;
      }
      const value = session.value(row[c.value], { field: c.value, raw });
      if (value === undefined) return;
      const unitText = c.unit ? (row[c.unit] ?? '') : undefined;
      const unit = unitText === undefined ? (options.unit ?? 'ug/m3') : parseUnit(unitText);
      if (!unit) {
        session.reject('unknown_unit', `${where}: unit ${unitText}`, { field: c.unit!, raw });
        return;
      }
      const time = parseDateTime(row[c.time] ?? '', timeZone);
      const endTime = c.end ? parseDateTime(row[c.end] ?? '', timeZone) : undefined;
      if (!time || (c.end && !endTime)) {
        session.reject(
          'invalid_date',
          `${where}: time ${row[c.time]}${c.end ? ` – ${row[c.end]}` : ''}`,
          { field: c.time, raw },
        );
        return;
      }
      let start = time.utc;
      let end = start + period;
      if (endTime) end = endTime.utc;
      else if (options.timeMarks === 'end') {
        end = time.utc;
        start = end - period;
      }
      session.keep({
        stationId,
        pollutant,
        start,
        end,
        timeZone: time.zone,
        value,
        unit,
        averaging,
      });
    },
  );
  for (const [key, name] of Object.entries(c)) {
    if (name !== undefined && header.length > 0 && !header.includes(name)) {
      session.issue('missing_column', 'error', `column ${name} (${key}) is not in the header`, {
        field: name,
      });
    }
  }
  return session.result();
}
