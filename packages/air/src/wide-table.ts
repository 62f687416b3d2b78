/**
 * A wide table of one station: a time column and one column per pollutant (e.g. the UK council
 * export `DateTime;Nitrogen Dioxide;PM10;PM2.5`).
 * @packageDocumentation
 */
import type { Source } from '@datacites/core';
import { forEachCsvRow } from './csv-input.js';
import { type LoaderOptions, LoadSession } from './load-session.js';
import type { AirData, Station } from './model.js';
import { type Pollutant, pollutantFrom } from './pollutants.js';
import { parseDateTime } from './time.js';
import type { Unit } from './units.js';

const HOUR_MS = 3_600_000;

/** Options of {@link loadWideTable}. */
export interface WideTableOptions extends LoaderOptions {
  /** The station all values belong to. */
  readonly station: Pick<Station, 'id'> & Partial<Station>;
  /** Name of the time column. Default: the first column. */
  readonly time?: string;
  /** Whether the time marks the start or the end of the hour. Default `start`. */
  readonly timeMarks?: 'start' | 'end';
  /** Header → pollutant. Default: every header {@link pollutantFrom} recognises. */
  readonly columns?: Readonly<Record<string, Pollutant>>;
  /** Unit of every value column. Default µg/m³. */
  readonly unit?: Unit;
  /** Zone of times written without offset. Default `UTC`. */
  readonly timeZone?: string;
  readonly delimiter?: string;
}

/**
 * Loads a one-station wide table of hourly values. Each cell is one value: empty cells, negative
 * values and sentinels are rejected with an issue (so `account.rowsRead` counts cells); columns
 * that are not pollutants are reported once (`ignored_column`).
 * @example
 * const data = await loadWideTable('aberdeen-king-street.csv', {
 *   station: { id: 'king-street', name: 'Aberdeen King Street', type: 'traffic', area: 'urban' },
 *   timeMarks: 'end', // 2017-10-01 01:00:00 is the hour 00:00–01:00
 * });
 */
export async function loadWideTable(source: Source, options: WideTableOptions): Promise<AirData> {
  const session = new LoadSession(options);
  const timeZone = options.timeZone ?? 'UTC';
  const unit = options.unit ?? 'ug/m3';
  const station: Station = {
    type: 'unknown',
    area: 'unknown',
    source: 'table',
    ...options.station,
  };
  session.station(station);
  let columns: [string, Pollutant][] | undefined;
  let timeColumn = options.time;
  await forEachCsvRow(
    source,
    session,
    {
      ...(options.delimiter ? { delimiter: options.delimiter } : {}),
      ...(options.source ? { source: options.source } : {}),
    },
    (row, record) => {
      if (!columns) {
        const names = Object.keys(row);
        timeColumn ??= names[0]!;
        columns = [];
        for (const name of names) {
          if (name === timeColumn) continue;
          const pollutant = options.columns ? options.columns[name] : pollutantFrom(name);
          if (pollutant) columns.push([name, pollutant]);
          else
            session.issue('ignored_column', 'info', `column ${name} is not a pollutant`, {
              field: name,
              line: null,
            });
        }
      }
      const raw = Object.values(row).join(';');
      const time = parseDateTime(row[timeColumn!] ?? '', timeZone);
      if (!time) {
        for (const [name] of columns) {
          session.reject('invalid_date', `record ${record}: time ${row[timeColumn!]}`, {
            field: name,
            raw,
          });
        }
        return;
      }
      const start = options.timeMarks === 'end' ? time.utc - HOUR_MS : time.utc;
      for (const [name, pollutant] of columns) {
        const value = session.value(row[name], { field: name, raw });
        if (value === undefined) continue;
        session.keep({
          stationId: station.id,
          pollutant,
          start,
          end: start + HOUR_MS,
          timeZone: time.zone,
          value,
          unit,
          averaging: 'hour',
        });
      }
    },
  );
  return session.result();
}
