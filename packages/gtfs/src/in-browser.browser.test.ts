import { describe, expect, it } from 'vitest';
import {
  decodeRealtime,
  loadGtfs,
  routesToGeoJSON,
  serviceDates,
  stopStats,
  writeGtfs,
} from './index.ts';

async function fixtureFile(name: string): Promise<File> {
  const response = await fetch(new URL(`../test/fixtures/${name}`, import.meta.url));
  return new File([await response.arrayBuffer()], name);
}

// The same figures as the Node tests (load-gtfs.test.ts, stop-stats.test.ts, which cite their
// sources), from a File in headless Chromium.
describe('in the browser (headless Chromium)', () => {
  it('loads a File, computes stats and GeoJSON, writes a zip back', async () => {
    const file = await fixtureFile('caltrain_20160406.zip');
    expect(file.size).toBe(63_732); // SOURCES.md
    const feed = await loadGtfs(file);
    expect([feed.trips.length, feed.stopTimes.length, feed.shapes.length]).toEqual([
      218, 3103, 3008,
    ]);
    expect(serviceDates(feed)).toMatchObject({ activeDays: 1305, busiestDate: '2016-04-04' });
    const [stat] = stopStats(feed, '2016-04-06', { stopIds: ['70012'] });
    expect(stat).toMatchObject({
      numStopTimes: 46,
      numDepartures: 46,
      minHeadway: 4,
      maxHeadway: 60,
    });
    expect(routesToGeoJSON(feed).features).toHaveLength(4);
    const again = await loadGtfs(await writeGtfs(feed));
    expect(again.stopTimes.length).toBe(3103);
  });

  it('decodes GTFS-Realtime with the official bindings', () => {
    // FeedMessage { header (field 1, 5 bytes) { gtfs_realtime_version (field 1) = "2.0" } }:
    // 0x0a 0x05 | 0x0a 0x03 '2' '.' '0' (protobuf wire format, length-delimited fields).
    const bytes = new Uint8Array([0x0a, 0x05, 0x0a, 0x03, 0x32, 0x2e, 0x30]);
    expect(decodeRealtime(bytes)).toMatchObject({ gtfsRealtimeVersion: '2.0', tripUpdates: [] });
  });
});
