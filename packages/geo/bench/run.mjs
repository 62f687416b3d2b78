// `pnpm bench`: @datacites/geo against turf and proj4, side by side in one run. Each case runs
// in its own Node process (peak RSS per case), several times; the median time is reported.
// Needs the built package (turbo builds before `bench`), ../shared/data/boundaries and, for the
// catchments, ../shared/data/gtfs/cdmx. `BENCH_ONLY=catchment` (or `join`) runs one part.
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';

const JOIN_POINTS = Number(process.env.BENCH_JOIN_POINTS ?? 1_000_000);
const TAG_SAMPLE = Number(process.env.BENCH_TAG_SAMPLE ?? 20_000);
const REPROJECT_POINTS = Number(process.env.BENCH_REPROJECT_POINTS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ONLY = process.env.BENCH_ONLY;

function once(name, points, withCodes = false, retried = false) {
  const child = spawnSync(
    process.execPath,
    [new URL('./cases.mjs', import.meta.url).pathname, name, String(points)],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      env: { ...process.env, ...(withCodes ? { BENCH_CODES: '1' } : {}) },
    },
  );
  if (child.status === 0) return JSON.parse(child.stdout);
  // Other sessions' `turbo build` may be rewriting dist/ at that moment: wait, try once more.
  if (!retried) {
    console.error(`${name} failed (${child.stderr.split('\n').find(Boolean)}); retrying once`);
    spawnSync('sleep', ['5']);
    return once(name, points, withCodes, true);
  }
  throw new Error(`${name} failed:\n${child.stderr}`);
}

/**
 * Runs the cases in turns (a, b, a, b…) so that load from other processes hits both alike;
 * `first` holds results already measured (one per case) that count as the first turn.
 */
function allRuns(cases, first = []) {
  const runs = cases.map((_, j) => (first[j] ? [first[j]] : []));
  for (let i = runs[0].length; i < RUNS; i++) {
    for (const [j, [name, points]] of cases.entries()) runs[j].push(once(name, points));
  }
  return runs;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function medians(cases, first = []) {
  return allRuns(cases, first).map(
    (list) => list.sort((a, b) => a.ms - b.ms)[Math.floor(list.length / 2)],
  );
}

const fmt = (ms) =>
  ms >= 10_000
    ? `${(ms / 1000).toFixed(0)} s`
    : ms >= 1000
      ? `${(ms / 1000).toFixed(2)} s`
      : `${ms.toFixed(0)} ms`;

function joinAndReproject() {
  // 1. Identical results on the turf sample.
  const tagSample = once('join-turf-tag', TAG_SAMPLE, true);
  const ourSample = once('join-index', TAG_SAMPLE, true);
  const differences = tagSample.codes.filter((code, i) => code !== ourSample.codes[i]).length;
  const inside = tagSample.codes.filter((code) => code !== null).length;

  // 2. Times.
  const [tagTimed, ours] = medians(
    [
      ['join-turf-tag', TAG_SAMPLE],
      ['join-index', JOIN_POINTS],
    ],
    [tagSample, once('join-index', JOIN_POINTS)],
  );
  const turfPerPoint = tagTimed.ms / TAG_SAMPLE;
  const turfScaled = turfPerPoint * JOIN_POINTS;
  const [direct, geo] = medians([
    ['reproject-proj4', REPROJECT_POINTS],
    ['reproject-geo', REPROJECT_POINTS],
  ]);
  if (direct.checksum !== geo.checksum) throw new Error('reprojection results differ from proj4');

  const lines = [
    '| task | @datacites/geo | peer | ratio |',
    '| --- | --- | --- | --- |',
    `| ${JOIN_POINTS.toLocaleString('en')} points into 2,050 communes | ${fmt(ours.ms)} (${((ours.ms * 1000) / JOIN_POINTS).toFixed(2)} µs/point, ${ours.maxRssMb.toFixed(0)} MB peak RSS) | turf \`tag\`: ${fmt(turfScaled)} (${turfPerPoint.toFixed(2)} ms/point on ${TAG_SAMPLE.toLocaleString('en')} points, scaled; ${tagTimed.maxRssMb.toFixed(0)} MB) | **${(turfScaled / ours.ms).toFixed(0)}× faster** |`,
    `| ${REPROJECT_POINTS.toLocaleString('en')} points Lambert-93 → WGS84 | \`reprojectPositions\`: ${fmt(geo.ms)} (${geo.maxRssMb.toFixed(0)} MB) | proj4 \`converter.forward\` loop: ${fmt(direct.ms)} (${direct.maxRssMb.toFixed(0)} MB) | **${(geo.ms / direct.ms).toFixed(2)}× the time of proj4** |`,
    '',
    `Same results: ${TAG_SAMPLE.toLocaleString('en')} sample points, ${inside.toLocaleString('en')} inside a commune, ${differences} differences from turf \`tag\`; reprojected coordinates identical to proj4's (checksum ${geo.checksum}).`,
  ];
  if (differences > 0) process.exitCode = 1;
  return lines;
}

/**
 * `catchment` (400 m around real stops) against the plain turf way: `turf.buffer` each stop and
 * one `turf.union` of them all; and against one `turf.union` of the same 64-gons as ours (same
 * area expected). CPU time (all threads of the case's process) and wall time, in turns.
 */
function catchments() {
  const sets = [
    ['cdmx', 1000, '1,000 CDMX stops'],
    ['cdmx', 2000, '2,000 CDMX stops'],
    ['cairns', 100_000, 'all Cairns stops'],
  ];
  const lines = [
    '| 400 m catchment of | `catchment` CPU (wall) | turf `buffer` + `union` CPU (wall) | ratio CPU (wall) | turf `circle` 64 + `union` CPU (wall) | ratio CPU (wall) |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  const notes = [];
  for (const [feed, points, label] of sets) {
    const [geo, turf, turf64] = allRuns([
      [`catchment-geo-${feed}`, points],
      [`catchment-turf-${feed}`, points],
      [`catchment-turf64-${feed}`, points],
    ]);
    const cpu = (list) => median(list.map((r) => r.cpuMs));
    const wall = (list) => median(list.map((r) => r.ms));
    const cell = (list) => `${fmt(cpu(list))} (${fmt(wall(list))})`;
    const ratio = (list) =>
      `**${(cpu(list) / cpu(geo)).toFixed(2)}×** (${(wall(list) / wall(geo)).toFixed(2)}×)`;
    lines.push(
      `| ${label} (${geo[0].points}) | ${cell(geo)} | ${cell(turf)} | ${ratio(turf)} | ${cell(turf64)} | ${ratio(turf64)} |`,
    );
    const areaGap = Math.abs(geo[0].area / turf64[0].area - 1);
    notes.push(
      `${label}: area ${(geo[0].area / 1e6).toFixed(3)} km², relative gap to the one-union 64-gons ${areaGap.toExponential(1)}; turf \`buffer\` (32-gons) ${(turf[0].area / 1e6).toFixed(3)} km²`,
    );
    if (areaGap > 1e-9) process.exitCode = 1;
  }
  return [...lines, '', `Same areas: ${notes.join('; ')}.`];
}

const parts = [
  `Node ${process.version}, ${availableParallelism()} CPUs; ${RUNS} runs per case in turns (median), one process per case.`,
];
if (ONLY !== 'catchment') parts.push('', ...joinAndReproject());
if (ONLY !== 'join') parts.push('', ...catchments());
parts.push('', `Load average ${loadavg()[0].toFixed(1)} at the end.`);
console.log(parts.join('\n'));
