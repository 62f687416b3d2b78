import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectSwappedLonLat, guessCrs } from '../src/index.js';

// OpenAQ "latest" export for France (1,698 rows): `Coordinates` is "lat, lon". Read naively as
// [lon, lat], metropolitan stations look swapped. Expected counts computed independently:
//   tail -n +2 fr-openaq-latest-france-2023-02-27.csv | awk -F';' '{split($4,c,", "); a=c[1]+0;
//     b=c[2]+0; if (a>=-9.86 && a<=10.38 && b>=41.15 && b<=51.56) inside++;
//     else if (b>=-9.86 && b<=10.38 && a>=41.15 && a<=51.56) sw++; else out++}'
//   → inside 0, swapped 1608, outside 90 (Antilles, Guyane, Réunion, Mayotte stations).
const file = join(
  process.env.DATACITES_SHARED_DATA!,
  'air',
  'fr-openaq-latest-france-2023-02-27.csv',
);

describe('swapped coordinates in the real OpenAQ France export', () => {
  it('reports 1,608 swapped and 90 overseas positions, every row accounted for', () => {
    const lines = readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\n')
      .filter(Boolean);
    const rows = lines.slice(1).map((line) => line.split(';'));
    const positions = rows.map((row) => row[3]!.split(',').map((v) => Number(v.trim())));
    const check = detectSwappedLonLat(positions, {
      source: 'fr-openaq-latest-france-2023-02-27.csv',
      field: 'Coordinates',
      lineOf: (i) => i + 2,
    });
    expect(check.checked).toBe(1698);
    expect(check.inside).toBe(0);
    expect(check.swapped).toHaveLength(1608);
    expect(check.outside).toHaveLength(90);
    expect(check.invalid).toHaveLength(0);
    expect(check.issues[0]).toMatchObject({
      code: 'swapped_lon_lat',
      line: 2,
      field: 'Coordinates',
    });
    // Once swapped back, the metropolitan positions are plain WGS84.
    const fixed = check.swapped.map((i) => [positions[i]![1]!, positions[i]![0]!]);
    expect(detectSwappedLonLat(fixed).inside).toBe(1608);
    expect(guessCrs(fixed).code).toBe('EPSG:4326');
  });
});
