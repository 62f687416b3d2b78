import { readFileSync } from 'node:fs';
import { classify, pointsInPolygons, reprojectPoint } from '@datacites/geo';

// The 243 communes of Indre (IGN Admin Express, WGS84) and three DPE addresses in Lambert-93.
const file = new URL('../test/fixtures/communes-36-indre.geojson', import.meta.url);
const communes = JSON.parse(readFileSync(file, 'utf8'));
const dpe = [600242, 6635288, 623897, 6650249, 600865, 6634689];
const positions = [0, 2, 4].map((i) => reprojectPoint(dpe.slice(i, i + 2), 2154, 4326));

// DPE per commune, then two Jenks classes of the counts for a choropleth.
export const { summaries, polygonOf } = pointsInPolygons(positions, communes);
export const names = [...polygonOf].map((i) => communes.features[i].properties.nom);
export const classes = classify(
  summaries.map((s) => s.count),
  { method: 'jenks', classes: 2 },
);
console.log(names, classes.breaks, classes.counts); // [Châteauroux, Issoudun, Châteauroux] …
