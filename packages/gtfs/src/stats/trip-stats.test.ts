import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CAIRNS_TRIP_STATS, CAIRNS_ZIP } from '../../test/fixtures.ts';
import { loadGtfs } from '../load/load-gtfs.ts';
import { fnv1a, tripStats } from './trip-stats.ts';

const seconds = (time: string) => {
  const [h, m, s] = time.split(':').map(Number);
  return h! * 3600 + m! * 60 + s!;
};

describe('tripStats against gtfs_kit compute_trip_stats (cairns)', async () => {
  // Expected rows: gtfs_kit's published data/cairns_trip_stats.csv (an excerpt is committed).
  const [header, ...lines] = (await readFile(CAIRNS_TRIP_STATS, 'utf8')).trim().split('\n');
  const names = header!.split(',');
  const expected = lines.map((line) =>
    Object.fromEntries(line.split(',').map((value, i) => [names[i]!, value])),
  );
  const feed = await loadGtfs(CAIRNS_ZIP);
  const stats = tripStats(feed, { tripIds: expected.map((row) => row.trip_id!) });

  it('matches stops, times, duration and stop ids exactly', () => {
    expect(stats).toHaveLength(expected.length);
    stats.forEach((stat, i) => {
      const row = expected[i]!;
      expect(stat).toMatchObject({
        tripId: row.trip_id,
        routeId: row.route_id,
        routeShortName: row.route_short_name,
        routeType: Number(row.route_type),
        directionId: Number(row.direction_id),
        shapeId: row.shape_id,
        numStops: Number(row.num_stops),
        startTime: seconds(row.start_time!),
        endTime: seconds(row.end_time!),
        startStopId: row.start_stop_id,
        endStopId: row.end_stop_id,
        isLoop: row.is_loop === '1',
      });
      expect(stat.duration).toBeCloseTo(Number(row.duration), 10);
    });
  });

  it('matches distances within 0.5 % (gtfs_kit measures in UTM, we use haversine)', () => {
    stats.forEach((stat, i) => {
      const distance = Number(expected[i]!.distance);
      expect(stat.distanceSource).toBe('shape');
      expect(Math.abs(stat.distance - distance) / distance).toBeLessThan(0.005);
      expect(Math.abs(stat.speed - Number(expected[i]!.speed)) / stat.speed).toBeLessThan(0.005);
    });
  });

  it('gives equal stop patterns to trips calling at the same stops', () => {
    // python3 (stop_ids in stop_sequence order): 4165878 and 4165879 share a pattern, 4165908
    // (the other direction) differs; the feed has 45 distinct patterns.
    const [a, b, c] = tripStats(feed, {
      tripIds: [
        'CNS2014-CNS_MUL-Weekday-00-4165878',
        'CNS2014-CNS_MUL-Weekday-00-4165879',
        'CNS2014-CNS_MUL-Weekday-00-4165908',
      ],
    });
    expect(a!.stopPatternId).toBe(b!.stopPatternId);
    expect(a!.stopPatternId).not.toBe(c!.stopPatternId);
    expect(new Set(tripStats(feed).map((t) => t.stopPatternId)).size).toBe(45);
  });
});

describe('fnv1a', () => {
  it('matches the FNV-1a 32-bit test vectors', () => {
    // Test vectors of the FNV reference (Fowler, Noll, Vo; draft-eastlake-fnv): "" → 811c9dc5,
    // "a" → e40c292c, "foobar" → bf9cf968.
    expect([fnv1a(''), fnv1a('a'), fnv1a('foobar')]).toEqual(['811c9dc5', 'e40c292c', 'bf9cf968']);
  });
});
