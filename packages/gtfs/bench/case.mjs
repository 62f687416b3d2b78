// One benchmark case, run in its own process so that its peak RSS is its own:
//   node bench/case.mjs <case> <path> [date]
// Prints one JSON line: wall and CPU milliseconds of the measured work, peak RSS, and a check
// value (rows read) proving the work was done.
import { createReadStream } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const [name, path, date] = process.argv.slice(2);
const require = createRequire(import.meta.url);

async function measure(work) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const check = await work();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000, check };
}

const cases = {
  /** @datacites/gtfs: the whole feed (every file, columnar stop_times and shapes). */
  async ours() {
    const { loadGtfs } = await import('../dist/index.js');
    return measure(async () => (await loadGtfs(path)).stopTimes.length);
  },
  /** @datacites/gtfs: stopStats for one date, after the load (load not timed). */
  async 'ours-stop-stats'() {
    const { loadGtfs, stopStats } = await import('../dist/index.js');
    const feed = await loadGtfs(path);
    return measure(async () => stopStats(feed, date).length);
  },
  /** node-gtfs importGtfs into a SQLite file (every file, indexes). */
  async 'node-gtfs'() {
    const { importGtfs } = await import('gtfs');
    const sqlitePath = join(process.env.BENCH_TMP ?? '/tmp', `node-gtfs-${process.pid}.sqlite`);
    try {
      return await measure(async () => {
        await importGtfs({ agencies: [{ path }], sqlitePath, verbose: false });
        return 'imported';
      });
    } finally {
      await rm(sqlitePath, { force: true });
    }
  },
  /** gtfs-utils readCsv: every row of one file as a string object. */
  async 'gtfs-utils'() {
    const readCsv = require('gtfs-utils/read-csv.js');
    return measure(async () => {
      let rows = 0;
      for await (const _ of await readCsv(path)) rows++;
      return rows;
    });
  },
  /** Floor: read every byte of the feed's .txt files and count newlines. */
  async newlines() {
    const files = (await readdir(path)).filter((file) => file.endsWith('.txt'));
    return measure(async () => {
      let lines = 0;
      for (const file of files)
        for await (const chunk of createReadStream(join(path, file), { highWaterMark: 1 << 20 }))
          for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
      return lines;
    });
  },
};

const run = cases[name];
if (!run) throw new Error(`Unknown case ${name}: ${Object.keys(cases).join(', ')}`);
const result = await run();
console.log(JSON.stringify({ ...result, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
