import { describe, expect, it } from 'vitest';
import { guessCrs } from './crs-guess.js';
import { detectSwappedLonLat } from './swapped-coordinates.js';

// Projected coordinates below are the PROJ 9.1.1 (cs2cs) values of reproject.test.ts and
// ntf.test.ts: Paris and Poitiers in each CRS.
describe('guessCrs', () => {
  it('recognises Lambert-93, first of the CRS that fit, with a warning naming the others', () => {
    const guess = guessCrs(
      [
        [652296.9731, 6861636.3585],
        [496374.4362, 6612336.2873],
      ],
      'dpe.csv',
    );
    expect(guess.code).toBe('EPSG:2154');
    // These metres also land in the Polynésie UTM zones (in the ocean) and, as Web Mercator, in
    // Spain: a range alone cannot rule them out, so the warning lists them.
    expect(guess.candidates).toEqual(['EPSG:2154', 'EPSG:3297', 'EPSG:3298', 'EPSG:3857']);
    expect(guess.issues).toMatchObject([
      { code: 'crs_ambiguous', severity: 'warning', source: 'dpe.csv' },
    ]);
    expect(guessCrs([[2.35, 48.85]]).issues[0]!.code).toBe('crs_guessed');
  });

  it('recognises Lambert II étendu, a CC zone and overseas UTM zones', () => {
    expect(guessCrs([[600983.4957, 2428295.3086]]).code).toBe('EPSG:27572');
    expect(guessCrs([[1700000.0, 5222228.7999]]).code).toBe('EPSG:3946');
    expect(guessCrs([[338811.025, 7690123.5003]]).code).toBe('EPSG:2975'); // Saint-Denis
    expect(guessCrs([[709096.3158, 1616759.7331]]).code).toBe('EPSG:5490'); // Fort-de-France
  });

  it('takes degrees as WGS84 and reports coordinates nothing fits', () => {
    expect(guessCrs([[2.35, 48.85]]).code).toBe('EPSG:4326');
    const none = guessCrs([[-5e7, 9e7]]);
    expect(none.code).toBeUndefined();
    expect(none.issues[0]).toMatchObject({ code: 'crs_unknown', severity: 'error' });
    expect(guessCrs([[Number.NaN, 1]]).issues[0]).toMatchObject({ code: 'crs_unknown' });
  });
});

describe('detectSwappedLonLat', () => {
  it('reports swapped, outside and invalid positions without fixing them', () => {
    const positions = [
      [2.3499, 48.853], // Paris, right
      [48.853, 2.3499], // Paris, swapped
      [-61.0588, 14.6161], // Fort-de-France: not metropolitan either way
      [Number.NaN, 3],
    ];
    const check = detectSwappedLonLat(positions, { source: 'irve.csv', lineOf: (i) => i + 2 });
    expect(check).toMatchObject({
      checked: 4,
      inside: 1,
      swapped: [1],
      outside: [2],
      invalid: [3],
    });
    expect(check.inside + check.swapped.length + check.outside.length + check.invalid.length).toBe(
      check.checked,
    );
    expect(check.issues.map((issue) => [issue.code, issue.line])).toEqual([
      ['swapped_lon_lat', 3],
      ['outside_territory', 4],
      ['invalid_position', 5],
    ]);
    expect(positions[1]).toEqual([48.853, 2.3499]);
    expect(detectSwappedLonLat([[-61.0588, 14.6161]], { territory: 'antilles' }).inside).toBe(1);
  });
});
