import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { catchmentReply } from './catchment-messages.js';

// 1,000 m along a meridian is 1000 / 6 371 008.8 rad (turf's mean Earth radius) = 0.0089932°.
// Two 400 m circles overlap when their centres are less than 2 × 400 = 800 m apart.
const KM_LAT = (1000 / 6371008.8) * (180 / Math.PI);
const CAIRNS: [number, number] = [145.7709, -16.9235];

/** Number of separate polygons of an area geometry. */
function polygonCount(geometry: Geometry | undefined): number {
  if (geometry?.type === 'Polygon') return 1;
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates.length;
  return 0;
}

describe('catchmentReply (what the worker answers)', () => {
  it('unions circles closer than twice the radius and keeps farther ones apart', () => {
    const [lon, lat] = CAIRNS;
    const apart = catchmentReply({
      id: 1,
      points: [CAIRNS, [lon, lat + KM_LAT]],
      radius: 400,
    });
    const close = catchmentReply({
      id: 2,
      points: [CAIRNS, [lon, lat + KM_LAT / 2]],
      radius: 400,
    });
    if ('error' in apart || 'error' in close) throw new Error('unexpected error reply');
    expect(apart.id).toBe(1);
    expect(apart.area.features).toHaveLength(1);
    expect(polygonCount(apart.area.features[0]?.geometry)).toBe(2);
    expect(close.id).toBe(2);
    expect(polygonCount(close.area.features[0]?.geometry)).toBe(1);
  });

  it('reports a point without a valid position instead of dropping it silently', () => {
    const reply = catchmentReply({ id: 3, points: [CAIRNS, [Number.NaN, -16.9]], radius: 400 });
    if ('error' in reply) throw new Error('unexpected error reply');
    expect(reply.issues.map((issue) => issue.code)).toEqual(['invalid_point']);
    expect(polygonCount(reply.area.features[0]?.geometry)).toBe(1);
  });

  it('answers an empty collection without points', () => {
    const reply = catchmentReply({ id: 4, points: [], radius: 400 });
    expect(reply).toEqual({
      id: 4,
      area: { type: 'FeatureCollection', features: [] },
      issues: [],
    });
  });

  it('turns an exception into an error reply carrying the request id', () => {
    // A malformed message (no point list), as a broken sender could post.
    const reply = catchmentReply({ id: 5, points: null as never, radius: 400 });
    expect(reply.id).toBe(5);
    expect('error' in reply && reply.error.length > 0).toBe(true);
  });
});
