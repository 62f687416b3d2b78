// Deterministic benchmark data: points and polygons over metropolitan France.

/** Mulberry32: a small seeded PRNG, so every run draws the same data. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WEST = -4.5;
const EAST = 8;
const SOUTH = 42.5;
const NORTH = 51;

/** `count` points with a numeric `value` (0–1000) and a `name`. */
export function points(count, seed = 1) {
  const next = random(seed);
  const features = new Array(count);
  for (let i = 0; i < count; i++) {
    features[i] = {
      type: 'Feature',
      properties: { name: `P${i}`, value: Math.round(next() * 1000) },
      geometry: {
        type: 'Point',
        coordinates: [WEST + next() * (EAST - WEST), SOUTH + next() * (NORTH - SOUTH)],
      },
    };
  }
  return { type: 'FeatureCollection', features };
}

/** About `count` square polygons on a grid (a choropleth of small cells), with a `value`. */
export function polygons(count, seed = 2) {
  const next = random(seed);
  const columns = Math.ceil(Math.sqrt(count * ((EAST - WEST) / (NORTH - SOUTH))));
  const rows = Math.ceil(count / columns);
  const dx = (EAST - WEST) / columns;
  const dy = (NORTH - SOUTH) / rows;
  const features = [];
  for (let r = 0; r < rows && features.length < count; r++) {
    for (let c = 0; c < columns && features.length < count; c++) {
      const x = WEST + c * dx;
      const y = SOUTH + r * dy;
      features.push({
        type: 'Feature',
        properties: { name: `C${r}-${c}`, value: Math.round(next() ** 2 * 1000) },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [x, y],
              [x + dx * 0.95, y],
              [x + dx * 0.95, y + dy * 0.95],
              [x, y + dy * 0.95],
              [x, y],
            ],
          ],
        },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}
