/**
 * Weather normalisation of energy consumption: the reference-period degree-day correction
 * applied by the French tertiary-sector platform OPERAT, and an HDD/CDD regression with a
 * balance-point search in the spirit of CalTRACK.
 * @packageDocumentation
 */

import { type DailyTemperature, degreeDay } from './degree-days.js';
import { fitLinear, type LinearFit } from './linear-regression.js';

/** Input of {@link correctByDegreeDays}. */
export interface DegreeDayCorrectionInput {
  /** Consumption of the year, any unit. */
  readonly consumption: number;
  /** Share (0–1) of `consumption` that is heating. */
  readonly heatingShare: number;
  /** Heating degree days of the year. */
  readonly heatingDegreeDays: number;
  /** Reference heating degree days (e.g. the 2001–2020 mean of the reference station). */
  readonly referenceHeatingDegreeDays: number;
  /** Share (0–1) of `consumption` that is cooling. Default 0. */
  readonly coolingShare?: number;
  /** Cooling degree days of the year (needed when `coolingShare` > 0). */
  readonly coolingDegreeDays?: number;
  /** Reference cooling degree days. */
  readonly referenceCoolingDegreeDays?: number;
}

/** Result of {@link correctByDegreeDays}: the corrected total and its parts. */
export interface DegreeDayCorrection {
  readonly corrected: number;
  /** Part not sensitive to weather, unchanged. */
  readonly base: number;
  readonly heating: number;
  readonly correctedHeating: number;
  readonly cooling: number;
  readonly correctedCooling: number;
}

/**
 * Corrects a year's consumption to reference climate: only the heating (and cooling) parts are
 * scaled by reference degree days / actual degree days, the rest is unchanged:
 * C* = C·(1 − h − c) + C·h·DJref/DJ + C·c·DJFref/DJF. This is how OPERAT (décret tertiaire)
 * adjusts declared consumption — heating and cooling only, against the 2001–2020 mean degree
 * days of a reference Météo-France station computed by the COSTIC method with a base set per
 * activity; the exact OPERAT formula of the arrêté of 10 April 2020 may add terms for specific
 * activities, so check it before declaring.
 *
 * @example
 * ```ts
 * // 100 MWh, 60 % heating, a mild year (1 800 DJU) against a 2 000 DJU reference:
 * correctByDegreeDays({
 *   consumption: 100, heatingShare: 0.6, heatingDegreeDays: 1800, referenceHeatingDegreeDays: 2000,
 * }).corrected; // 40 + 60 × 2000/1800 = 106.67
 * ```
 */
export function correctByDegreeDays(input: DegreeDayCorrectionInput): DegreeDayCorrection {
  const coolingShare = input.coolingShare ?? 0;
  const { consumption, heatingShare } = input;
  if (!(heatingShare >= 0 && coolingShare >= 0 && heatingShare + coolingShare <= 1)) {
    throw new RangeError('heatingShare and coolingShare must be ≥ 0 and sum to at most 1');
  }
  const heating = consumption * heatingShare;
  const cooling = consumption * coolingShare;
  const base = consumption - heating - cooling;
  const correctedHeating =
    heating === 0 ? 0 : (heating * input.referenceHeatingDegreeDays) / input.heatingDegreeDays;
  let correctedCooling = cooling;
  if (cooling !== 0) {
    const { coolingDegreeDays, referenceCoolingDegreeDays } = input;
    if (coolingDegreeDays === undefined || referenceCoolingDegreeDays === undefined) {
      throw new RangeError('coolingShare needs coolingDegreeDays and referenceCoolingDegreeDays');
    }
    correctedCooling = (cooling * referenceCoolingDegreeDays) / coolingDegreeDays;
  }
  return {
    corrected: base + correctedHeating + correctedCooling,
    base,
    heating,
    correctedHeating,
    cooling,
    correctedCooling,
  };
}

/**
 * Mean of annual degree-day totals over a reference period (OPERAT uses 2001–2020), reporting
 * the years missing instead of averaging over fewer years silently.
 *
 * @example
 * ```ts
 * referenceDegreeDays(new Map([[2001, 2100], [2002, 1900]]), 2001, 2002); // { mean: 2000, years: 2, missing: [] }
 * ```
 */
export function referenceDegreeDays(
  annualTotals: ReadonlyMap<number, number>,
  fromYear = 2001,
  toYear = 2020,
): { mean: number; years: number; missing: number[] } {
  let sum = 0;
  let years = 0;
  const missing: number[] = [];
  for (let y = fromYear; y <= toYear; y++) {
    const v = annualTotals.get(y);
    if (v === undefined || !Number.isFinite(v)) missing.push(y);
    else {
      sum += v;
      years++;
    }
  }
  return { mean: years === 0 ? Number.NaN : sum / years, years, missing };
}

/** One observation period of the regression: consumption and the daily temperatures it spans. */
export interface UsagePeriod {
  /** Energy used over the period (any unit). */
  readonly usage: number;
  /** Daily temperatures of the days of the period (one for daily data, ~30 for monthly bills). */
  readonly temperatures: readonly DailyTemperature[];
}

