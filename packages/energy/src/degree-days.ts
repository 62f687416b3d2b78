/**
 * Heating and cooling degree days from daily minimum and maximum temperatures, by the French
 * Météo method, the COSTIC ("professionnels de l'énergie") method, the mean-temperature method
 * and the UK Met Office method. Gaps in a temperature series are reported, never filled.
 * @packageDocumentation
 */

/** Degree-day calculation methods. */
export type DegreeDayMethod = 'meteo' | 'costic' | 'mean' | 'uk-met-office';

/** Heating (below the base) or cooling (above the base) degree days. */
export type DegreeDayKind = 'heating' | 'cooling';

/** Default base temperature (°C) of the French methods: 18 °C. */
export const DEFAULT_BASE_TEMPERATURE = 18;

/** Base temperature (°C) of the UK Met Office method: 15.5 °C. */
export const UK_MET_OFFICE_BASE_TEMPERATURE = 15.5;

/** One day of temperatures in °C. */
export interface DailyTemperature {
  /** Local date `YYYY-MM-DD`. */
  readonly date: string;
  /** Daily minimum (TN). */
  readonly tn: number;
  /** Daily maximum (TX). */
  readonly tx: number;
  /** True daily mean when known (e.g. the mean of hourly values); used by the `mean` method. */
  readonly tmean?: number;
}

/**
 * Degree days of one day.
 *
 * - `meteo` (Météo-France): heating max(0, S − (Tn+Tx)/2), cooling max(0, (Tn+Tx)/2 − S).
 * - `mean`: the same with the true daily mean `tmean` instead of (Tn+Tx)/2 when given.
 * - `costic` (méthode des professionnels de l'énergie, as published by COSTIC): heating
 *   S − (Tn+Tx)/2 if Tx ≤ S; 0 if Tn ≥ S; otherwise (S−Tn)·(0.08 + 0.42·(S−Tn)/(Tx−Tn)).
 *   Cooling is the mirror image: (Tn+Tx)/2 − S if Tn ≥ S; 0 if Tx ≤ S; otherwise
 *   (Tx−S)·(0.08 + 0.42·(Tx−S)/(Tx−Tn)).
 * - `uk-met-office` (piecewise, usually base 15.5 °C): heating 0 if Tn > S; (S−Tn)/4 if the mean
 *   > S; (S−Tn)/2 − (Tx−S)/4 if Tx ≥ S; otherwise S − mean. Cooling is symmetric.
 *
 * @param base base temperature S in °C, default 18 (15.5 for `uk-met-office`)
 * @example
 * ```ts
 * degreeDay('heating', 2, 10); // 18 − 6 = 12
 * degreeDay('heating', 12, 22, { method: 'costic' }); // 6 × (0.08 + 0.42 × 0.6) = 1.992
 * ```
 */
export function degreeDay(
  kind: DegreeDayKind,
  tn: number,
  tx: number,
  options: { method?: DegreeDayMethod; base?: number; tmean?: number } = {},
): number {
  const method = options.method ?? 'meteo';
  const base = options.base ?? defaultBase(method);
  const mid = (tn + tx) / 2;
  switch (method) {
    case 'meteo':
      return kind === 'heating' ? Math.max(0, base - mid) : Math.max(0, mid - base);
    case 'mean': {
      const mean = options.tmean ?? mid;
      return kind === 'heating' ? Math.max(0, base - mean) : Math.max(0, mean - base);
    }
    case 'costic':
      return kind === 'heating' ? costicHeating(tn, tx, base) : costicCooling(tn, tx, base);
    case 'uk-met-office':
      return kind === 'heating' ? ukHeating(tn, tx, base) : ukCooling(tn, tx, base);
  }
}

/** The default base temperature of a method: 15.5 °C for UK Met Office, 18 °C otherwise. */
export function defaultBase(method: DegreeDayMethod): number {
  return method === 'uk-met-office' ? UK_MET_OFFICE_BASE_TEMPERATURE : DEFAULT_BASE_TEMPERATURE;
}

