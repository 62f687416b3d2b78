/**
 * Enedis Data Connect API responses (load curves and daily consumption, v4/v5 shape) into a
 * {@link TimeSeries}.
 * @packageDocumentation
 */

import { IssueList, type LoadIssue } from '@datacites/core';
import { LocalSequence } from './local-sequence.js';
import type { TimeSeries } from './model.js';
import { isEnergyUnit, isPowerUnit } from './units.js';

/** Every item of a source accounted for: `rowsRead = rowsKept + rowsRejected`. */
export interface RowAccount {
  readonly rowsRead: number;
  readonly rowsKept: number;
  readonly rowsRejected: number;
}

/** Result of {@link loadLinkyJson}. */
export interface LinkyJsonLoad {
  readonly series: TimeSeries;
  readonly usagePointId: string | undefined;
  /** `measurement_kind` of the reading type: `power` (load curve) or `energy` (daily). */
  readonly measurementKind: string | undefined;
  readonly issues: IssueList;
  readonly account: RowAccount;
}

const DURATION = /^PT(\d+)M$|^PT(\d+)H$|^P1D$/;

function stepOf(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const m = DURATION.exec(text);
  if (!m) return undefined;
  if (m[1]) return Number(m[1]);
  if (m[2]) return Number(m[2]) * 60;
  return 1440;
}

/**
 * Reads a Data Connect `meter_reading` (a JSON string or the parsed object). Values are strings
 * in the API and are parsed; a load-curve value (`aggregate: average`, unit W) stamped
 * `YYYY-MM-DD HH:MM:SS` is the mean power over the interval **ending** at that local Paris time,
 * so the series has `stamp: 'end'`; daily energies (`YYYY-MM-DD`) get `stamp: 'start'` at local
 * midnight. Local times are resolved in order (the repeated hour of the autumn day becomes winter
 * time) and times that do not exist are reported. Items that cannot be read are rejected with an
 * issue, never dropped silently.
 *
 * @example
 * ```ts
 * const { series, issues } = loadLinkyJson(await response.text());
 * loadCurveIndicators({ ...series, unit: 'W' });
 * ```
 */
export function loadLinkyJson(
  input: string | unknown,
  options: { source?: string; timeZone?: string } = {},
): LinkyJsonLoad {
  const issues = new IssueList();
  const place = options.source === undefined ? {} : { source: options.source };
  const timeZone = options.timeZone ?? 'Europe/Paris';
  const fail = (issue: Omit<LoadIssue, 'severity'>) =>
    issues.add({ ...place, ...issue, severity: 'error' });
  let root: unknown = input;
  if (typeof input === 'string') {
    try {
      root = JSON.parse(input);
    } catch (error) {
      fail({ code: 'invalid_json', message: `Not JSON: ${(error as Error).message}` });
      root = undefined;
    }
  }
  const reading = (root as { meter_reading?: Record<string, unknown> } | undefined)?.meter_reading;
  const readingType = (reading?.reading_type ?? {}) as Record<string, unknown>;
  const unitText = String(readingType.unit ?? '');
  const unit = isPowerUnit(unitText) || isEnergyUnit(unitText) ? unitText : 'W';
  if (root !== undefined && reading === undefined) {
    fail({ code: 'missing_meter_reading', message: 'No meter_reading object in the response' });
  } else if (reading !== undefined && !(isPowerUnit(unitText) || isEnergyUnit(unitText))) {
    issues.add({
      ...place,
      severity: 'warning',
      code: 'unknown_unit',
      field: 'reading_type.unit',
      message: `Unit "${unitText}" not recognised; assumed W`,
    });
  }
  const items = Array.isArray(reading?.interval_reading)
    ? (reading.interval_reading as unknown[])
    : [];
  const daily = readingType.measuring_period === 'P1D' || readingType.measurement_kind === 'energy';
  let step = daily ? 1440 : undefined;
  const sequence = new LocalSequence(timeZone);
  const timestamps: number[] = [];
  const values: number[] = [];
  let rejected = 0;
  items.forEach((item, index) => {
    const entry = (item ?? {}) as Record<string, unknown>;
    const where = { field: `interval_reading[${index}]`, raw: JSON.stringify(item).slice(0, 120) };
    const value =
      typeof entry.value === 'string' || typeof entry.value === 'number'
        ? Number(entry.value)
        : Number.NaN;
    const date = typeof entry.date === 'string' ? entry.date : '';
    const itemStep = daily ? 1440 : stepOf(entry.interval_length);
    if (!Number.isFinite(value)) {
      rejected++;
      fail({
        ...where,
        code: 'invalid_number',
        message: `value ${JSON.stringify(entry.value)} is not a number`,
      });
      return;
    }
    if (itemStep === undefined) {
      rejected++;
      fail({
        ...where,
        code: 'invalid_interval_length',
        message: `interval_length ${JSON.stringify(entry.interval_length)} not understood`,
      });
      return;
    }
    step ??= itemStep;
    if (itemStep !== step) {
      rejected++;
      fail({
        ...where,
        code: 'mixed_step',
        message: `interval_length ${itemStep} min differs from the series step ${step} min`,
      });
      return;
    }
    const resolved = sequence.resolve(daily && date.length === 10 ? `${date} 00:00` : date);
    if (!resolved.ok) {
      rejected++;
      fail({
        ...where,
        code: resolved.reason === 'nonexistent' ? 'nonexistent_local_time' : 'invalid_date',
        message:
          resolved.reason === 'nonexistent'
            ? `${date} does not exist in ${timeZone} (daylight-saving gap)`
            : `date "${date}" is not YYYY-MM-DD[ HH:MM:SS]`,
      });
      return;
    }
    timestamps.push(resolved.utc);
    values.push(value);
  });
  return {
    series: {
      timestamps: Float64Array.from(timestamps),
      values: Float64Array.from(values),
      unit,
      stepMinutes: step ?? 30,
      stamp: daily ? 'start' : 'end',
      timeZone,
    },
    usagePointId: typeof reading?.usage_point_id === 'string' ? reading.usage_point_id : undefined,
    measurementKind:
      typeof readingType.measurement_kind === 'string' ? readingType.measurement_kind : undefined,
    issues,
    account: { rowsRead: items.length, rowsKept: values.length, rowsRejected: rejected },
  };
}
