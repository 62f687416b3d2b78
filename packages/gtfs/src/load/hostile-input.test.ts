import { readFile } from 'node:fs/promises';
import { DataError } from '@datacites/core';
import { describe, expect, it } from 'vitest';
import { CALTRAIN_ZIP } from '../../test/fixtures.ts';
import { loadGtfs } from './load-gtfs.ts';

describe('loadGtfs on hostile input', () => {
  it('reports bytes that are not an archive, and every GTFS file missing', async () => {
    const feed = await loadGtfs(new Uint8Array([1, 2, 3]));
    // The one entry (the bytes themselves) is kept, or reported as unreadable: never a crash.
    const entry =
      feed.unknownFiles.length + feed.issues.filter((i) => i.code === 'unreadable_file').length;
    expect(entry).toBe(1);
    const missing = feed.issues
      .filter((i) => i.code === 'missing_required_file')
      .map((i) => i.file);
    expect(missing).toEqual([
      'agency.txt',
      'routes.txt',
      'trips.txt',
      'stop_times.txt',
      'stops.txt',
    ]);
    expect(feed.stopTimes.length).toBe(0);
  });

  it('throws a DataError (not a crash) on a truncated zip', async () => {
    const bytes = new Uint8Array(await readFile(CALTRAIN_ZIP));
    const truncated = bytes.subarray(0, 20_000);
    await expect(loadGtfs(truncated)).rejects.toSatisfy((error) => DataError.isInstance(error));
  });

  it('stops on an aborted signal', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(loadGtfs(CALTRAIN_ZIP, { signal: controller.signal })).rejects.toThrow('stop');
  });

  it('reports a single text file given instead of a feed', async () => {
    const feed = await loadGtfs(new TextEncoder().encode('stop_id,stop_name\nS1,One\n'));
    expect(feed.issues.some((i) => i.code === 'missing_required_file')).toBe(true);
    expect(feed.stops).toEqual([]);
  });
});
