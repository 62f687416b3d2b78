// Time to first `idle` and interactivity of @datacites/map against plain MapLibre, same data,
// same headless Chromium (WebGL on SwiftShader), one run: `pnpm bench` (after `pnpm build`).
// Prints a markdown table; medians of RUNS page loads per case, each in a fresh page.
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../../../config/chromium.mjs';
import { points, polygons } from './data.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const require = createRequire(import.meta.url);
const maplibreDir = join(dirname(require.resolve('maplibre-gl/package.json')), 'dist');
const geoRoot = dirname(require.resolve('@datacites/geo/package.json'));
const geoRequire = createRequire(join(geoRoot, 'package.json'));
const statsDir = join(dirname(geoRequire.resolve('simple-statistics/package.json')), 'dist');

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const POINTS = Number(process.env.BENCH_POINTS ?? 100_000);
const POLYGONS = Number(process.env.BENCH_POLYGONS ?? 20_000);
const BREAKS = [0, 200, 400, 600, 800, 1000];

const datasets = {
  points: JSON.stringify(points(POINTS)),
  polygons: JSON.stringify(polygons(POLYGONS)),
};

const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.json': 'application/json',
};

// Every served file is read once, now: a concurrent rebuild of a package (tsup cleans `dist/`)
// cannot break a run half-way.
const files = new Map();
async function preload(prefix, dir, names) {
  for (const name of names ?? (await readdir(dir))) {
    if (/\.(m?js|css)$/.test(name)) files.set(`${prefix}${name}`, await readFile(join(dir, name)));
  }
}
await preload('/maplibre/', maplibreDir, [
  'maplibre-gl.mjs',
  'maplibre-gl-worker.mjs',
  'maplibre-gl.css',
]);
await preload('/geo/', join(geoRoot, 'dist'));
await preload('/simple-statistics/', statsDir, ['simple-statistics.mjs']);
await preload('/dist/', join(root, 'dist'), ['index.js']);
files.set('/', await readFile(join(here, 'page.html')));

const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://x').pathname;
  if (path.startsWith('/data/')) {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(datasets[path.slice('/data/'.length, -'.json'.length)]);
    return;
  }
  if (path === '/favicon.ico') {
    response.writeHead(204).end();
    return;
  }
  const body = files.get(path);
  if (!body) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'text/html' });
  response.end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const executablePath = findChromium();
if (!executablePath)
  throw new Error('No Chromium found: set CHROMIUM_PATH (see config/chromium.mjs).');
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const chromiumVersion = browser.version();

async function once(kind, engine) {
  const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const query = new URLSearchParams({ kind, engine, breaks: JSON.stringify(BREAKS) });
  await page.goto(`${origin}/?${query}`);
  try {
    await page.waitForFunction(() => window.benchmarkReady === true, null, { timeout: 120_000 });
  } catch (error) {
    throw new Error(`${kind}/${engine}: page not ready (${errors.join('; ') || error.message})`);
  }
  const result = await page.evaluate(() => window.runBenchmark());
  process.stderr.write(`${kind} ${engine}: ${result.firstIdleMs.toFixed(0)} ms to first idle\n`);
  await page.close();
  if (errors.length) throw new Error(`${kind}/${engine}: ${errors.join('; ')}`);
  return result;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const ENGINES = ['maplibre', 'datacites', 'datacites-quantile'];
const rows = [];
for (const kind of ['points', 'polygons']) {
  const samples = Object.fromEntries(ENGINES.map((engine) => [engine, []]));
  // Warm-up (browser caches, JIT) not counted, then the engines alternate run by run.
  for (const engine of ENGINES) await once(kind, engine);
  for (let run = 0; run < RUNS; run++) {
    for (const engine of ENGINES) samples[engine].push(await once(kind, engine));
  }
  const base = median(samples.maplibre.map((s) => s.firstIdleMs));
  for (const engine of ENGINES) {
    const idle = median(samples[engine].map((s) => s.firstIdleMs));
    rows.push({
      data:
        kind === 'points'
          ? `${POINTS.toLocaleString('en')} points`
          : `${POLYGONS.toLocaleString('en')} polygons`,
      engine,
      idle,
      ratio: idle / base,
      own: median(samples[engine].map((s) => s.ownMs)),
      heap: median(samples[engine].map((s) => s.heapMB)),
      fps: median(samples[engine].map((s) => s.fps)),
      zoom: median(samples[engine].map((s) => s.zoomIdleMs)),
    });
  }
}
await browser.close();
server.close();

const version = (await import('maplibre-gl/package.json', { with: { type: 'json' } })).default
  .version;
const { loadavg, cpus } = await import('node:os');
console.log(
  `\nChromium ${chromiumVersion} headless, SwiftShader WebGL; MapLibre ${version}; ${RUNS} runs per case (median), 1024×768 map; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs at the end.\n`,
);
console.log(
  '| data | engine | time to first idle (ms) | ratio to MapLibre | building the layer (ms) | JS heap (MB) | pan fps | zoom +1.5 → idle (ms) |',
);
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) {
  console.log(
    `| ${row.data} | ${row.engine} | ${row.idle.toFixed(0)} | ${row.ratio.toFixed(2)}× | ${row.engine === 'maplibre' ? '–' : row.own.toFixed(0)} | ${row.heap.toFixed(0)} | ${row.fps.toFixed(1)} | ${row.zoom.toFixed(0)} |`,
  );
}
