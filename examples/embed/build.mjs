#!/usr/bin/env node
// Builds the embed example without a bundler, as an integrator would publish it: copies
// `index.html` and `public/` into `dist/`, and beside them the self-contained embed bundle of
// @datacites/map (`datacites-map.js` + `maplibre-gl-worker.mjs`). When the bundle is missing or
// older than the map package's sources, it is built first with `pnpm --filter @datacites/map build`.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const here = dirname(new URL(import.meta.url).pathname);
const mapRoot = dirname(createRequire(import.meta.url).resolve('@datacites/map/package.json'));
const embedDir = join(mapRoot, 'dist', 'embed');
const bundle = join(embedDir, 'datacites-map.js');

const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);

const srcDir = join(mapRoot, 'src');
if (!existsSync(bundle) || (existsSync(srcDir) && newest(srcDir) > statSync(bundle).mtimeMs)) {
  console.log('[embed] building @datacites/map (embed bundle)…');
  execFileSync('pnpm', ['--filter', '@datacites/map', 'build'], { stdio: 'inherit', cwd: here });
}

const dist = join(here, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
cpSync(join(here, 'index.html'), join(dist, 'index.html'));
cpSync(join(here, 'public'), dist, { recursive: true });
for (const file of ['datacites-map.js', 'maplibre-gl-worker.mjs', 'MAPLIBRE-LICENSE.txt']) {
  cpSync(join(embedDir, file), join(dist, file));
}
const size = (file) => `${(statSync(join(dist, file)).size / 1024).toFixed(1)} kB`;
console.log(
  `[embed] dist/: index.html, data/, datacites-map.js (${size('datacites-map.js')}), maplibre-gl-worker.mjs (${size('maplibre-gl-worker.mjs')})`,
);
