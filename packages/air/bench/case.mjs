// One benchmark case, run in its own process so its peak RSS is its own. Prints one JSON line.
import { createRequire } from 'node:module';
import { buildNetwork } from './network.mjs';

const require = createRequire(import.meta.url);
const air = await import('../dist/index.js');
const name = process.argv[2];
const network = buildNetwork();
const HOUR = 3_600_000;
const POLLUTANTS = ['pm25', 'pm10', 'no2', 'o3'];

/** The 1M index inputs, in the US AQI units (PM µg/m³, NO2 ppb, O3 ppm at 25 °C). */
function indexInputs() {
  const metric = [];
  const value = [];
  for (const s of network.stations) {
    for (const p of POLLUTANTS) {
      const series = s[p];
      for (let h = 0; h < series.length; h++) {
        const v = series[h];
        if (Number.isNaN(v)) continue;
        if (p === 'no2')
          value.push(air.convertConcentration(v, 'ug/m3', 'ppb', 'no2', { temperature: 'us' }));
        else if (p === 'o3')
          value.push(air.convertConcentration(v, 'ug/m3', 'ppm', 'o3', { temperature: 'us' }));
        else value.push(v);
        metric.push(p);
      }
    }
  }
  return { metric, value };
}

const KEY = { pm25: 'pm25_24h', pm10: 'pm10_24h', no2: 'no2_1h', o3: 'o3_8h' };
/** The same inputs for every index case: one Float64Array per pollutant, built once, untimed. */
const GROUPS = {};
/**
 * One output Float64Array per pollutant, allocated once, untimed: the `usAqiValues` and `aqi-us`
 * cases both write their results there (the `new outputs` cases allocate theirs in every run).
 */
const OUTS = {};
let ITEMS = 0;
function buildGroups() {
  const { metric, value } = indexInputs();
  for (const p of POLLUTANTS) {
    GROUPS[p] = Float64Array.from(value.filter((_, i) => metric[i] === p));
    OUTS[p] = new Float64Array(GROUPS[p].length);
  }
  ITEMS = value.length;
}

/** aqi-us's function per pollutant (it takes O3 in ppb: the AQI's ppm × 1000). */
function aqiUsFunctions() {
  const aqius = require('aqi-us');
  return { pm25: aqius.pm25, pm10: aqius.pm10, no2: aqius.no2, o3: (c) => aqius.o3_8hr(c * 1000) };
}

/** Fills `out` with aqi-us's value of each concentration, one call per value. */
function aqiUsInto(f, values, out) {
  for (let i = 0; i < values.length; i++) out[i] = f(values[i]);
  return out;
}

/**
 * Sum of the finite values of the outputs, outside the timed part (for the bare-number cases, which
 * all fill one Float64Array per pollutant while timed).
 */
function checksum(outs) {
  let sum = 0;
  for (const out of outs) for (const v of out) if (Number.isFinite(v)) sum += v;
  return sum;
}

/** Wall-clock and CPU time since the call. */
function startTimer() {
  const usage = process.cpuUsage();
  const t0 = performance.now();
  return () => {
    const ms = performance.now() - t0;
    const used = process.cpuUsage(usage);
    return { ms, cpuMs: (used.user + used.system) / 1000 };
  };
}

const cases = {
  /** Hourly measurements → hourly series per station → daily aggregates → daily US AQI and ATMO. */
  async pipeline() {
    const measurements = [];
    for (const s of network.stations)
      for (const p of POLLUTANTS)
        for (let h = 0; h < network.hours; h++) {
          const start = network.start + h * HOUR;
          measurements.push({
            stationId: s.id,
            pollutant: p,
            start,
            end: start + HOUR,
            timeZone: 'UTC',
            value: s[p][h],
            unit: 'ug/m3',
            averaging: 'hour',
          });
        }
    const t = startTimer();
    const { series } = air.hourlySeriesByStation(measurements);
    let days = 0;
    for (const station of series.values()) {
      days += air.dailyIndex(station, 'us-aqi').length;
      days += air.dailyIndex(station, 'atmo').length;
    }
    return {
      ...t(),
      items: measurements.length,
      note: `${days} station-days indexed`,
    };
  },
  async 'index:@datacites/air usAqiValues'() {
    const t = startTimer();
    const outs = POLLUTANTS.map((p) => air.usAqiValues(KEY[p], GROUPS[p], OUTS[p]));
    return { ...t(), items: ITEMS, note: `checksum ${checksum(outs)}` };
  },
  async 'index:@datacites/air usAqiValues, new outputs'() {
    const t = startTimer();
    const outs = POLLUTANTS.map((p) => air.usAqiValues(KEY[p], GROUPS[p]));
    return { ...t(), items: ITEMS, note: `checksum ${checksum(outs)}` };
  },
  async 'index:@datacites/air usAqiSubIndex'() {
    const t = startTimer();
    let sum = 0;
    for (const p of POLLUTANTS) {
      const values = GROUPS[p];
      const key = KEY[p];
      for (let i = 0; i < values.length; i++) sum += air.usAqiSubIndex(key, values[i])?.value ?? 0;
    }
    return { ...t(), items: ITEMS, note: `checksum ${sum}` };
  },
  async 'index:aqi-us'() {
    const fn = aqiUsFunctions();
    const t = startTimer();
    const outs = POLLUTANTS.map((p) => aqiUsInto(fn[p], GROUPS[p], OUTS[p]));
    return { ...t(), items: ITEMS, note: `checksum ${checksum(outs)}` };
  },
  async 'index:aqi-us, new outputs'() {
    const fn = aqiUsFunctions();
    const t = startTimer();
    const outs = POLLUTANTS.map((p) =>
      aqiUsInto(fn[p], GROUPS[p], new Float64Array(GROUPS[p].length)),
    );
    return { ...t(), items: ITEMS, note: `checksum ${checksum(outs)}` };
  },
  async 'index:aqi-bot'() {
    const { AQICalculator } = require('aqi-bot');
    const code = { pm25: 'PM2.5', pm10: 'PM10', no2: 'NO2', o3: 'O3' };
    const t = startTimer();
    let sum = 0;
    for (const p of POLLUTANTS) {
      const values = GROUPS[p];
      for (let i = 0; i < values.length; i++) {
        const c = p === 'o3' ? values[i] * 1000 : values[i];
        try {
          sum += (await AQICalculator.getAQIResult(code[p], c)).aqi;
        } catch {
          // concentration between two of its rows: no result
        }
      }
    }
    return { ...t(), items: ITEMS, note: `checksum ${sum}` };
  },
};

// Untimed warm-up runs first (JIT), then timed runs; the minimum of each measure is the least
// disturbed run on a shared machine. CPU time (user + system of this process) does not count time
// spent waiting for a core.
const index = name.startsWith('index:');
const warmUps = Number(process.env.BENCH_WARMUP ?? (index ? 5 : 0));
const runs = Number(process.env.BENCH_RUNS ?? (name === 'pipeline' ? 3 : 20));
if (index) buildGroups();
for (let r = 0; r < warmUps; r++) await cases[name]();
let result;
let cpuMs = Number.POSITIVE_INFINITY;
for (let r = 0; r < runs; r++) {
  const run = await cases[name]();
  if (!result || run.ms < result.ms) result = run;
  if (run.cpuMs !== undefined && run.cpuMs < cpuMs) cpuMs = run.cpuMs;
}
const rssMB = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ case: name, ...result, cpuMs, rssMB }));
