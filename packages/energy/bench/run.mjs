// `pnpm bench`: @datacites/energy against papaparse + hand typing, and load-curve indicators.
// Needs a build (turbo builds before `bench`) and ../shared/data (real ORE file, repeated to 1M rows).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeOreFile } from './make-ore-file.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const shared = process.env.DATACITES_SHARED_DATA ?? join(here, '../../../../shared/data');
if (!existsSync(join(shared, 'energy'))) {
  console.error(`No shared data at ${shared}; set DATACITES_SHARED_DATA.`);
  process.exit(1);
}
const rows = Number(process.env.ENERGY_BENCH_ROWS ?? 1_000_000);
const file = await makeOreFile(shared, join(here, `../.bench/ore-${rows}.csv`), rows);

const run = (script, args) =>
  JSON.parse(
    execFileSync(process.execPath, ['--max-old-space-size=6144', join(here, script), ...args], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    }),
  );

const energy = run('case-ore.mjs', ['energy', file]);
const papa = run('case-ore.mjs', ['papaparse', file]);
if (
  energy.records !== papa.records ||
  Math.abs(energy.checksum - papa.checksum) > 1e-3 * Math.abs(papa.checksum)
) {
  throw new Error(`results differ: ${JSON.stringify({ energy, papa })}`);
}
const objects = run('case-ore.mjs', ['energy-objects', file]);
if (
  objects.records !== papa.records ||
  Math.abs(objects.checksum - papa.checksum) > 1e-3 * Math.abs(papa.checksum)
) {
  throw new Error(`results differ: ${JSON.stringify({ objects, papa })}`);
}
const curve = run('case-load-curve.mjs', []);

const f = (x) => x.toFixed(0);
console.log(
  `\n### Typed load of ${rows.toLocaleString('en')} rows (ORE layout, ${energy.records.toLocaleString('en')} sector records)\n`,
);
console.log(
  '| | `loadOreConsumptionColumns` | `loadOreConsumption` (objects) | papaparse 5.7.1 + hand typing | columns vs papaparse |',
);
console.log('| --- | ---: | ---: | ---: | ---: |');
const line = (label, key, word) =>
  console.log(
    `| ${label} | ${f(energy[key])} | ${f(objects[key])} | ${f(papa[key])} | ${(papa[key] / energy[key]).toFixed(2)}× ${word} |`,
  );
line('time (ms)', 'ms', 'faster');
line('CPU time, all threads (ms)', 'cpuMs', 'less');
line('peak RSS (MiB)', 'rssMiB', 'less');
console.log(
  `\n### Load-curve indicators, ${curve.points.toLocaleString('en')} points (10 years of 10-min data, ${curve.days} local days)\n`,
);
console.log('| | first call in a fresh process | median of 10 warm calls | target |');
console.log('| --- | ---: | ---: | ---: |');
console.log(
  `| wall clock (ms) | ${curve.firstMs.toFixed(1)} | ${curve.medianMs.toFixed(1)} | < 100 ms |`,
);
console.log(
  `| CPU time, all threads (ms) | ${curve.firstCpuMs.toFixed(1)} | ${curve.medianCpuMs.toFixed(1)} | |`,
);
console.log(
  `\nload average during the run: ${(await import('node:os'))
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ')} on ${(await import('node:os')).availableParallelism()} cores`,
);
