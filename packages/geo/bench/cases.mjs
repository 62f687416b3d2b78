// One benchmark case per child process (so peak RSS is per case). Usage:
//   node bench/cases.mjs <case> <points>
// Prints one JSON line: { case, points, ms, cpuMs?, maxRssMb, checksum, area? }.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openArchive, readTable } from '@datacites/core';
import { buffer, circle, featureCollection, tag, area as turfArea, union } from '@turf/turf';
import proj4 from 'proj4';
import { catchment, PolygonIndex, reprojectPositions } from '../dist/index.js';

const DATA =
  process.env.DATACITES_SHARED_DATA ?? new URL('../../../../shared/data', import.meta.url).pathname;
const [name, countText] = process.argv.slice(2);
const count = Number(countText);

function communes() {
  const folder = join(DATA, 'boundaries');
  const features = [];
  for (const file of readdirSync(folder).sort()) {
    if (!file.startsWith('communes-')) continue;
    features.push(...JSON.parse(readFileSync(join(folder, file), 'utf8')).features);
  }
  return { type: 'FeatureCollection', features };
}

/** Deterministic points over the box of the communes (Centre-Val de Loire + Vienne). */
function randomPositions(n, box, seed = 7) {
  const out = new Float64Array(2 * n);
  let state = seed;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  for (let i = 0; i < n; i++) {
    out[2 * i] = box[0] + random() * (box[2] - box[0]);
    out[2 * i + 1] = box[1] + random() * (box[3] - box[1]);
  }
  return out;
}
const BOX = [-0.2, 46.0, 3.2, 48.95];

function lambertPositions(n) {
  const wgs = randomPositions(n, [-4.5, 42.5, 7.5, 50.5], 11);
  return reprojectPositions(wgs, 'EPSG:4326', 'EPSG:2154');
}

function checksum(values) {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum = (sum * 31 + (values[i] | 0)) % 1_000_000_007;
  return sum;
}

/** Feeds of the catchment cases: CDMX is GPL-sourced, so it is read from ../shared only. */
const FEEDS = {
  cdmx: join(DATA, 'gtfs/cdmx/cdmx.zip'),
  cairns: new URL('../../gtfs/test/fixtures/cairns_gtfs.zip', import.meta.url).pathname,
};

/**
 * The first `n` stops of a feed with a position, in file order, as GeoJSON points: what
 * `stopsToGeoJSON` of @datacites/gtfs gives (read here with @datacites/core, a dependency of
 * this package, so that the bench needs no other package built).
 */
async function feedStops(feed, n) {
  const archive = await openArchive(FEEDS[feed]);
  const { rows } = await readTable(archive.open('stops.txt'));
  const points = [];
  for (const row of rows) {
    if (points.length === n) break;
    if (row.stop_lat === '' || row.stop_lon === '') continue;
    const coordinates = [Number(row.stop_lon), Number(row.stop_lat)];
    if (!Number.isFinite(coordinates[0] + coordinates[1])) continue;
    points.push({
      type: 'Feature',
      properties: { stop_id: row.stop_id },
      geometry: { type: 'Point', coordinates },
    });
  }
  return points;
}

/** Times `work` (wall and CPU of this process, all threads) on the stops of `feed`. */
async function timedCatchment(feed, work) {
  const stops = await feedStops(feed, count);
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = work(stops);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return {
    ms,
    cpuMs: (used.user + used.system) / 1000,
    stops: stops.length,
    area: turfArea(result),
  };
}

const RADIUS = 400;

const cases = {
  // Ours: buffers (64-gons) and their union, grouped and ordered.
  'catchment-geo-cdmx': () => timedCatchment('cdmx', (stops) => catchment(stops, RADIUS).area),
  'catchment-geo-cairns': () => timedCatchment('cairns', (stops) => catchment(stops, RADIUS).area),
  // The plain turf way a user would write: turf.buffer each stop, one turf.union of them all.
  'catchment-turf-cdmx': () => timedCatchment('cdmx', plainTurf),
  'catchment-turf-cairns': () => timedCatchment('cairns', plainTurf),
  // Same 64-gons as ours (turf.circle), one turf.union of them all: the reference area.
  'catchment-turf64-cdmx': () => timedCatchment('cdmx', plainTurf64),
  'catchment-turf64-cairns': () => timedCatchment('cairns', plainTurf64),

  'join-index'() {
    const polygons = communes();
    const positions = randomPositions(count, BOX);
    const start = performance.now();
    const index = new PolygonIndex(polygons);
    const found = index.locatePositions(positions);
    const ms = performance.now() - start;
    const codes = Array.from(found, (i) => (i < 0 ? null : polygons.features[i].properties.code));
    return { ms, checksum: checksum(found), codes };
  },
  'join-turf-tag'() {
    const polygons = communes();
    const positions = randomPositions(count, BOX);
    const points = { type: 'FeatureCollection', features: [] };
    for (let i = 0; i < count; i++) {
      points.features.push({
        type: 'Feature',
        properties: {},
        geometry: { type: 'Point', coordinates: [positions[2 * i], positions[2 * i + 1]] },
      });
    }
    const start = performance.now();
    const tagged = tag(points, polygons, 'code', 'code');
    const ms = performance.now() - start;
    return { ms, codes: tagged.features.map((f) => f.properties.code ?? null) };
  },
  'reproject-proj4'() {
    proj4.defs(
      'EPSG:2154',
      '+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
    );
    const input = lambertPositions(count);
    const out = new Float64Array(input.length);
    const start = performance.now();
    const converter = proj4('EPSG:2154', 'EPSG:4326');
    for (let i = 0; i < input.length; i += 2) {
      const [lon, lat] = converter.forward([input[i], input[i + 1]]);
      out[i] = lon;
      out[i + 1] = lat;
    }
    const ms = performance.now() - start;
    return { ms, checksum: checksum(out.map((v) => v * 1e6)) };
  },
  'reproject-geo'() {
    const input = lambertPositions(count);
    const start = performance.now();
    const out = reprojectPositions(input, 'EPSG:2154', 'EPSG:4326');
    const ms = performance.now() - start;
    return { ms, checksum: checksum(out.map((v) => v * 1e6)) };
  },
};

function plainTurf(stops) {
  return union(featureCollection(stops.map((stop) => buffer(stop, RADIUS, { units: 'meters' }))));
}

function plainTurf64(stops) {
  const circles = stops.map((stop) =>
    circle(stop.geometry.coordinates, RADIUS, { steps: 64, units: 'meters' }),
  );
  return union(featureCollection(circles));
}

const run = cases[name];
if (!run) throw new Error(`unknown case ${name}`);
const result = await run();
const maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(
  `${JSON.stringify({ case: name, points: result.stops ?? count, ms: result.ms, cpuMs: result.cpuMs, area: result.area, maxRssMb, checksum: result.checksum, codes: process.env.BENCH_CODES ? result.codes : undefined })}\n`,
);
