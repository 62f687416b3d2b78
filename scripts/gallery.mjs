#!/usr/bin/env node
// Serves the examples gallery: every built example (`examples/<name>/dist`) under `/<name>/`, and
// an index page at `/` listing them. Offline: only files from this repository are served.
// Usage: node scripts/gallery.mjs [--port 5173] [--host 127.0.0.1]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.zip': 'application/zip',
  '.md': 'text/markdown; charset=utf-8',
};

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The built examples: `{ name, description, dist }` for each `examples/<name>/dist`, in the order
 * of each package.json's `galleryOrder` (lowest first; examples without one come last, by name).
 */
export function listExamples(examplesDir) {
  if (!existsSync(examplesDir)) return [];
  return readdirSync(examplesDir)
    .filter((name) => existsSync(join(examplesDir, name, 'dist', 'index.html')))
    .map((name) => {
      const pkg = JSON.parse(readFileSync(join(examplesDir, name, 'package.json'), 'utf8'));
      const order = Number.isFinite(pkg.galleryOrder) ? pkg.galleryOrder : Number.POSITIVE_INFINITY;
      return {
        name,
        description: pkg.description ?? '',
        dist: join(examplesDir, name, 'dist'),
        order,
      };
    })
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name))
    .map(({ order: _order, ...example }) => example);
}

function indexPage(examples) {
  const items = examples
    .map(
      (e) =>
        `<li><a href="/${encodeURIComponent(e.name)}/">${escapeHtml(e.name)}</a><p>${escapeHtml(e.description)}</p></li>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>DataCités kit — examples</title>
<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1d2733}li{margin:1rem 0}li p{margin:.2rem 0;color:#4a5561}</style>
</head><body><h1>DataCités kit — examples</h1>
<p>Urban data services for the energy and ecological transition, running offline on bundled real data.</p>
<ul>${items}</ul></body></html>`;
}

/** Creates (without starting) the gallery's HTTP server. */
export function createGalleryServer(examplesDir) {
  return createServer((request, response) => {
    const examples = listExamples(examplesDir);
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (path === '/') {
      response.writeHead(200, { 'content-type': TYPES['.html'] });
      response.end(indexPage(examples));
      return;
    }
    const [, name, ...rest] = path.split('/');
    const example = examples.find((e) => e.name === name);
    if (!example) {
      response.writeHead(404).end('Not found');
      return;
    }
    if (rest.length === 0) {
      response.writeHead(301, { location: `/${name}/` }).end();
      return;
    }
    let file = normalize(join(example.dist, ...rest));
    if (!file.startsWith(example.dist + sep) && file !== example.dist) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const host = option('host', '127.0.0.1');
  let port = Number(option('port', process.env.PORT ?? 5173));
  const examplesDir = new URL('../examples', import.meta.url).pathname;
  const examples = listExamples(examplesDir);
  if (examples.length === 0) {
    console.error('No built example found: run `pnpm demo` (it builds them first).');
    process.exit(1);
  }
  const server = createGalleryServer(examplesDir);
  server.on('error', (error) => {
    if (error.code === 'EADDRINUSE' && port < 5200) {
      port += 1;
      server.listen(port, host);
    } else throw error;
  });
  server.on('listening', () => {
    console.log(`\nDataCités kit examples gallery: http://${host}:${port}/`);
    for (const e of examples) console.log(`  http://${host}:${port}/${e.name}/  ${e.description}`);
    console.log('\nOffline, on bundled real data. Press Ctrl+C to stop.');
  });
  server.listen(port, host);
}
