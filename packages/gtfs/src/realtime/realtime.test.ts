import { DataError } from '@datacites/core';
import GtfsRealtimeBindings from 'gtfs-realtime-bindings';
import { describe, expect, it } from 'vitest';
import { FREQUENCIES_FOLDER } from '../../test/fixtures.ts';
import { loadGtfs } from '../load/load-gtfs.ts';
import { decodeRealtime } from './decode-realtime.ts';
import { joinRealtime } from './join-realtime.ts';
import { localServiceDate, serviceDayStart, timeZoneOffset } from './service-day.ts';

const { transit_realtime: rt } = GtfsRealtimeBindings;
const posix = (...parts: [number, number, number, number, number]) => Date.UTC(...parts) / 1000;

// A feed encoded with the official bindings, so decoding is checked against what they write.
const bytes = rt.FeedMessage.encode(
  rt.FeedMessage.create({
    header: { gtfsRealtimeVersion: '2.0', timestamp: posix(2024, 0, 2, 7, 0) },
    entity: [
      {
        id: 'tu1',
        tripUpdate: {
          trip: { tripId: 'T3', startDate: '20240102' },
          stopTimeUpdate: [
            { stopSequence: 1, departure: { delay: 120 } },
            // Absolute time at the last stop: 08:15 local + 5 min = 07:20Z.
            { stopSequence: 3, arrival: { time: posix(2024, 0, 2, 7, 20) } },
          ],
        },
      },
      {
        id: 'vp1',
        vehicle: {
          trip: { tripId: 'T3' },
          position: { latitude: 48.01, longitude: 2 },
          stopId: 'S2',
          currentStatus: rt.VehiclePosition.VehicleStopStatus.STOPPED_AT,
        },
      },
      {
        id: 'al1',
        alert: {
          informedEntity: [{ stopId: 'S9' }],
          effect: rt.Alert.Effect.DETOUR,
          headerText: { translation: [{ text: 'Détour', language: 'fr' }] },
        },
      },
    ],
  }),
).finish();

describe('GTFS-Realtime', () => {
  it('decodes trip updates, vehicle positions and alerts into typed objects', () => {
    const feed = decodeRealtime(bytes);
    expect(feed.gtfsRealtimeVersion).toBe('2.0');
    expect(feed.tripUpdates[0]).toEqual({
      entityId: 'tu1',
      trip: { tripId: 'T3', startDate: '2024-01-02' },
      stopTimeUpdates: [
        { stopSequence: 1, departure: { delay: 120 } },
        { stopSequence: 3, arrival: { time: posix(2024, 0, 2, 7, 20) } },
      ],
    });
    expect(feed.vehiclePositions[0]).toMatchObject({
      position: { latitude: expect.closeTo(48.01, 5), longitude: 2 },
      stopId: 'S2',
      currentStatus: 'STOPPED_AT',
    });
    expect(feed.alerts[0]).toMatchObject({ effect: 'DETOUR', headerText: { fr: 'Détour' } });
  });

  it('rejects bytes that are not a FeedMessage with a DataError', () => {
    try {
      decodeRealtime(new Uint8Array([1, 2, 3]));
      expect.unreachable();
    } catch (error) {
      expect(DataError.isInstance(error) && error.issues[0]?.code).toBe('invalid_protobuf');
    }
  });

  it('joins updates to the schedule and carries delays to later stops', async () => {
    const feed = await loadGtfs(FREQUENCIES_FOLDER);
    const joined = joinRealtime(feed, decodeRealtime(bytes));
    const [update] = joined.tripUpdates;
    expect(update?.trip?.trip_id).toBe('T3');
    expect(update?.route?.route_id).toBe('R1');
    // T3 (Europe/Paris, CET = UTC+1 in January): S3 08:10, S2 08:12, S1 08:15 local, i.e. 07:10Z,
    // 07:12Z, 07:15Z. The +120 s delay at S3 carries to S2; S1 has its own absolute time (07:20Z),
    // a delay of 300 s.
    expect(
      update?.calls.map((c) => [c.stopId, c.scheduledDeparture, c.predictedDeparture, c.delay]),
    ).toEqual([
      ['S3', posix(2024, 0, 2, 7, 10), posix(2024, 0, 2, 7, 12), 120],
      ['S2', posix(2024, 0, 2, 7, 12), posix(2024, 0, 2, 7, 14), 120],
      ['S1', posix(2024, 0, 2, 7, 15), posix(2024, 0, 2, 7, 20), 300],
    ]);
    expect(update?.calls[2]?.predictedArrival).toBe(posix(2024, 0, 2, 7, 20));
    expect(joined.vehiclePositions[0]?.stop?.stop_name).toBe('Second');
    expect(joined.unknownStopIds).toEqual([]);
    expect(joined.unknownTripIds).toEqual([]);
  });

  it('gives the local date and offset of instants around both Paris clock changes', () => {
    // Hand calculation: 2024-03-30T23:30Z is 00:30 CET (UTC+1) on the 31st, before the 02:00 jump;
    // 2024-10-26T22:30Z is 00:30 CEST (UTC+2) on the 27th; 2024-10-26T21:30Z is 23:30 on the 26th.
    expect(localServiceDate(Date.parse('2024-03-30T23:30:00Z') / 1000, 'Europe/Paris')).toBe(
      '2024-03-31',
    );
    expect(localServiceDate(Date.parse('2024-10-26T22:30:00Z') / 1000, 'Europe/Paris')).toBe(
      '2024-10-27',
    );
    expect(localServiceDate(Date.parse('2024-10-26T21:30:00Z') / 1000, 'Europe/Paris')).toBe(
      '2024-10-26',
    );
    // Offsets either side of 2024-03-31T01:00Z (02:00 CET → 03:00 CEST) and 2024-10-27T01:00Z.
    expect(timeZoneOffset('Europe/Paris', Date.parse('2024-03-31T00:59:00Z'))).toBe(60);
    expect(timeZoneOffset('Europe/Paris', Date.parse('2024-03-31T01:00:00Z'))).toBe(120);
    expect(timeZoneOffset('Europe/Paris', Date.parse('2024-10-27T00:59:00Z'))).toBe(120);
    expect(timeZoneOffset('Europe/Paris', Date.parse('2024-10-27T01:00:00Z'))).toBe(60);
  });

  it('starts service days at noon minus 12 h, which is not midnight on clock-change days', () => {
    // 2024-01-02 Paris (UTC+1): noon 11:00Z − 12 h = 2024-01-01T23:00Z (local midnight).
    expect(serviceDayStart('2024-01-02', 'Europe/Paris')).toBe(posix(2024, 0, 1, 23, 0));
    // 2024-03-31 (clocks go forward at 02:00): noon CEST = 10:00Z − 12 h = 2024-03-30T22:00Z,
    // which is 23:00 local on the 30th.
    expect(serviceDayStart('2024-03-31', 'Europe/Paris')).toBe(posix(2024, 2, 30, 22, 0));
    // 2024-10-27 (clocks go back at 03:00): noon CET = 11:00Z − 12 h = 2024-10-26T23:00Z,
    // 01:00 local CEST.
    expect(serviceDayStart('2024-10-27', 'Europe/Paris')).toBe(posix(2024, 9, 26, 23, 0));
  });
});
