import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexFeed } from './feed-index.ts';
import { loadGtfs } from './load/load-gtfs.ts';

describe('indexFeed on unsorted stop_times', () => {
  it('orders calls by trip (trips.txt order) and stop_sequence, whatever the file order', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'gtfs-index-'));
    const files: Record<string, string> = {
      'trips.txt': 'route_id,service_id,trip_id\nR,S,T1\nR,S,T2\nR,S,T3\n',
      // T3 first, T1's calls reversed, a row of an unknown trip, T2 last.
      'stop_times.txt':
        'trip_id,arrival_time,departure_time,stop_id,stop_sequence\n' +
        'T3,10:00:00,10:00:00,A,1\nT1,08:10:00,08:10:00,B,20\nT1,08:00:00,08:00:00,A,10\n' +
        'TX,09:00:00,09:00:00,A,1\nT2,09:00:00,09:00:00,A,1\nT2,09:05:00,09:05:00,B,2\n',
    };
    for (const [name, text] of Object.entries(files)) await writeFile(join(folder, name), text);
    const feed = await loadGtfs(folder);
    await rm(folder, { recursive: true, force: true });
    const index = indexFeed(feed);
    // Rows (0-based, file order): T3 → 0; T1 → 2 (seq 10), 1 (seq 20); TX → 3 (orphan);
    // T2 → 4, 5.
    expect([...index.tripStart]).toEqual([0, 2, 4, 5]);
    expect([...index.order]).toEqual([2, 1, 4, 5, 0]);
    expect(index.orphanStopTimes).toBe(1);
    expect(index.tripByID.get('T2')).toBe(1);
  });
});
