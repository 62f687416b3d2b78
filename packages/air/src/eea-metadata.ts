/**
 * EEA Air Quality Download Service station and sampling-point metadata (`DataExtract.csv`,
 * 70 columns: `Country, …, Timezone, Air Quality Station EoI Code, …, Sampling Point Id, Air
 * Pollutant, Longitude, Latitude, …, Air Quality Station Area, Air Quality Station Type,
 * Operational Activity Begin, Operational Activity End, …`).
 * https://eeadmz1-downloads-webapp.azurewebsites.net/ ; EEA data: re-use with acknowledgement.
 * @packageDocumentation
 */
import type { Source } from '@datacites/core';
import { forEachCsvRow } from './csv-input.js';
import { type LoaderOptions, LoadSession, loadReport } from './load-session.js';
import type { AirLoadReport, Station, StationArea, StationType } from './model.js';
import { type Pollutant, pollutantFrom } from './pollutants.js';
import { parseDateTime } from './time.js';

/** A sampling point: one pollutant measured at one station. */
export interface EeaSamplingPoint {
  /** `Sampling Point Id`, e.g. `SPO-MT00003_00001_100`. */
  readonly id: string;
  /** `Air Quality Station EoI Code`. */
  readonly stationId: string;
  /** The pollutant when it is one of the six. */
  readonly pollutant?: Pollutant;
  /** `Air Pollutant` as written (`PM2.5`, `C6H6`…). */
  readonly pollutantName: string;
  /** `Timezone` (e.g. `UTC+01`). */
  readonly timeZone?: string;
  /** Epoch ms of `Operational Activity Begin`. */
  readonly begin?: number;
  /** Epoch ms of `Operational Activity End`; absent = still operating. */
  readonly end?: number;
}

/**
 * Result of {@link loadEeaStationMetadata}: `account.rowsRead = rowsKept + rowsRejected` rows
 * (sampling points).
 */
export interface EeaMetadata extends AirLoadReport {
  readonly stations: Station[];
  readonly samplingPoints: EeaSamplingPoint[];
}

const TYPES: Readonly<Record<string, StationType>> = {
  traffic: 'traffic',
  background: 'background',
  industrial: 'industrial',
};

function areaOf(text: string): StationArea {
  const t = text.toLowerCase();
  if (t.startsWith('urban')) return 'urban';
  if (t.startsWith('suburban')) return 'suburban';
  if (t.startsWith('rural')) return 'rural';
  return 'unknown';
}

/**
 * Loads EEA station metadata: one station per EoI code (type and area from the EEA
 * classification), and every sampling point. Rows without station or sampling point are rejected;
 * a station listed with different coordinates is reported (`station_moved`); sampling points that
 * stopped operating are counted in one info issue (`closed_sampling_points`).
 * @example
 * const meta = await loadEeaStationMetadata('DataExtract.csv');
 * const points = new Map(meta.samplingPoints.map((p) => [p.id, p]));
 */
export async function loadEeaStationMetadata(
  source: Source,
  options: LoaderOptions = {},
): Promise<EeaMetadata> {
  const session = new LoadSession(options);
  const points = new Map<string, EeaSamplingPoint>();
  let rejected = 0;
  let closed = 0;
  let rows = 0;
  await forEachCsvRow(
    source,
    session,
    options.source ? { source: options.source } : {},
    (row, record) => {
      rows++;
      const raw = Object.values(row).join(',');
      const stationId = row['Air Quality Station EoI Code']?.trim();
      const pointId = row['Sampling Point Id']?.trim();
      if (!stationId || !pointId) {
        rejected++;
        session.issue(
          'missing_station',
          'error',
          `record ${record}: no station EoI code or sampling point id`,
          { raw },
        );
        return;
      }
      const timeZone = row.Timezone?.trim() || undefined;
      const lat = Number(row.Latitude);
      const lon = Number(row.Longitude);
      const name = row['Air Quality Station Name']?.trim();
      session.station(
        {
          id: stationId,
          ...(name ? { name } : {}),
          ...(row.Latitude && row.Longitude && Number.isFinite(lat) && Number.isFinite(lon)
            ? { latitude: lat, longitude: lon }
            : {}),
          type: TYPES[(row['Air Quality Station Type'] ?? '').trim().toLowerCase()] ?? 'unknown',
          area: areaOf(row['Air Quality Station Area'] ?? ''),
          ...(timeZone ? { timeZone } : {}),
          source: 'eea',
        },
        { field: 'Latitude', raw },
      );
      const zone = timeZone ?? 'UTC';
      const begin = parseDateTime(row['Operational Activity Begin'] ?? '', zone)?.utc;
      const end = parseDateTime(row['Operational Activity End'] ?? '', zone)?.utc;
      if (end !== undefined) closed++;
      const pollutantName = (row['Air Pollutant'] ?? '').trim();
      const pollutant = pollutantFrom(pollutantName);
      if (points.has(pointId)) {
        session.issue(
          'duplicate_sampling_point',
          'warning',
          `record ${record}: sampling point ${pointId} listed again (e.g. another process or year); the first row is kept`,
          { raw },
        );
      }
      if (!points.has(pointId)) {
        points.set(pointId, {
          id: pointId,
          stationId,
          pollutantName,
          ...(pollutant ? { pollutant } : {}),
          ...(timeZone ? { timeZone } : {}),
          ...(begin === undefined ? {} : { begin }),
          ...(end === undefined ? {} : { end }),
        });
      }
    },
  );
  if (closed > 0) {
    session.issue(
      'closed_sampling_points',
      'info',
      `${closed} rows have an Operational Activity End: those sampling points no longer measure`,
    );
  }
  return {
    stations: session.stations,
    samplingPoints: [...points.values()],
    ...loadReport(session.issues, rows - rejected, rejected),
  };
}