/** Options of {@link fitDegreeDayModel}. */
export interface DegreeDayModelOptions {
  /**
   * Heating balance points tried, °C. Default 12.5, 13, … 18.5 (≈ CalTRACK's 55–65 °F grid).
   */
  readonly heatingBalancePoints?: readonly number[];
  /** Cooling balance points tried, °C. Default 19, 19.5, … 24 (≈ CalTRACK's 66–75 °F grid). */
  readonly coolingBalancePoints?: readonly number[];
  /**
   * Minimum t-statistic of each heating/cooling slope for a model to qualify. Default 1.645
   * (normal approximation of CalTRACK's one-sided p < 0.1 rule for positive slopes).
   */
  readonly minTStatistic?: number;
}

/** The selected model: usage per day = intercept + heatingSlope·HDD + coolingSlope·CDD. */
export interface DegreeDayModel {
  readonly kind: 'intercept' | 'heating' | 'cooling' | 'heating-cooling';
  /** Base usage per day. */
  readonly intercept: number;
  /** Usage per heating degree day (0 when not in the model). */
  readonly heatingSlope: number;
  /** Usage per cooling degree day (0 when not in the model). */
  readonly coolingSlope: number;
  readonly heatingBalancePoint?: number;
  readonly coolingBalancePoint?: number;
  readonly rSquared: number;
  readonly adjustedRSquared: number;
  /** Periods used. */
  readonly observations: number;
  /** Predicts usage over a run of days (sum of daily predictions). */
  predict(temperatures: readonly DailyTemperature[]): number;
}

const range = (from: number, to: number, step: number) =>
  Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => from + i * step);

/**
 * Fits usage per day against heating and cooling degree days (mean-temperature method) for
 * every balance point of the grids, and keeps, among the intercept-only, heating-only,
 * cooling-only and heating+cooling candidates whose slopes are positive and significant, the one
 * with the best adjusted R² — the selection rule of CalTRACK daily/billing methods. Normalised
 * consumption is then `model.predict(referenceYear)`.
 *
 * @example
 * ```ts
 * const model = fitDegreeDayModel(monthlyBills);
 * model.kind; // 'heating'
 * model.predict(typicalYearTemperatures); // weather-normalised annual use
 * ```
 */
export function fitDegreeDayModel(
  periods: readonly UsagePeriod[],
  options: DegreeDayModelOptions = {},
): DegreeDayModel {
  const heatingGrid = options.heatingBalancePoints ?? range(12.5, 18.5, 0.5);
  const coolingGrid = options.coolingBalancePoints ?? range(19, 24, 0.5);
  const minT = options.minTStatistic ?? 1.645;
  const usable = periods.filter((p) => p.temperatures.length > 0 && Number.isFinite(p.usage));
  const y = usable.map((p) => p.usage / p.temperatures.length);
  const meanDd = (p: UsagePeriod, kind: 'heating' | 'cooling', base: number) => {
    let s = 0;
    for (const d of p.temperatures)
      s += degreeDay(kind, d.tn, d.tx, {
        method: 'mean',
        base,
        ...(d.tmean === undefined ? {} : { tmean: d.tmean }),
      });
    return s / p.temperatures.length;
  };
  const hdd = new Map(heatingGrid.map((b) => [b, usable.map((p) => meanDd(p, 'heating', b))]));
  const cdd = new Map(coolingGrid.map((b) => [b, usable.map((p) => meanDd(p, 'cooling', b))]));
  const ones = y.map(() => 1);
  type Candidate = { fit: LinearFit; kind: DegreeDayModel['kind']; hb?: number; cb?: number };
  let best: Candidate = { fit: fitLinear([ones], y), kind: 'intercept' };
  const consider = (c: Candidate) => {
    const slopesOk = c.fit.coefficients
      .slice(1)
      .every((b, i) => b > 0 && (c.fit.tStatistics[i + 1] ?? 0) >= minT);
    if (slopesOk && c.fit.adjustedRSquared > best.fit.adjustedRSquared) best = c;
  };
  for (const [hb, h] of hdd) consider({ fit: fitLinear([ones, h], y), kind: 'heating', hb });
  for (const [cb, c] of cdd) consider({ fit: fitLinear([ones, c], y), kind: 'cooling', cb });
  for (const [hb, h] of hdd)
    for (const [cb, c] of cdd)
      consider({ fit: fitLinear([ones, h, c], y), kind: 'heating-cooling', hb, cb });
  const coefs = best.fit.coefficients;
  const intercept = coefs[0] ?? Number.NaN;
  const heatingSlope = best.kind === 'heating' || best.kind === 'heating-cooling' ? coefs[1]! : 0;
  const coolingSlope =
    best.kind === 'cooling' ? coefs[1]! : best.kind === 'heating-cooling' ? coefs[2]! : 0;
  const hb = best.hb;
  const cb = best.cb;
  return {
    kind: best.kind,
    intercept,
    heatingSlope,
    coolingSlope,
    ...(hb === undefined ? {} : { heatingBalancePoint: hb }),
    ...(cb === undefined ? {} : { coolingBalancePoint: cb }),
    rSquared: best.fit.rSquared,
    adjustedRSquared: best.fit.adjustedRSquared,
    observations: y.length,
    predict(temperatures) {
      let total = 0;
      for (const d of temperatures) {
        const tmean = d.tmean === undefined ? {} : { tmean: d.tmean };
        total += intercept;
        if (hb !== undefined)
          total +=
            heatingSlope * degreeDay('heating', d.tn, d.tx, { method: 'mean', base: hb, ...tmean });
        if (cb !== undefined)
          total +=
            coolingSlope * degreeDay('cooling', d.tn, d.tx, { method: 'mean', base: cb, ...tmean });
      }
      return total;
    },
  };
}