function costicHeating(tn: number, tx: number, s: number): number {
  if (tx <= s) return s - (tn + tx) / 2;
  if (tn >= s) return 0;
  return (s - tn) * (0.08 + (0.42 * (s - tn)) / (tx - tn));
}

function costicCooling(tn: number, tx: number, s: number): number {
  if (tn >= s) return (tn + tx) / 2 - s;
  if (tx <= s) return 0;
  return (tx - s) * (0.08 + (0.42 * (tx - s)) / (tx - tn));
}

function ukHeating(tn: number, tx: number, s: number): number {
  const mean = (tn + tx) / 2;
  if (tn > s) return 0;
  if (mean > s) return (s - tn) / 4;
  if (tx >= s) return (s - tn) / 2 - (tx - s) / 4;
  return s - mean;
}

function ukCooling(tn: number, tx: number, s: number): number {
  const mean = (tn + tx) / 2;
  if (tx < s) return 0;
  if (mean < s) return (tx - s) / 4;
  if (tn <= s) return (tx - s) / 2 - (s - tn) / 4;
  return mean - s;
}

/** A season as month-day bounds, both inclusive; it may wrap over the new year. */
export interface Season {
  /** First day, `MM-DD`. */
  readonly start: string;
  /** Last day, `MM-DD`. */
  readonly end: string;
}

/**
 * The French conventional heating season: 1 October to 20 May (232 days in a non-leap year),
 * over which Météo-France and COSTIC degree days are usually summed.
 */
export const FRENCH_HEATING_SEASON: Season = { start: '10-01', end: '05-20' };

/** True when a `YYYY-MM-DD` date falls inside a season. */
export function inSeason(date: string, season: Season): boolean {
  const md = date.slice(5, 10);
  return season.start <= season.end
    ? md >= season.start && md <= season.end
    : md >= season.start || md <= season.end;
}

/** Options of {@link degreeDays}. */
export interface DegreeDaysOptions {
  /** Default `heating`. */
  readonly kind?: DegreeDayKind;
  /** Default `meteo`. */
  readonly method?: DegreeDayMethod;
  /** Base temperature in °C; default per method ({@link defaultBase}). */
  readonly base?: number;
  /** First date counted (`YYYY-MM-DD`, inclusive); default the first date of the series. */
  readonly from?: string;
  /** Last date counted (inclusive); default the last date of the series. */
  readonly to?: string;
  /** Count only days in this season (`true` = {@link FRENCH_HEATING_SEASON}). */
  readonly season?: Season | boolean;
}

/** A run of consecutive dates with no usable temperature. */
export interface TemperatureGap {
  /** First missing date. */
  readonly from: string;
  /** Last missing date. */
  readonly to: string;
  /** Number of missing days. */
  readonly days: number;
}

/** Degree days of a series, with what could not be computed. */
export interface DegreeDaysResult {
  /** Sum over the days that have temperatures; missing days count for nothing (not filled). */
  readonly total: number;
  /** Degree days per date counted, in date order. */
  readonly daily: readonly { readonly date: string; readonly value: number }[];
  /** Dates expected in the period (and season). */
  readonly expectedDays: number;
  /** Missing or unusable dates inside the period (and season), as runs of consecutive dates. */
  readonly gaps: readonly TemperatureGap[];
  /** Days whose temperatures were unusable (not finite, or Tn > Tx), with the reason. */
  readonly invalid: readonly { readonly date: string; readonly reason: string }[];
  /** Dates found more than once; the first occurrence is used. */
  readonly duplicates: readonly string[];
  /** `daily.length / expectedDays`. */
  readonly completeness: number;
}

const DAY_MS = 86_400_000;

