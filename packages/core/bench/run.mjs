// `pnpm bench`: core against papaparse, csv-parse and udsv, side by side in one run, each case in
// its own process (peak RSS per case). Inputs:
//  - WMATA stop_times.txt (19.6 MB), unzipped from ../shared/data/gtfs/wmata/wmata.zip;
//  - the 10.6M-row stop_times.txt (617 MB) of DATACITES_BENCH_FEED (default /tmp/wmata-x30), made
//    once with: node ../shared/tools/scale-gtfs.mjs <folder of wmata.zip unzipped> 30 /tmp/wmata-x30
//  - ODRÉ daily regional temperatures (3.1 MB, `;`, BOM, DD/MM/YY dates) from ../shared/data/energy.
// Set BENCH_SKIP_LARGE=1 to leave out the 617 MB file. Small inputs run every case three times,
// interleaved, and keep the fastest time (the machine may be shared); the large one runs once.
// Small inputs are also measured warm: each case's sixth load in one process, as in a page or a
// server that loads several files (a fresh process is mostly V8 compiling the loops).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openArchive, readBytes } from '../dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const shared = process.env.DATACITES_SHARED_DATA ?? join(here, '../../../../shared/data');
const largeFeed = process.env.DATACITES_BENCH_FEED ?? '/tmp/wmata-x30';
const work = join(tmpdir(), 'datacites-core-bench');
mkdirSync(work, { recursive: true });

const smallStopTimes = join(work, 'wmata-stop_times.txt');
if (!existsSync(smallStopTimes)) {
  const feed = await openArchive(join(shared, 'gtfs/wmata/wmata.zip'));
  writeFileSync(smallStopTimes, await readBytes(feed.open('stop_times.txt')));
}

/** Cases also measured warm: the sixth load in one process (five untimed loads before). */
const WARM_CASES = [
  'floor',
  'core columnar',
  'core rows, validated',
  'papaparse objects',
  'papaparse objects + typing',
  'udsv typed objects',
];
const WARM_RUNS = 5;

const inputs = [
  {
    title: 'WMATA stop_times.txt (19.6 MB, 352,668 rows)',
    file: smallStopTimes,
    table: 'stop-times',
    cases: [
      'floor',
      'hand-written decoder',
      'core columnar',
      'core rows, validated',
      'core rows, zod on every row',
      'core stream rows, validated',
      'papaparse objects',
      'papaparse objects + typing',
      'csv-parse objects + typing',
      'udsv typed objects',
    ],
    warm: WARM_CASES,
  },
  {
    title: 'ODRÉ temperatures, `;` (3.1 MB, 46,709 rows)',
    file: join(shared, 'energy/odre-temperature-quotidienne-regionale-2016-01-01_2025-11-29.csv'),
    table: 'temperatures',
    cases: [
      'floor',
      'core columnar',
      'core rows, validated',
      'papaparse objects',
      'papaparse objects + typing',
      'csv-parse objects + typing',
      'udsv typed objects',
    ],
    warm: WARM_CASES,
  },
];
const largeFile = join(largeFeed, 'stop_times.txt');
if (process.env.BENCH_SKIP_LARGE !== '1') {
  if (existsSync(largeFile)) {
    inputs.push({
      title: 'WMATA ×30 stop_times.txt (617 MB, 10.6M rows)',
      file: largeFile,
      table: 'stop-times',
      cases: [
        'floor',
        'hand-written decoder',
        'core columnar',
        'core stream rows, validated',
        'papaparse stream objects',
        'csv-parse stream objects',
        'udsv stream typed objects',
      ],
    });
  } else {
    console.log(
      `(${largeFile} not found: make it with node ../shared/tools/scale-gtfs.mjs …; see bench/run.mjs)\n`,
    );
  }
}

for (const input of inputs) {
  // Read the file once untimed, so no case pays for a cold page cache.
  execFileSync(process.execPath, [join(here, 'case.mjs'), 'floor', input.file, input.table]);
  console.log(`### ${input.title}\n`);
  report(measure(input, input.cases, 0));
  if (input.warm) {
    console.log(
      `Warm: each case's sixth load in one process (${WARM_RUNS} untimed loads before; peak RSS covers all six):\n`,
    );
    report(measure(input, input.warm, WARM_RUNS));
  }
}

/** Runs `cases` on the input, interleaved, three rounds for small files; keeps the best. */
function measure(input, cases, warmRuns) {
  const best = new Map();
  const rounds = input.file === largeFile ? 1 : 3;
  for (let round = 0; round < rounds; round++) {
    for (const name of cases) {
      const out = execFileSync(
        process.execPath,
        [
          '--max-old-space-size=4096',
          join(here, 'case.mjs'),
          name,
          input.file,
          input.table,
          String(warmRuns),
        ],
        { encoding: 'utf8', maxBuffer: 1 << 20 },
      );
      const result = JSON.parse(out.trim().split('\n').at(-1));
      const previous = best.get(name);
      best.set(name, {
        ...result,
        ms: Math.min(result.ms, previous?.ms ?? Number.POSITIVE_INFINITY),
        cpuMs: Math.min(result.cpuMs, previous?.cpuMs ?? Number.POSITIVE_INFINITY),
        rssMB: Math.max(result.rssMB, previous?.rssMB ?? 0),
      });
    }
  }
  return cases.map((name) => best.get(name));
}

/** Prints the table of results and the speed-ups against the peers. */
function report(results) {
  const floor = results.find((r) => r.case === 'floor').ms;
  const byName = Object.fromEntries(results.map((r) => [r.case, r]));
  const floorCpu = results.find((r) => r.case === 'floor').cpuMs;
  console.log('| case | rows | wall (ms) | × floor | CPU (ms) | × floor CPU | peak RSS (MB) |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    const cells = [
      r.case,
      r.rows.toLocaleString('en'),
      r.ms.toLocaleString('en'),
      (r.ms / floor).toFixed(1),
      r.cpuMs.toLocaleString('en'),
      (r.cpuMs / floorCpu).toFixed(1),
      r.rssMB,
    ];
    console.log(`| ${cells.join(' | ')} |`);
  }
  const ratio = (a, b) => {
    if (!byName[a] || !byName[b]) return 'n/a';
    const wall = (byName[b].ms / byName[a].ms).toFixed(2);
    const cpu = (byName[b].cpuMs / byName[a].cpuMs).toFixed(2);
    return `${wall}× (wall), ${cpu}× (CPU)`;
  };
  const papaparse = byName['papaparse objects'] ? 'papaparse objects' : 'papaparse stream objects';
  const udsv = byName['udsv typed objects'] ? 'udsv typed objects' : 'udsv stream typed objects';
  console.log('');
  console.log(`- core columnar speed-up over ${papaparse}: ${ratio('core columnar', papaparse)}`);
  console.log(
    `- core rows, validated speed-up over papaparse objects + typing: ${ratio('core rows, validated', 'papaparse objects + typing')}`,
  );
  console.log(`- core columnar speed-up over ${udsv}: ${ratio('core columnar', udsv)}\n`);
}
