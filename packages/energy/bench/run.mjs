// `pnpm bench`: @datacites/energy against papaparse + hand typing, and load-curve indicators.
// Needs a build (turbo builds before `bench`) and ../shared/data.
//   node bench/run.mjs [address] [load-curve] [departement]   (default: address load-curve)
// - address: a 1M-row address-level consumption CSV (Enedis layout, synthetic values, see
//   make-address-file.mjs); each case in its own process, cases interleaved over rounds.
// - load-curve: loadCurveIndicators on 525 600 ten-minute points, first call in each of several
//   fresh processes, then warm calls.
// - departement: the real ORE département file's rows repeated to 1M rows (one round).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeAddressFile } from './make-address-file.mjs';
import { makeOreFile } from './make-ore-file.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const shared = process.env.DATACITES_SHARED_DATA ?? join(here, '../../../../shared/data');
if (!existsSync(join(shared, 'energy'))) {
  console.error(`No shared data at ${shared}; set DATACITES_SHARED_DATA.`);
  process.exit(1);
}
const parts = process.argv.slice(2);
const wanted = (part) =>
  parts.length === 0 ? part === 'address' || part === 'load-curve' : parts.includes(part);
const rows = Number(process.env.ENERGY_BENCH_ROWS ?? 1_000_000);
const rounds = Number(process.env.ENERGY_BENCH_ROUNDS ?? 3);
const processes = Number(process.env.ENERGY_BENCH_PROCESSES ?? 12);

const run = (script, args) =>
  JSON.parse(
    execFileSync(process.execPath, ['--max-old-space-size=6144', join(here, script), ...args], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    }),
  );
const median = (list) => {
  const s = [...list].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const f0 = (x) => Math.round(x).toLocaleString('en').replace(/,/g, ' ');
const f1 = (x) => x.toFixed(1);
const load = () =>
  `load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ')} on ${availableParallelism()} cores`;
const sameColumns = (a, b) =>
  a.records === b.records &&
  a.checksums.every((x, k) => Math.abs(x - b.checksums[k]) <= 1e-9 * Math.max(1, Math.abs(x)));

if (wanted('address')) {
  const file = await makeAddressFile(shared, join(here, `../.bench/address-${rows}.csv`), rows);
  const cases = ['energy', 'papaparse', 'papaparse-header', 'energy-objects'];
  const results = Object.fromEntries(cases.map((c) => [c, []]));
  const before = load();
  for (let r = 0; r < rounds; r++) {
    // Interleaved, the order turning each round, so that a burst of load hits every case.
    for (let k = 0; k < cases.length; k++) {
      const which = cases[(k + r) % cases.length];
      results[which].push(run('case-address.mjs', [which, file]));
    }
  }
  const reference = results.papaparse[0];
  for (const list of Object.values(results)) {
    for (const x of list) {
      if (!sameColumns(x, reference)) {
        throw new Error(`results differ: ${JSON.stringify({ x, reference })}`);
      }
    }
  }
  const ratios = (key, peer) =>
    results.energy.map((e, r) => results[peer][r][key] / e[key]).sort((a, b) => a - b);
  console.log(
    `\n### Typed load of ${rows.toLocaleString('en')} address rows (${reference.records.toLocaleString('en')} records), median of ${rounds} interleaved rounds\n`,
  );
  console.log(
    '| | `loadOreConsumptionColumns` | papaparse 5.7.1 by index + hand typing | papaparse `header: true` + hand typing | `loadOreConsumption` (objects) | papaparse by index ÷ columns, per round | papaparse `header: true` ÷ columns |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [label, key] of [
    ['wall clock (ms)', 'ms'],
    ['CPU time, all threads (ms)', 'cpuMs'],
    ['peak RSS (MiB)', 'rssMiB'],
  ]) {
    const m = (c) => f0(median(results[c].map((x) => x[key])));
    const q = (peer) => {
      const list = ratios(key, peer);
      return `${list[0].toFixed(2)}–${list[list.length - 1].toFixed(2)}×`;
    };
    console.log(
      `| ${label} | ${m('energy')} | ${m('papaparse')} | ${m('papaparse-header')} | ${m('energy-objects')} | ${q('papaparse')} | ${q('papaparse-header')} |`,
    );
  }
  console.log(`\n${before} before, ${load()} after`);
}

if (wanted('load-curve')) {
  const before = load();
  const runs = Array.from({ length: processes }, () => run('case-load-curve.mjs', []));
  const stat = (key) => {
    const list = runs.map((x) => x[key]);
    return { median: median(list), max: Math.max(...list), min: Math.min(...list) };
  };
  const first = stat('firstMs');
  const firstCpu = stat('firstCpuMs');
  const warm = stat('medianMs');
  const warmCpu = stat('medianCpuMs');
  console.log(
    `\n### Load-curve indicators, ${runs[0].points.toLocaleString('en')} points (10 years of 10-min data, ${runs[0].days} local days), ${processes} fresh processes\n`,
  );
  console.log(
    '| | first call: median | first call: max | warm (median of 10 calls): median | warm: max | target |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  console.log(
    `| wall clock (ms) | ${f1(first.median)} | ${f1(first.max)} | ${f1(warm.median)} | ${f1(warm.max)} | < 100 ms |`,
  );
  console.log(
    `| CPU time, all threads (ms) | ${f1(firstCpu.median)} | ${f1(firstCpu.max)} | ${f1(warmCpu.median)} | ${f1(warmCpu.max)} | |`,
  );
  console.log(
    `\nfirst calls under 100 ms: ${runs.filter((x) => x.firstMs < 100).length} of ${processes}; ${before} before, ${load()} after`,
  );
}

if (wanted('departement')) {
  const file = await makeOreFile(shared, join(here, `../.bench/ore-${rows}.csv`), rows);
  const energy = run('case-ore.mjs', ['energy', file]);
  const papa = run('case-ore.mjs', ['papaparse', file]);
  const papaHeader = run('case-ore.mjs', ['papaparse-header', file]);
  for (const peer of [papa, papaHeader]) {
    if (
      energy.records !== peer.records ||
      Math.abs(energy.checksum - peer.checksum) > 1e-3 * Math.abs(peer.checksum)
    ) {
      throw new Error(`results differ: ${JSON.stringify({ energy, peer })}`);
    }
  }
  console.log(
    `\n### Typed load of ${rows.toLocaleString('en')} rows, ORE département layout (${energy.records.toLocaleString('en')} sector records), one round\n`,
  );
  console.log(
    '| | `loadOreConsumptionColumns` | papaparse 5.7.1 by index + hand typing | papaparse `header: true` + hand typing | by index ÷ columns | `header: true` ÷ columns |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [label, key] of [
    ['wall clock (ms)', 'ms'],
    ['CPU time, all threads (ms)', 'cpuMs'],
    ['peak RSS (MiB)', 'rssMiB'],
  ]) {
    console.log(
      `| ${label} | ${f0(energy[key])} | ${f0(papa[key])} | ${f0(papaHeader[key])} | ${(papa[key] / energy[key]).toFixed(2)}× | ${(papaHeader[key] / energy[key]).toFixed(2)}× |`,
    );
  }
  console.log(`\n${load()}`);
}
