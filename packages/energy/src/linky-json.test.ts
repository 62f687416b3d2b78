import { describe, expect, it } from 'vitest';
import { loadLinkyJson } from './linky-json.js';

// Shape and sample item from the Data Connect v4/v5 documentation as used in the Enedis client
// tests (aeneria/enedis-data-connect MeteringDataV5ClientTest; ../shared/notes/energy.md §1.2):
// {"value":"540","date":"2019-05-06 03:00:00","interval_length":"PT30M","measure_type":"B"}.
const curve = (items: unknown[]) =>
  JSON.stringify({
    meter_reading: {
      usage_point_id: '16401220101758',
      start: '2019-05-06',
      end: '2019-05-07',
      quality: 'BRUT',
      reading_type: { measurement_kind: 'power', unit: 'W', aggregate: 'average' },
      interval_reading: items,
    },
  });

describe('loadLinkyJson', () => {
  it('reads string values and local end-stamped times', () => {
    const r = loadLinkyJson(
      curve([
        { value: '540', date: '2019-05-06 03:00:00', interval_length: 'PT30M', measure_type: 'B' },
        { value: '612', date: '2019-05-06 03:30:00', interval_length: 'PT30M', measure_type: 'B' },
      ]),
    );
    expect(r.usagePointId).toBe('16401220101758');
    expect(r.series.stamp).toBe('end');
    expect(r.series.stepMinutes).toBe(30);
    expect(r.series.unit).toBe('W');
    // 03:00 CEST (UTC+2) = 01:00 UTC
    expect([...r.series.timestamps]).toEqual([
      Date.parse('2019-05-06T01:00:00Z'),
      Date.parse('2019-05-06T01:30:00Z'),
    ]);
    expect([...r.series.values]).toEqual([540, 612]);
    expect(r.account).toEqual({ rowsRead: 2, rowsKept: 2, rowsRejected: 0 });
    expect(r.issues.total).toBe(0);
  });

  it('rejects bad items with issues and keeps the account whole', () => {
    const r = loadLinkyJson(
      curve([
        { value: 'n/a', date: '2023-03-26 01:30:00', interval_length: 'PT30M' },
        { value: '300', date: '2023-03-26 02:30:00', interval_length: 'PT30M' }, // DST gap
        { value: '300', date: '2023-03-26 03:30:00', interval_length: 'PT10M' }, // other step
        { value: '300', date: '26/03/2023 04:00', interval_length: 'PT30M' },
        { value: '280', date: '2023-03-26 04:00:00', interval_length: 'PT30M' },
      ]),
      { source: 'api.json' },
    );
    expect(r.account).toEqual({ rowsRead: 5, rowsKept: 1, rowsRejected: 4 });
    expect(r.issues.issues.map((i) => i.code)).toEqual([
      'invalid_number',
      'nonexistent_local_time',
      'mixed_step',
      'invalid_date',
    ]);
    expect(r.issues.issues[0]?.source).toBe('api.json');
  });

  it('resolves the repeated autumn hour by order', () => {
    const r = loadLinkyJson(
      curve(
        ['02:00', '02:30', '02:00', '02:30', '03:00'].map((t) => ({
          value: '100',
          date: `2022-10-30 ${t}:00`,
          interval_length: 'PT30M',
        })),
      ),
    );
    // 02:00 CEST = 00:00Z, 02:30 CEST = 00:30Z, 02:00 CET = 01:00Z, 02:30 CET = 01:30Z, 03:00 CET = 02:00Z
    expect([...r.series.timestamps].map((t) => new Date(t).toISOString().slice(11, 16))).toEqual([
      '00:00',
      '00:30',
      '01:00',
      '01:30',
      '02:00',
    ]);
  });

  it('reads daily energy readings and reports a response that is not a meter reading', () => {
    const daily = loadLinkyJson({
      meter_reading: {
        reading_type: {
          measurement_kind: 'energy',
          measuring_period: 'P1D',
          unit: 'Wh',
          aggregate: 'sum',
        },
        interval_reading: [{ value: '12345', date: '2024-01-15' }],
      },
    });
    expect(daily.series).toMatchObject({ unit: 'Wh', stepMinutes: 1440, stamp: 'start' });
    expect(daily.series.timestamps[0]).toBe(Date.parse('2024-01-14T23:00:00Z'));
    expect(loadLinkyJson('{"error":"x"}').issues.issues[0]?.code).toBe('missing_meter_reading');
    expect(loadLinkyJson('not json').issues.issues[0]?.code).toBe('invalid_json');
  });
});
