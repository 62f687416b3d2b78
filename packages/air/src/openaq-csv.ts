/**
 * OpenAQ CSV exports: the "latest" export of the Opendatasoft `openaq` dataset
 * (`Country Code;City;Location;Coordinates;Pollutant;Source Name;Unit;Value;Last Updated;Country Label`)
 * and the OpenAQ AWS archive files (`location_id,sensors_id,location,datetime,lat,lon,parameter,units,value`,
 * https://docs.openaq.org/aws/about). OpenAQ data are CC BY 4.0.
 * @packageDocumentation
 */
import type { Source } from '@datacites/core';
import { forEachCsvRow } from './csv-input.js';
import { type LoaderOptions, LoadSession } from './load-session.js';
import { loadLongTable } from './long-table.js';
import type { AirData } from './model.js';
import { pollutantFrom } from './pollutants.js';
import { parseDateTime } from './time.js';
import { parseUnit } from './units.js';

const DAY_MS = 86_400_000;

/** Options of {@link loadOpenAqLatestCsv}. */
export interface OpenAqLatestOptions extends LoaderOptions {
  /**
   * A station whose value is older than this many days before the newest `Last Updated` of the
   * file is reported as stale (`stale_station`, warning). Default 7.
   */
  readonly staleAfterDays?: number;
}

/**
 * Loads an OpenAQ "latest" CSV export (one value per station and pollutant, Opendatasoft
 * format). Each value is an hourly value ending at `Last Updated` (offset kept). Negative values
 * are rejected; stale stations, stations listed twice with different coordinates and repeated
 * station×pollutant pairs are reported as warnings.
 * @example
 * const data = await loadOpenAqLatestCsv('openaq.csv');
 * data.issueCounts; // negative_value, stale_station, station_moved, duplicate_value …
 */
export async function loadOpenAqLatestCsv(
  source: Source,
  options: OpenAqLatestOptions = {},
): Promise<AirData> {
  const session = new LoadSession(options);
  const rows: { stationId: string; pollutant: string; time: number; line: number }[] = [];
  const seen = new Map<string, number>();
  await forEachCsvRow(
    source,
    session,
    options.source ? { source: options.source } : {},
    (row, record, line) => {
      const raw = Object.values(row).join(';');
      const where = `record ${record}`;
      const stationId = row.Location?.trim();
      if (!stationId) {
        session.reject('missing_station', `${where}: no Location`, { field: 'Location', raw });
        return;
      }
      const [lat, lon] = (row.Coordinates ?? '').split(',').map((s) => Number(s.trim()));
      session.station(
        {
          id: stationId,
          ...(row.City ? { name: `${row.City} ${stationId}` } : {}),
          ...(Number.isFinite(lat) && Number.isFinite(lon)
            ? { latitude: lat!, longitude: lon! }
            : {}),
          type: 'unknown',
          area: 'unknown',
          source: 'openaq',
        },
        { field: 'Coordinates', raw },
      );
      const pollutant = pollutantFrom(row.Pollutant ?? '');
      if (!pollutant) {
        session.reject('unsupported_pollutant', `${where}: ${row.Pollutant}`, {
          field: 'Pollutant',
          raw,
        });
        return;
      }
      const value = session.value(row.Value, { field: 'Value', raw });
      if (value === undefined) return;
      const unit = parseUnit(row.Unit ?? '');
      if (!unit) {
        session.reject('unknown_unit', `${where}: unit ${row.Unit}`, { field: 'Unit', raw });
        return;
      }
      const time = parseDateTime(row['Last Updated'] ?? '', 'UTC');
      if (!time) {
        session.reject('invalid_date', `${where}: Last Updated ${row['Last Updated']}`, {
          field: 'Last Updated',
          raw,
        });
        return;
      }
      const key = `${stationId}|${pollutant}`;
      const count = (seen.get(key) ?? 0) + 1;
      seen.set(key, count);
      if (count > 1) {
        session.issue(
          'duplicate_value',
          'warning',
          `${where}: a second ${pollutant} value for ${stationId}; both kept`,
          { field: 'Location', raw },
        );
      }
      rows.push({ stationId, pollutant, time: time.utc, line });
      session.keep({
        stationId,
        pollutant,
        start: time.utc - 3_600_000,
        end: time.utc,
        timeZone: time.zone,
        value,
        unit,
        averaging: 'hour',
      });
    },
  );
  const newest = rows.reduce((max, r) => Math.max(max, r.time), Number.NEGATIVE_INFINITY);
  const limit = newest - (options.staleAfterDays ?? 7) * DAY_MS;
  // Station → its latest value (the first row holding it), whose line the stale warning gives.
  const latestByStation = new Map<string, { time: number; line: number }>();
  for (const r of rows) {
    const latest = latestByStation.get(r.stationId);
    if (!latest || r.time > latest.time) latestByStation.set(r.stationId, r);
  }
  for (const [stationId, { time, line }] of latestByStation) {
    if (time < limit) {
      const days = Math.floor((newest - time) / DAY_MS);
      session.issue(
        'stale_station',
        'warning',
        `station ${stationId} last reported ${new Date(time).toISOString()}, ${days} days before the newest value`,
        { field: 'Last Updated', line },
      );
    }
  }
  return session.result();
}

/** Options of {@link loadOpenAqArchiveCsv}. */
export interface OpenAqArchiveOptions extends LoaderOptions {
  /** What `datetime` marks. Default `end`: the value averages the hour ending then. */
  readonly timeMarks?: 'start' | 'end';
}

/**
 * Loads an OpenAQ archive CSV (`location-{id}-{yyyymmdd}.csv`, gunzipped or `.csv.gz` through
 * core's gzip support): station = `location_id`, times with the station's offset kept.
 * @example
 * const data = await loadOpenAqArchiveCsv('location-2178-20240101.csv.gz');
 */
export function loadOpenAqArchiveCsv(
  source: Source,
  options: OpenAqArchiveOptions = {},
): Promise<AirData> {
  return loadLongTable(source, {
    ...options,
    columns: {
      station: 'location_id',
      pollutant: 'parameter',
      value: 'value',
      time: 'datetime',
      unit: 'units',
      name: 'location',
      latitude: 'lat',
      longitude: 'lon',
    },
    timeMarks: options.timeMarks ?? 'end',
    delimiter: ',',
    stationSource: 'openaq',
  });
}
