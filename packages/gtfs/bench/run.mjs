// `pnpm bench`: @datacites/gtfs against node-gtfs (importGtfs into SQLite) and gtfs-utils
// (readCsv), side by side in one run, each case in its own process (peak RSS per case), cases
// interleaved so that machine load affects them alike. Prints a markdown table with ratios.
//
//   node bench/run.mjs            WMATA (352k stop_times) and, if present, the ×30 feed
//   BENCH_REPS=5 node bench/run.mjs
//
// Data: ../shared/data/gtfs/wmata (GPL-sourced, read in place). The ×30 feed is made once with
//   node ../shared/tools/scale-gtfs.mjs <wmata unzipped> 30 /tmp/wmata-x30
// (BENCH_X30 to use another folder).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openArchive } from '@datacites/core';

const here = dirname(fileURLToPath(import.meta.url));
const shared = process.env.DATACITES_SHARED_DATA ?? join(here, '../../../../shared/data');
const wmataZip = join(shared, 'gtfs/wmata/wmata.zip');
const x30 = process.env.BENCH_X30 ?? '/tmp/wmata-x30';
const reps = Number(process.env.BENCH_REPS ?? 3);
const tmp = join(process.env.TMPDIR ?? '/tmp', 'datacites-gtfs-bench');
mkdirSync(tmp, { recursive: true });

/** better-sqlite3 (node-gtfs) is installed without its native build: build it once. */
function ensureSqlite() {
  const require = createRequire(import.meta.resolve('gtfs'));
  const root = dirname(require.resolve('better-sqlite3/package.json'));
  if (existsSync(join(root, 'build/Release/better_sqlite3.node'))) return;
  console.error('Building better-sqlite3 once (about 3 minutes)…');
  execFileSync('npx', ['--yes', 'node-gyp', 'rebuild', '--release'], {
    cwd: root,
    stdio: 'inherit',
  });
}

/** stop_times.txt of WMATA, unzipped once for gtfs-utils (which reads a path or a stream). */
async function unzipStopTimes() {
  const folder = join(tmp, 'wmata-stop-times');
  const file = join(folder, 'stop_times.txt');
  if (!existsSync(file)) {
    mkdirSync(folder, { recursive: true });
    const archive = await openArchive(wmataZip);
    writeFileSync(file, await archive.bytes('stop_times.txt'));
  }
  return { folder, file };
}

function runCase(name, path, date) {
  const out = execFileSync(process.execPath, [join(here, 'case.mjs'), name, path, date ?? ''], {
    env: { ...process.env, BENCH_TMP: tmp },
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out.trim().split('\n').pop());
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Runs each case `n` times, interleaved; keeps the median wall and CPU time and max RSS. */
function compare(cases, n) {
  const results = cases.map(() => []);
  for (let r = 0; r < n; r++)
    cases.forEach(([, name, path, date], i) => {
      results[i].push(runCase(name, path, date));
    });
  return cases.map(([label], i) => ({
    label,
    wallMs: median(results[i].map((x) => x.wallMs)),
    cpuMs: median(results[i].map((x) => x.cpuMs)),
    maxRssMB: Math.max(...results[i].map((x) => x.maxRssMB)),
    check: results[i][0].check,
  }));
}

function table(title, rows, reference) {
  const base = rows.find((row) => row.label === reference);
  const lines = [
    `### ${title}`,
    '',
    '| case | wall (ms) | CPU (ms) | peak RSS (MB) | CPU time ÷ ours | rows |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map(
      (row) =>
        `| ${row.label} | ${row.wallMs.toFixed(0)} | ${row.cpuMs.toFixed(0)} | ${row.maxRssMB.toFixed(0)} | ${(row.cpuMs / base.cpuMs).toFixed(2)}× | ${row.check} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

ensureSqlite();
const { folder, file } = await unzipStopTimes();
const report = [
  `Node ${process.version}, ${reps} interleaved runs per case (median; node-gtfs ${Math.max(1, Math.min(reps, 2))}), ${new Date().toISOString().slice(0, 10)}.`,
  '',
];
const wmata = compare(
  [
    ['@datacites/gtfs loadGtfs (whole feed, zip)', 'ours', wmataZip],
    ['@datacites/gtfs loadGtfs (stop_times.txt only)', 'ours', folder],
    ['gtfs-utils readCsv (stop_times.txt only)', 'gtfs-utils', file],
  ],
  reps,
);
const nodeGtfs = compare(
  [['node-gtfs importGtfs → SQLite (whole feed, zip)', 'node-gtfs', wmataZip]],
  Math.max(1, Math.min(reps, 2)),
);
const rows = [...wmata, ...nodeGtfs];
report.push(table('WMATA (352,668 stop_times, 173,485 shape points)', rows, rows[0].label));
const stOurs = rows[1];
const stUtils = rows[2];
report.push(
  `stop_times alone: gtfs-utils readCsv ÷ @datacites/gtfs = ${(stUtils.cpuMs / stOurs.cpuMs).toFixed(2)}× CPU, ${(stUtils.wallMs / stOurs.wallMs).toFixed(2)}× wall.`,
  '',
);
if (existsSync(join(x30, 'stop_times.txt'))) {
  const big = compare(
    [
      ['@datacites/gtfs loadGtfs (whole ×30 feed, folder)', 'ours', x30],
      ['read every byte and count newlines (floor)', 'newlines', x30],
      [
        '@datacites/gtfs stopStats, busiest date (after load)',
        'ours-stop-stats',
        x30,
        '2026-05-09',
      ],
    ],
    1,
  );
  report.push(table('WMATA ×30 (10,580,040 stop_times, 617 MB)', big, big[0].label));
} else report.push(`(no ×30 feed at ${x30}: skipped)`, '');
console.log(report.join('\n'));
