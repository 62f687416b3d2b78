import type { Language } from './i18n.js';

/**
 * Formats one tick of a chart axis, or one value of a tip. Observable Plot calls an axis's
 * `tickFormat` as `ticks.map(format)`, so `ticks` is the whole axis (Plot's own time format reads
 * it the same way); a tip passes the value alone.
 */
export type TickFormat<T> = (value: T, index?: number, ticks?: ArrayLike<T>) => string;

/** The formats a page's charts pass to Observable Plot, in the page's language. */
export interface ChartFormats {
  /**
   * Quantities, for every quantitative axis (`tickFormat`) and tip (`tip: { format }`): digits
   * grouped by thousands and the language's decimal sign — `1 500 000` (narrow no-break space
   * U+202F) and `2,5` in French, `1,500,000` and `2.5` in English. An axis shows every tick with
   * as many decimals as its tick step needs (`0,5 1,0 1,5`), a tip up to three.
   */
  readonly quantity: TickFormat<number>;
  /**
   * Instants on a UTC time axis (`x: { type: 'utc', tickFormat }`), laid out as Plot lays out its
   * own time ticks: the finest unit every tick falls on (year, month, day, hour or minute), with
   * the next coarser one on a second line at the first tick and wherever it changes — `15 h` /
   * `27 févr.`, `24` / `mars`, `janv.` / `2025` in French; `3 PM` / `Feb 27`, `24` / `Mar`,
   * `Jan` / `2025` in English.
   */
  readonly instant: TickFormat<Date>;
}

/** The finest calendar unit every tick of a time axis falls on. */
type TimeUnit = 'year' | 'month' | 'day' | 'hour' | 'minute';

/** What a tick of each unit shows: its own line, and the coarser line shown when it changes. */
type InstantLines = Readonly<
  Record<TimeUnit, readonly [Intl.DateTimeFormat, Intl.DateTimeFormat?]>
>;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

function timeUnitOf(ticks: ArrayLike<Date>): TimeUnit {
  const all = (test: (tick: Date) => boolean) => Array.from(ticks).every(test);
  if (!all((t) => t.getTime() % DAY_MS === 0)) {
    return all((t) => t.getTime() % HOUR_MS === 0) ? 'hour' : 'minute';
  }
  if (!all((t) => t.getUTCDate() === 1)) return 'day';
  return all((t) => t.getUTCMonth() === 0) ? 'year' : 'month';
}

function instantLines(language: Language): InstantLines {
  const format = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(language, { timeZone: 'UTC', ...options });
  const dayOfMonth = format({ day: 'numeric', month: 'short' });
  return {
    year: [format({ year: 'numeric' })],
    month: [format({ month: 'short' }), format({ year: 'numeric' })],
    day: [format({ day: 'numeric' }), format({ month: 'short' })],
    hour: [format({ hour: 'numeric' }), dayOfMonth],
    minute: [format({ hour: 'numeric', minute: '2-digit' }), dayOfMonth],
  };
}

/** Decimals that show a tick step exactly: 0 for 5 or 10, 1 for 0.5, 2 for 0.25. */
function decimalsOfStep(ticks: ArrayLike<number>): number | undefined {
  if (ticks.length < 2) return undefined;
  const step = Math.abs((ticks[1] as number) - (ticks[0] as number));
  if (!(step > 0) || !Number.isFinite(step)) return undefined;
  // The step comes from subtracting two ticks: 12 significant digits drop the float noise.
  const digits = Number(step.toPrecision(12)).toString();
  if (digits.includes('e')) return undefined;
  return Math.min(digits.split('.')[1]?.length ?? 0, 20);
}

/**
 * The number and time formats for a page's Observable Plot charts in `language`, built on the
 * browser's `Intl.NumberFormat` and `Intl.DateTimeFormat` (the same data, CLDR, as
 * `Plot.formatNumber`, `Plot.formatMonth` and `Plot.formatWeekday`). Year axes keep Plot's
 * `tickFormat: 'd'`: a year is a label, not a quantity (`2021`, never `2 021`). Built once per
 * language.
 *
 * @example
 * ```ts
 * const format = chartFormats(pageLanguage());
 * Plot.plot({
 *   x: { type: 'utc', tickFormat: format.instant },
 *   y: { label: 'GWh', tickFormat: format.quantity },
 *   marks: [Plot.lineY(data, { x: 'time', y: 'gwh', tip: { format: { y: format.quantity } } })],
 * });
 * ```
 */
export function chartFormats(language: Language): ChartFormats {
  let formats = formatsByLanguage.get(language);
  if (!formats) {
    formats = buildChartFormats(language);
    formatsByLanguage.set(language, formats);
  }
  return formats;
}

const formatsByLanguage = new Map<Language, ChartFormats>();

function buildChartFormats(language: Language): ChartFormats {
  const tipNumber = new Intl.NumberFormat(language);
  const axisNumbers = new Map<number, Intl.NumberFormat>();
  const axisNumber = (decimals: number) => {
    let format = axisNumbers.get(decimals);
    if (!format) {
      format = new Intl.NumberFormat(language, {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      });
      axisNumbers.set(decimals, format);
    }
    return format;
  };
  const lines = instantLines(language);
  return {
    quantity: (value, _index, ticks) => {
      const decimals = ticks ? decimalsOfStep(ticks) : undefined;
      return (decimals === undefined ? tipNumber : axisNumber(decimals)).format(value);
    },
    instant: (value, index = 0, ticks = [value]) => {
      const [own, coarser] = lines[timeUnitOf(ticks)];
      const line = own.format(value);
      if (!coarser) return line;
      const previous = index > 0 ? ticks[index - 1] : undefined;
      const context = coarser.format(value);
      return previous && coarser.format(previous) === context ? line : `${line}\n${context}`;
    },
  };
}
