/**
 * Sensor.Community (ex-luftdaten.info) daily archive CSV files
 * (`https://archive.sensor.community/{date}/{date}_{type}_sensor_{id}.csv`), `;`-separated with
 * `sensor_id;sensor_type;location;lat;lon;timestamp` then the sensor's value columns: SDS011
 * `P1;durP1;ratioP1;P2;durP2;ratioP2`, SPS30 `P1;P4;P2;P0;N10;N4;N25;N1;N05;TS`, PMS* `P1;P2;P0`,
 * BME280 `pressure;altitude;pressure_sealevel;temperature;humidity`. P1 is PM10 and P2 PM2.5, in
 * µg/m³; timestamps are UTC. Archive data: Open Data Commons DbCL.
 * @packageDocumentation
 */
import type { Source } from '@datacites/core';
import { forEachCsvRow } from './csv-input.js';
import { type LoaderOptions, LoadSession } from './load-session.js';
import type { AirData } from './model.js';
import type { Pollutant } from './pollutants.js';
import { parseDateTime } from './time.js';

const VALUE_COLUMNS: readonly [string, Pollutant][] = [
  ['P1', 'pm10'],
  ['P2', 'pm25'],
];
const META = new Set(['sensor_id', 'sensor_type', 'location', 'lat', 'lon', 'timestamp']);

/**
 * Loads a Sensor.Community archive file: one station per `location` (named after the sensor),
 * one raw reading (`averaging: 'raw'`, start = end = timestamp) per P1/P2 cell. Columns that are
 * not particle mass (P0, P4, counts, temperature, humidity…) are reported once as ignored; a file
 * without P1/P2 (BME280, DHT22) yields no measurement and says so (`no_pollutant_columns`).
 * Low-cost optical sensors read high in humid air: these are indicative values, not reference
 * measurements.
 * @example
 * const data = await loadSensorCommunityCsv('2018-11-06_sds011_sensor_5331.csv');
 * data.measurements[0]; // { stationId: '3121', pollutant: 'pm10', value: 120.8, averaging: 'raw', … }
 */
export async function loadSensorCommunityCsv(
  source: Source,
  options: LoaderOptions = {},
): Promise<AirData> {
  const session = new LoadSession(options);
  let columns: [string, Pollutant][] | undefined;
  const header = await forEachCsvRow(
    source,
    session,
    { delimiter: ';', ...(options.source ? { source: options.source } : {}) },
    (row, record) => {
      if (!columns) {
        const names = Object.keys(row);
        columns = VALUE_COLUMNS.filter(([name]) => names.includes(name));
        const ignored = names.filter((n) => !META.has(n) && !VALUE_COLUMNS.some(([c]) => c === n));
        if (ignored.length > 0) {
          session.issue(
            'ignored_column',
            'info',
            `columns ${ignored.join(', ')} are not PM2.5/PM10 mass and are not loaded`,
            { line: null },
          );
        }
      }
      const raw = Object.values(row).join(';');
      const stationId = row.location?.trim() || row.sensor_id?.trim();
      if (!stationId) {
        for (const [name] of columns)
          session.reject('missing_station', `record ${record}: no location`, { field: name, raw });
        return;
      }
      const lat = Number(row.lat);
      const lon = Number(row.lon);
      session.station(
        {
          id: stationId,
          name: `${row.sensor_type ?? 'sensor'} ${row.sensor_id ?? ''}`.trim(),
          ...(row.lat && row.lon && Number.isFinite(lat) && Number.isFinite(lon)
            ? { latitude: lat, longitude: lon }
            : {}),
          type: 'unknown',
          area: 'unknown',
          timeZone: 'UTC',
          source: 'sensor.community',
        },
        { field: 'lat', raw },
      );
      const time = parseDateTime(row.timestamp ?? '', 'UTC');
      for (const [name, pollutant] of columns) {
        if (!time) {
          session.reject('invalid_date', `record ${record}: timestamp ${row.timestamp}`, {
            field: 'timestamp',
            raw,
          });
          continue;
        }
        const value = session.value(row[name], { field: name, raw });
        if (value === undefined) continue;
        session.keep({
          stationId,
          pollutant,
          start: time.utc,
          end: time.utc,
          timeZone: 'UTC',
          value,
          unit: 'ug/m3',
          averaging: 'raw',
        });
      }
    },
  );
  if (header.length > 0 && !header.includes('P1') && !header.includes('P2')) {
    session.issue(
      'no_pollutant_columns',
      'info',
      `no P1/P2 column (header: ${header.join(';')}): a weather sensor, no pollutant loaded`,
    );
  }
  return session.result();
}
