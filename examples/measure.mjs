#!/usr/bin/env node
// Measures the gallery's examples after they are built (`pnpm demo` or each example's `build`):
// the bundle size of each example (JavaScript and CSS shipped, raw and gzip, data excluded), and
// the time to interactive of each page in headless Chromium through the gallery server.
// "Interactive" = the example's ready attribute is set on <body>: its map has drawn its layers
// (MapLibre `idle`) and its controls are wired. It is recorded in the page by a MutationObserver
// as `performance.now()` (milliseconds since navigation start), cold cache, median of N loads.
// Usage: node examples/measure.mjs [--runs 5]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, ensureChromium } from '../config/chromium.mjs';
import { createGalleryServer, listExamples } from '../scripts/gallery.mjs';

const examplesDir = new URL('.', import.meta.url).pathname;
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;

/** The attribute each example sets on <body> once it is interactive. */
const READY = {
  'territory-dashboard': 'data-map-ready',
  'energy-atlas': 'data-loaded',
  'air-quality': 'data-loaded',
  'transit-explorer': 'data-view',
  embed: 'data-ready',
};

function filesOf(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesOf(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function bundleSize(dist) {
  let raw = 0;
  let gzip = 0;
  let worker = 0;
  for (const file of filesOf(dist)) {
    if (file.includes(`${dist}/data/`)) continue;
    if (!/\.(js|mjs|css)$/.test(file)) continue;
    const size = statSync(file).size;
    if (file.includes('maplibre-gl-worker')) {
      worker += size;
      continue;
    }
    raw += size;
    gzip += gzipSync(readFileSync(file), { level: 9 }).length;
  }
  let data = 0;
  for (const file of filesOf(dist)) if (file.includes(`${dist}/data/`)) data += statSync(file).size;
  return { raw, gzip, worker, data };
}

const kB = (bytes) => `${(bytes / 1024).toFixed(0)} kB`;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const examples = listExamples(examplesDir);
const server = createGalleryServer(examplesDir);
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });

const rows = [];
for (const example of examples) {
  const attribute = READY[example.name];
  const times = [];
  for (let i = 0; attribute && i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript((name) => {
      new MutationObserver((_, observer) => {
        if (document.body?.hasAttribute(name)) {
          window.__interactiveAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { attributes: true, subtree: true, attributeFilter: [name] });
    }, attribute);
    await page.goto(`${origin}/${example.name}/`);
    await page.waitForFunction(() => window.__interactiveAt !== undefined, null, {
      timeout: 60_000,
    });
    times.push(await page.evaluate(() => window.__interactiveAt));
    await context.close();
  }
  rows.push({
    name: example.name,
    ...bundleSize(example.dist),
    tti: times.length ? median(times) : NaN,
    times,
  });
}
await browser.close();
server.close();

console.log(
  `| example | JS + CSS (raw) | gzip | MapLibre worker | bundled data | time to interactive (median of ${runs}) |`,
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.name} | ${kB(r.raw)} | ${kB(r.gzip)} | ${kB(r.worker)} | ${kB(r.data)} | ${Math.round(r.tti)} ms |`,
  );
}
console.log(
  `\nruns (ms): ${rows.map((r) => `${r.name} ${r.times.map(Math.round).join('/')}`).join('; ')}`,
);
