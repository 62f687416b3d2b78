// Round trip of the largest shared feed through writeGtfs, and the memory of its columns.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGtfs, serviceDates, writeGtfs } from '../src/index.ts';

const DATA = join(process.env.DATACITES_SHARED_DATA ?? '', 'gtfs');

describe('wmata', async () => {
  const feed = await loadGtfs(join(DATA, 'wmata/wmata.zip'));

  it('stores stop_times in at most 40 bytes per row', () => {
    // Typed columns only (dictionary strings excluded): 7 int32 columns (trip_id and stop_id
    // codes, two times, stop_sequence, pickup_type, drop_off_type) and one float64
    // (shape_dist_traveled) = 36 bytes per row.
    let bytes = 0;
    for (const name of [
      'trip_id',
      'arrival_time',
      'departure_time',
      'stop_id',
      'stop_sequence',
      'pickup_type',
      'drop_off_type',
      'shape_dist_traveled',
    ]) {
      const column = feed.stopTimes.column(name)!;
      bytes += column.data.byteLength + (column.state?.byteLength ?? 0);
    }
    expect(bytes / feed.stopTimes.length).toBe(36);
  });

  it('writes a zip that loads back to the same rows', async () => {
    const again = await loadGtfs(await writeGtfs(feed));
    const kept = (f: typeof feed) =>
      Object.fromEntries(
        f.report.filter((r) => r.account).map((r) => [r.file, r.account!.rowsKept]),
      );
    expect(kept(again)).toEqual(kept(feed));
    expect(serviceDates(again)).toEqual(serviceDates(feed));
    // Extra columns (as_route, scheduled_trip_id, train_id) are written back.
    expect(again.report.find((r) => r.file === 'trips.txt')?.extraColumns).toEqual([
      'scheduled_trip_id',
      'train_id',
    ]);
    expect(again.trips[100]).toEqual(feed.trips[100]);
  });
});
