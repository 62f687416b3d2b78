/**
 * EEA Air Quality Download Service measurements (E1a verified, E2a up-to-date, AirBase
 * historical), as CSV or parquet, columns `Samplingpoint, Pollutant, Start, End, Value, Unit,
 * AggType, Validity, Verification` (plus `ResultTime, DataCapture, FkObservationLog`). Codes:
 * Eionet vocabularies `aq/pollutant`, `aq/observationvalidity` (1 valid; 2, 3 valid below the
 * detection limit; −1, −99 not valid) and `aq/observationverification` (1 verified,
 * 2 preliminary verified, 3 not verified). https://dd.eionet.europa.eu/vocabulary/aq/
 * @packageDocumentation
 */
import { type Source, wallClockToUtc } from '@datacites/core';
import { forEachCsvRow } from './csv-input.js';
import type { EeaSamplingPoint } from './eea-metadata.js';
import { type LoaderOptions, LoadSession } from './load-session.js';
import type { AirData, Averaging } from './model.js';
import { pollutantFrom } from './pollutants.js';
import { parseDateTime } from './time.js';
import { parseUnit } from './units.js';

/** Options of the EEA measurement loaders. */
export interface EeaMeasurementOptions extends LoaderOptions {
  /** Sampling points from {@link loadEeaStationMetadata}, to attach values to stations. */
  readonly samplingPoints?: Iterable<EeaSamplingPoint>;
  /** Zone of `Start`/`End` when the sampling point has none. Default `+01:00` (EEA e-reporting). */
  readonly timeZone?: string;
}

const AGG: Readonly<Record<string, Averaging>> = {
  hour: 'hour',
  day: 'day',
  year: 'year',
  var: 'other',
};

/** Normalises EEA rows, whether read from CSV (strings) or parquet (numbers, Dates). */
export class EeaRowReader {
  readonly session: LoadSession;
  readonly #points: Map<string, EeaSamplingPoint>;
  readonly #zone: string;

  constructor(options: EeaMeasurementOptions) {
    this.session = new LoadSession(options);
    this.#points = new Map([...(options.samplingPoints ?? [])].map((p) => [p.id, p]));
    this.#zone = options.timeZone ?? '+01:00';
  }

  /** Reads one row; `record` is its 1-based number. */
  read(row: Record<string, unknown>, record: number): void {
    const s = this.session;
    const raw = Object.values(row).map(String).join(',');
    const where = `record ${record}`;
    const pointText = String(row.Samplingpoint ?? '').trim();
    if (!pointText) {
      s.reject('missing_station', `${where}: no Samplingpoint`, { field: 'Samplingpoint', raw });
      return;
    }
    // `MT/SPO-MT00003_00001_100`: country prefix, then the sampling point id.
    const pointId = pointText.includes('/')
      ? pointText.slice(pointText.indexOf('/') + 1)
      : pointText;
    const point = this.#points.get(pointId);
    const pollutant = pollutantFrom(String(row.Pollutant ?? ''));
    if (!pollutant) {
      s.reject('unsupported_pollutant', `${where}: pollutant code ${String(row.Pollutant)}`, {
        field: 'Pollutant',
        raw,
      });
      return;
    }
    const validity = Number(row.Validity);
    if (Number.isFinite(validity) && validity <= 0) {
      s.reject('invalid_flag', `${where}: Validity ${validity} marks the value not valid`, {
        field: 'Validity',
        raw,
      });
      return;
    }
    const value = s.value(row.Value, { field: 'Value', raw });
    if (value === undefined) return;
    const unit = parseUnit(String(row.Unit ?? ''));
    if (!unit) {
      s.reject('unknown_unit', `${where}: unit ${String(row.Unit)}`, { field: 'Unit', raw });
      return;
    }
    const zone = point?.timeZone ?? this.#zone;
    const start = timeOf(row.Start, zone);
    const end = timeOf(row.End, zone);
    if (!start || !end || end.utc < start.utc) {
      s.reject('invalid_date', `${where}: period ${String(row.Start)} – ${String(row.End)}`, {
        field: 'Start',
        raw,
      });
      return;
    }
    const verification = Number(row.Verification);
    s.keep({
      stationId: point?.stationId ?? pointId,
      pollutant,
      start: start.utc,
      end: end.utc,
      timeZone: start.zone,
      value,
      unit,
      averaging:
        AGG[
          String(row.AggType ?? '')
            .trim()
            .toLowerCase()
        ] ?? 'other',
      ...(Number.isFinite(validity) ? { validity } : {}),
      ...(Number.isFinite(verification) ? { verified: verification === 1 } : {}),
    });
  }
}

/**
 * A period bound: text, or a parquet timestamp. Both are read as wall-clock times of the sampling
 * point's zone (EEA reports local standard time, UTC+01 for most of Europe).
 */
function timeOf(value: unknown, zone: string) {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    const d = value;
    const fields = [
      d.getUTCFullYear(),
      d.getUTCMonth() + 1,
      d.getUTCDate(),
      d.getUTCHours(),
      d.getUTCMinutes(),
      d.getUTCSeconds(),
    ] as const;
    return { utc: wallClockToUtc(fields, zone), zone };
  }
  return parseDateTime(String(value ?? ''), zone);
}

/**
 * Loads an EEA measurement CSV. Values with Validity ≤ 0 and −999 sentinels are rejected with an
 * issue; with `samplingPoints` from the metadata, values are attached to their station.
 * @example
 * const meta = await loadEeaStationMetadata('DataExtract.csv');
 * const data = await loadEeaMeasurementsCsv('MT_8_2023.csv', { samplingPoints: meta.samplingPoints });
 */
export async function loadEeaMeasurementsCsv(
  source: Source,
  options: EeaMeasurementOptions = {},
): Promise<AirData> {
  const reader = new EeaRowReader(options);
  await forEachCsvRow(
    source,
    reader.session,
    options.source ? { source: options.source } : {},
    (row, record) => reader.read(row, record),
  );
  return reader.session.result();
}
