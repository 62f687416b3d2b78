// Compares aqi-us and aqi-bot with @datacites/air (EPA TAD 2024 Table 6, truncation) on a dense
// grid of concentrations of each pollutant, and summarises the differences by cause.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const air = await import('../dist/index.js');

// [metric, aqi-us function, its unit factor, aqi-bot code, its unit factor, grid step, grid top].
// Factors convert the AQI's units (ppm for O3 and CO) to each package's (aqi-us: O3 ppb, CO ppm;
// aqi-bot: O3 and CO ppb).
const POLLUTANTS = [
  ['pm25_24h', 'pm25', 1, 'PM2.5', 1, 0.05, 520],
  ['pm10_24h', 'pm10', 1, 'PM10', 1, 0.5, 640],
  ['no2_1h', 'no2', 1, 'NO2', 1, 0.5, 2100],
  ['so2_1h', 'so2', 1, 'SO2', 1, 0.5, 320],
  ['co_8h', 'co', 1, 'CO', 1000, 0.05, 52],
  ['o3_8h', 'o3_8hr', 1000, 'O3', 1000, 0.0005, 0.21],
];

/** Why a library's value differs, from what is known of its tables (checked on the examples). */
function cause(lib, metric, c, theirs) {
  if (theirs === 'no value') {
    return lib === 'aqi-bot'
      ? 'no truncation: values between two rows (e.g. 12.05) are rejected'
      : 'no value above its top row or in a gap';
  }
  if (metric === 'pm25_24h' && c < 325.5)
    return 'pre-2024 PM2.5 breakpoints (12.0 / 150.4 / 250.4 / 350.4)';
  if (metric === 'pm25_24h')
    return 'pre-2024 PM2.5 rows up to 500.4 µg/m³ (the 2024 table ends at 325.4: beyond the AQI)';
  if (metric === 'so2_1h' && c >= 305)
    return '1-h SO2 ≥ 305 ppb indexed with the 24-h rows (TAD: AQI ≥ 201 only from 24-h SO2)';
  if (metric === 'co_8h' && lib === 'aqi-us' && c >= 9.5 && c < 12.5)
    return 'typo: row [0.5, 12.4] instead of [9.5, 12.4]';
  const hazardous = {
    pm25_24h: 225.5,
    pm10_24h: 425,
    no2_1h: 1250,
    co_8h: 30.5,
    so2_1h: 305,
    o3_8h: 0.201,
  };
  if (c >= hazardous[metric])
    return 'Hazardous split in 301–400 / 401–500 rows (merged into 301–500 in 2024)';
  if (lib === 'aqi-bot') return 'no truncation before interpolation';
  return 'other';
}

export async function disagreements() {
  const aqius = require('aqi-us');
  const { AQICalculator } = require('aqi-bot');
  const rows = [];
  for (const [metric, usFn, usFactor, botCode, botFactor, step, top] of POLLUTANTS) {
    const n = Math.round(top / step);
    const byCause = new Map();
    let tested = 0;
    for (let i = 0; i <= n; i++) {
      const c = Math.round(i * step * 1e6) / 1e6;
      tested++;
      const ours = air.usAqiValue(metric, c);
      const oursText = Number.isNaN(ours)
        ? 'undefined'
        : ours === Number.POSITIVE_INFINITY
          ? 'beyond'
          : ours;
      const us = aqius[usFn](c * usFactor);
      let bot;
      try {
        bot = (await AQICalculator.getAQIResult(botCode, c * botFactor)).aqi;
      } catch {
        bot = 'no value';
      }
      for (const [lib, raw] of [
        ['aqi-us', Number.isNaN(us) ? 'no value' : us],
        ['aqi-bot', bot],
      ]) {
        const same =
          raw === oursText ||
          (raw === 'no value' && (oursText === 'beyond' || oursText === 'undefined'));
        if (same) continue;
        const key = `${lib}|${cause(lib, metric, c, raw)}`;
        const entry = byCause.get(key) ?? { count: 0, examples: [] };
        entry.count++;
        if (entry.examples.length < 2 || (entry.count % 97 === 0 && entry.examples.length < 3))
          entry.examples.push(`${c} → ${raw} (EPA 2024: ${oursText})`);
        byCause.set(key, entry);
      }
    }
    for (const [key, { count, examples }] of byCause) {
      const [lib, why] = key.split('|');
      rows.push(`| ${metric} | ${lib} | ${count} / ${tested} | ${why} | ${examples.join('; ')} |`);
    }
  }
  return [
    '| metric | package | values that differ / tested | cause | examples (concentration → package, EPA 2024) |',
    '| --- | --- | ---: | --- | --- |',
    ...rows,
  ].join('\n');
}