/**
 * Sums degree days over a daily temperature series, reporting missing days instead of filling
 * them, so a total over an incomplete year is never mistaken for a complete one.
 *
 * @example
 * ```ts
 * const r = degreeDays(
 *   [{ date: '2024-01-01', tn: 2, tx: 8 }, { date: '2024-01-03', tn: 0, tx: 6 }],
 *   { method: 'meteo' },
 * );
 * r.total; // 13 + 15 = 28
 * r.gaps; // [{ from: '2024-01-02', to: '2024-01-02', days: 1 }]
 * ```
 */
export function degreeDays(
  series: readonly DailyTemperature[],
  options: DegreeDaysOptions = {},
): DegreeDaysResult {
  const kind = options.kind ?? 'heating';
  const method = options.method ?? 'meteo';
  const base = options.base ?? defaultBase(method);
  const season =
    options.season === true ? FRENCH_HEATING_SEASON : options.season ? options.season : undefined;
  const byDate = new Map<string, DailyTemperature>();
  const duplicates: string[] = [];
  for (const day of series) {
    if (byDate.has(day.date)) duplicates.push(day.date);
    else byDate.set(day.date, day);
  }
  const dates = [...byDate.keys()].sort();
  const from = options.from ?? dates[0];
  const to = options.to ?? dates[dates.length - 1];
  const daily: { date: string; value: number }[] = [];
  const gaps: TemperatureGap[] = [];
  const invalid: { date: string; reason: string }[] = [];
  let total = 0;
  let expectedDays = 0;
  let gapStart: string | undefined;
  let gapEnd = '';
  let gapDays = 0;
  const closeGap = () => {
    if (gapStart !== undefined) gaps.push({ from: gapStart, to: gapEnd, days: gapDays });
    gapStart = undefined;
    gapDays = 0;
  };
  if (from !== undefined && to !== undefined) {
    const end = Date.parse(`${to}T00:00:00Z`);
    for (let t = Date.parse(`${from}T00:00:00Z`); t <= end; t += DAY_MS) {
      const date = new Date(t).toISOString().slice(0, 10);
      if (season && !inSeason(date, season)) {
        closeGap();
        continue;
      }
      expectedDays++;
      const day = byDate.get(date);
      const reason = day === undefined ? undefined : unusable(day, method);
      if (day === undefined || reason !== undefined) {
        if (reason !== undefined) invalid.push({ date, reason });
        if (gapStart === undefined) gapStart = date;
        gapEnd = date;
        gapDays++;
        continue;
      }
      closeGap();
      const value = degreeDay(kind, day.tn, day.tx, {
        method,
        base,
        ...(day.tmean === undefined ? {} : { tmean: day.tmean }),
      });
      daily.push({ date, value });
      total += value;
    }
    closeGap();
  }
  return {
    total,
    daily,
    expectedDays,
    gaps,
    invalid,
    duplicates,
    completeness: expectedDays === 0 ? 0 : daily.length / expectedDays,
  };
}

function unusable(day: DailyTemperature, method: DegreeDayMethod): string | undefined {
  if (method === 'mean' && day.tmean !== undefined && !Number.isFinite(day.tmean))
    return 'tmean is not a number';
  if (!Number.isFinite(day.tn) || !Number.isFinite(day.tx)) return 'tn or tx is not a number';
  if (day.tn > day.tx) return `tn ${day.tn} is above tx ${day.tx}`;
  return undefined;
}

/**
 * Sums daily values per calendar year (`YYYY`) or month (`YYYY-MM`).
 *
 * @example
 * ```ts
 * totalsBy(degreeDays(series).daily, 'month'); // Map { '2024-01' => 412.5, … }
 * ```
 */
export function totalsBy(
  daily: readonly { readonly date: string; readonly value: number }[],
  period: 'year' | 'month',
): Map<string, number> {
  const size = period === 'year' ? 4 : 7;
  const totals = new Map<string, number>();
  for (const { date, value } of daily) {
    const key = date.slice(0, size);
    totals.set(key, (totals.get(key) ?? 0) + value);
  }
  return totals;
}
