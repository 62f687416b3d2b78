import { distance as turfDistance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { haversineDistance } from '../distance.js';
import { PointIndex } from './nearest.js';

// Expected distances: python3 haversine with R = 6 371 008.8 m (written out below), an
// implementation independent of this package.
//   def hav(l1, p1, l2, p2): a = sin(r(p2-p1)/2)**2 + cos(r(p1))*cos(r(p2))*sin(r(l2-l1)/2)**2
//                            return 2*R*asin(sqrt(a))
describe('haversineDistance', () => {
  it('Paris → Poitiers = 294 032.25 m (python), as turf.distance', () => {
    expect(haversineDistance(2.3499, 48.853, 0.3404, 46.5802)).toBeCloseTo(294032.247, 2);
    expect(turfDistance([2.3499, 48.853], [0.3404, 46.5802], { units: 'meters' })).toBeCloseTo(
      294032.247,
      2,
    );
  });
});

describe('PointIndex.nearest', () => {
  // At 60°N a degree of longitude is half a degree of latitude: B, 0.017° east, is nearer in
  // metres than A, 0.009° north, though farther in degrees. python3: A 1000.756 m,
  // B 945.158 m, C 1111.951 m, D 1667.926 m from (2, 60).
  const points: [number, number][] = [
    [2.0, 60.009],
    [2.017, 60.0],
    [1.98, 60.0],
    [2.0, 59.985],
  ];
  const index = new PointIndex(points);

  it('ranks by distance in metres, not in degrees', () => {
    const found = index.nearest(2, 60, 3);
    expect(found.map((n) => n.index)).toEqual([1, 0, 2]);
    expect(found[0]!.distance).toBeCloseTo(945.158, 2);
    expect(found[1]!.distance).toBeCloseTo(1000.756, 2);
    expect(found[2]!.distance).toBeCloseTo(1111.951, 2);
  });

  it('limits by distance, and within() lists every point in a radius', () => {
    expect(index.nearest(2, 60, 4, 1050).map((n) => n.index)).toEqual([1, 0]);
    expect(index.within(2, 60, 1200).map((n) => n.index)).toEqual([1, 0, 2]);
    expect(index.within(2, 60, 10)).toEqual([]);
  });

  it('agrees with a brute-force scan on a random cloud', () => {
    let seed = 3;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const cloud: [number, number][] = [];
    for (let i = 0; i < 2000; i++) cloud.push([-5 + random() * 13, 42 + random() * 9]);
    const cloudIndex = new PointIndex(cloud);
    for (let q = 0; q < 50; q++) {
      const [lon, lat] = [-5 + random() * 13, 42 + random() * 9];
      const brute = cloud
        .map(([x, y], i) => ({ index: i, distance: haversineDistance(lon, lat, x, y) }))
        .sort((a, b) => a.distance - b.distance)
        .slice(0, 5);
      expect(cloudIndex.nearest(lon, lat, 5)).toEqual(brute);
    }
  });

  it('reports invalid points and leaves them out', () => {
    const withBad = new PointIndex([[1, 2], [Number.NaN, 3], [4]] as [number, number][], {
      source: 'stops.txt',
    });
    expect(withBad.size).toBe(1);
    expect(withBad.issues.map((i) => [i.code, i.line])).toEqual([
      ['invalid_point', 2],
      ['invalid_point', 3],
    ]);
  });
});
