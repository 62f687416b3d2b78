import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ATB_FOLDER, CALTRAIN_ZIP } from '../../test/fixtures.ts';
import { loadGtfs } from '../load/load-gtfs.ts';
import { subsetGtfs } from '../write/subset-gtfs.ts';
import { validateGtfs } from './validate-gtfs.ts';

// A small valid feed, then one hand-made defect per notice. Each case names the notice it
// expects and why the defect breaks the GTFS reference (or a best practice).
const BASE: Record<string, string> = {
  'agency.txt':
    'agency_id,agency_name,agency_url,agency_timezone,agency_lang\nA,Agency,https://example.org,Europe/Paris,fr\n',
  'stops.txt':
    'stop_id,stop_name,stop_lat,stop_lon,location_type,parent_station\nST,Station,48.85,2.35,1,\nS1,One,48.85,2.35,0,ST\nS2,Two,48.86,2.35,0,\nS3,Three,48.87,2.35,0,\n',
  'routes.txt':
    'route_id,agency_id,route_short_name,route_long_name,route_type,route_color,route_text_color\nR1,A,1,Line one,3,003366,FFFFFF\n',
  'trips.txt': 'route_id,service_id,trip_id,shape_id\nR1,WK,T1,SH\nR1,WK,T2,SH\n',
  'stop_times.txt':
    'trip_id,arrival_time,departure_time,stop_id,stop_sequence,shape_dist_traveled\nT1,08:00:00,08:00:00,S1,1,0\nT1,08:05:00,08:05:00,S2,2,1.1\nT1,08:10:00,08:10:00,S3,3,2.2\nT2,09:00:00,09:00:00,S1,1,0\nT2,09:10:00,09:10:00,S3,2,2.2\n',
  'calendar.txt':
    'service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\nWK,1,1,1,1,1,0,0,20240101,20241231\n',
  'shapes.txt':
    'shape_id,shape_pt_lat,shape_pt_lon,shape_pt_sequence,shape_dist_traveled\nSH,48.85,2.35,1,0\nSH,48.87,2.35,2,2.2\n',
  'feed_info.txt':
    'feed_publisher_name,feed_publisher_url,feed_lang,feed_start_date,feed_end_date\nPub,https://example.org,fr,20240101,20241231\n',
};
const TODAY = '2024-03-01';
const PATHWAY_HEADER = 'pathway_id,from_stop_id,to_stop_id,pathway_mode,is_bidirectional\n';
const TRANSLATION_HEADER = 'table_name,field_name,language,translation,record_id\n';
const folders: string[] = [];

async function validate(changes: Record<string, string | null>) {
  const folder = await mkdtemp(join(tmpdir(), 'gtfs-validate-'));
  folders.push(folder);
  const files = { ...BASE, ...changes };
  for (const [name, text] of Object.entries(files))
    if (text !== null) await writeFile(join(folder, name), text);
  return validateGtfs(await loadGtfs(folder), { today: TODAY });
}
afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

/** stop_times.txt with Flex window columns, T2's last call replaced by `row`. */
const withWindow = (row: string) => ({
  'stop_times.txt': BASE['stop_times.txt']!.replace(
    'shape_dist_traveled\n',
    'shape_dist_traveled,start_pickup_drop_off_window,end_pickup_drop_off_window\n',
  ).replace('T2,09:10:00,09:10:00,S3,2,2.2', row),
});
const replace = (file: string, from: string, to: string) => ({
  [file]: BASE[file]!.replace(from, to),
});

describe('validateGtfs', () => {
  it('finds nothing wrong in the base feed', async () => {
    const report = await validate({});
    expect(report.counts).toEqual([]);
    expect(report.summary()).toBe('0 error(s), 0 warning(s), 0 info notice(s)');
  });

  const cases: [string, string, Record<string, string | null>][] = [
    ['missing_required_file', 'routes.txt is required', { 'routes.txt': null }],
    ['missing_calendar_and_calendar_date_files', 'no service definition', { 'calendar.txt': null }],
    ['missing_recommended_file', 'feed_info.txt recommended', { 'feed_info.txt': null }],
    ['unknown_file', 'not a GTFS file', { 'notes.txt': 'hello\n' }],
    [
      'unknown_column',
      'not a reference column',
      replace('routes.txt', 'route_text_color\n', 'route_text_color,colour\n'),
    ],
    [
      'missing_required_column',
      'trips.txt without service_id',
      { 'trips.txt': 'route_id,trip_id\nR1,T1\n' },
    ],
    ['missing_required_field', 'empty stop_id', replace('stops.txt', 'S3,Three', ',Three')],
    ['invalid_time', '8h00 is not H:MM:SS', replace('stop_times.txt', 'T2,09:00:00', 'T2,9h00')],
    ['invalid_date', '2024-13-01 does not exist', replace('calendar.txt', '20241231', '20241331')],
    ['invalid_float', 'latitude not a number', replace('stops.txt', '48.86', '48,86x')],
    [
      'invalid_integer',
      'stop_sequence not an integer',
      replace('stop_times.txt', 'S3,3,', 'S3,three,'),
    ],
    [
      'number_out_of_range',
      'location_type 9',
      replace('stops.txt', 'S3,Three,48.87,2.35,0', 'S3,Three,48.87,2.35,9'),
    ],
    [
      'invalid_row_length',
      'a row with an extra field',
      replace('routes.txt', 'FFFFFF\n', 'FFFFFF,extra,more\n'),
    ],
    [
      'duplicated_column',
      'header names a column twice',
      replace('agency.txt', 'agency_lang\n', 'agency_lang,agency_lang\n'),
    ],
    [
      'empty_column_name',
      'a header cell without a name',
      replace('routes.txt', 'route_text_color\n', 'route_text_color,\n'),
    ],
    ['csv_parsing_failed', 'a quote never closed', replace('stops.txt', 'S3,Three', 'S3,"Three')],
    ['empty_file', 'transfers.txt with no byte', { 'transfers.txt': '' }],
    ['duplicate_key', 'stop_id S2 twice', replace('stops.txt', 'S3,Three', 'S2,Three')],
    [
      'foreign_key_violation',
      'trip on an unknown route',
      replace('trips.txt', 'R1,WK,T2', 'R9,WK,T2'),
    ],
    [
      'station_with_parent_station',
      'a station inside a station',
      replace('stops.txt', 'ST,Station,48.85,2.35,1,', 'ST,Station,48.85,2.35,1,S2'),
    ],
    [
      'location_without_parent_station',
      'an entrance (2) without station',
      replace('stops.txt', 'S2,Two,48.86,2.35,0,', 'S2,Two,48.86,2.35,2,'),
    ],
    [
      'wrong_parent_location_type',
      'a platform whose parent is a platform',
      replace('stops.txt', 'S1,One,48.85,2.35,0,ST', 'S1,One,48.85,2.35,0,S2'),
    ],
    [
      'point_near_origin',
      'stop at (0.1, 0.1)',
      replace('stops.txt', 'S2,Two,48.86,2.35', 'S2,Two,0.1,0.1'),
    ],
    ['point_near_pole', 'stop at 89.5°N', replace('stops.txt', 'S2,Two,48.86', 'S2,Two,89.5')],
    [
      'stop_without_stop_time',
      'a stop never called',
      { 'stops.txt': `${BASE['stops.txt']}S4,Four,48.88,2.35,0,\n` },
    ],
    [
      'route_both_short_and_long_name_missing',
      'no route name',
      replace('routes.txt', 'R1,A,1,Line one', 'R1,A,,'),
    ],
    [
      'route_short_name_too_long',
      '13 characters',
      replace('routes.txt', 'R1,A,1,', 'R1,A,ABCDEFGHIJKLM,'),
    ],
    [
      'route_short_and_long_name_equal',
      'same names',
      replace('routes.txt', 'R1,A,1,Line one', 'R1,A,Line one,Line one'),
    ],
    [
      'same_name_and_description_for_route',
      'desc = long name',
      {
        'routes.txt':
          'route_id,route_short_name,route_long_name,route_desc,route_type\nR1,1,Line one,Line one,3\n',
      },
    ],
    [
      'duplicate_route_name',
      'two routes, same names',
      { 'routes.txt': `${BASE['routes.txt']}R2,A,1,Line one,3,003366,FFFFFF\n` },
    ],
    ['invalid_color', 'not RRGGBB', replace('routes.txt', '003366', 'navy')],
    ['route_color_contrast', 'dark text on dark blue', replace('routes.txt', 'FFFFFF', '000000')],
    [
      'unused_trip',
      'a trip without stop times',
      replace('trips.txt', 'R1,WK,T2,SH\n', 'R1,WK,T2,SH\nR1,WK,T3,SH\n'),
    ],
    [
      'unusable_trip',
      'a trip with one call',
      replace('stop_times.txt', 'T2,09:10:00,09:10:00,S3,2,2.2\n', ''),
    ],
    [
      'unused_shape',
      'a shape no trip uses',
      { 'shapes.txt': `${BASE['shapes.txt']}SX,48.85,2.35,1,0\nSX,48.86,2.35,2,1\n` },
    ],
    [
      'missing_trip_edge',
      'last call without times',
      replace('stop_times.txt', 'T2,09:10:00,09:10:00', 'T2,,'),
    ],
    [
      'stop_time_with_only_arrival_or_departure_time',
      'middle call with arrival only',
      replace('stop_times.txt', 'T1,08:05:00,08:05:00', 'T1,08:05:00,'),
    ],
    [
      'stop_time_with_departure_before_arrival_time',
      'leaves before arriving',
      replace('stop_times.txt', 'T1,08:05:00,08:05:00', 'T1,08:05:00,08:04:00'),
    ],
    [
      'stop_time_with_arrival_before_previous_departure_time',
      'back in time',
      replace('stop_times.txt', 'T1,08:10:00,08:10:00', 'T1,08:03:00,08:03:00'),
    ],
    [
      'fast_travel_between_consecutive_stops',
      '1.1 km in 10 s by bus (396 km/h)',
      replace('stop_times.txt', 'T1,08:05:00,08:05:00', 'T1,08:00:10,08:00:10'),
    ],
    [
      'decreasing_or_equal_stop_time_distance',
      'distance goes back',
      replace('stop_times.txt', 'S2,2,1.1', 'S2,2,3.5'),
    ],
    [
      'decreasing_shape_distance',
      'shape distance goes back',
      { 'shapes.txt': `${BASE['shapes.txt']}SH,48.88,2.35,3,1.0\n` },
    ],
    [
      'start_and_end_range_out_of_order',
      'calendar ends before it starts',
      replace('calendar.txt', '20240101,20241231', '20241231,20240101'),
    ],
    [
      'start_and_end_range_equal',
      'a frequency of no length',
      { 'frequencies.txt': 'trip_id,start_time,end_time,headway_secs\nT1,08:00:00,08:00:00,600\n' },
    ],
    [
      'overlapping_frequency',
      'two overlapping periods',
      {
        'frequencies.txt':
          'trip_id,start_time,end_time,headway_secs\nT1,08:00:00,09:00:00,600\nT1,08:30:00,10:00:00,600\n',
      },
    ],
    [
      'service_has_no_active_day_of_the_week',
      'all weekdays 0',
      replace('calendar.txt', 'WK,1,1,1,1,1,0,0', 'WK,0,0,0,0,0,0,0'),
    ],
    [
      'expired_calendar',
      'ended before today (2024-03-01)',
      replace('calendar.txt', '20241231', '20240201'),
    ],
    [
      'feed_expiration_date7_days',
      'feed ends 2024-03-05',
      replace('feed_info.txt', '20241231', '20240305'),
    ],
    [
      'feed_expiration_date30_days',
      'feed ends 2024-03-20',
      replace('feed_info.txt', '20241231', '20240320'),
    ],
    [
      'missing_feed_info_date',
      'start date without end date',
      replace('feed_info.txt', ',20241231\n', ',\n'),
    ],
    [
      'invalid_url',
      'agency_url without scheme',
      replace('agency.txt', 'https://example.org', 'example dot org'),
    ],
    ['invalid_timezone', 'unknown zone', replace('agency.txt', 'Europe/Paris', 'Europe/Atlantis')],
    [
      'invalid_language_code',
      'not a BCP 47 tag',
      replace('agency.txt', ',fr\n', ',french language\n'),
    ],
    [
      'invalid_email',
      'contact e-mail without @',
      {
        'feed_info.txt':
          'feed_publisher_name,feed_publisher_url,feed_lang,feed_contact_email\nPub,https://example.org,fr,nobody.example.org\n',
      },
    ],
    [
      'invalid_currency',
      'currency not ISO 4217',
      { 'fare_attributes.txt': 'fare_id,price,currency_type,payment_method\nF,1.5,euro,0\n' },
    ],
    [
      'inconsistent_agency_timezone',
      'two agencies, two zones',
      { 'agency.txt': `${BASE['agency.txt']}B,Other,https://example.org,Europe/London,fr\n` },
    ],
    [
      'inconsistent_agency_lang',
      'two agencies, two languages',
      { 'agency.txt': `${BASE['agency.txt']}B,Other,https://example.org,Europe/Paris,en\n` },
    ],
    [
      'more_than_one_entity',
      'two feed_info rows',
      {
        'feed_info.txt': `${BASE['feed_info.txt']}Pub2,https://example.org,fr,20240101,20241231\n`,
      },
    ],
    [
      'pathway_loop',
      'from and to the same stop',
      { 'pathways.txt': `${PATHWAY_HEADER}P1,S1,S1,1,1\n` },
    ],
    [
      'bidirectional_exit_gate',
      'an exit gate both ways',
      { 'pathways.txt': `${PATHWAY_HEADER}P1,S1,S2,7,1\n` },
    ],
    [
      'pathway_to_wrong_location_type',
      'a pathway to a station',
      { 'pathways.txt': `${PATHWAY_HEADER}P1,S1,ST,1,1\n` },
    ],
    [
      'translation_unknown_table_name',
      'no table "lines"',
      { 'translations.txt': `${TRANSLATION_HEADER}lines,route_long_name,en,Line one,R1\n` },
    ],
    [
      'translation_foreign_key_violation',
      'no route R9',
      { 'translations.txt': `${TRANSLATION_HEADER}routes,route_long_name,en,Line nine,R9\n` },
    ],
    [
      'attribution_without_role',
      'no role flag',
      { 'attributions.txt': 'organization_name,is_producer\nSomeone,0\n' },
    ],
    [
      'fare_product_with_multiple_default_rider_categories',
      'two defaults',
      {
        'rider_categories.txt':
          'rider_category_id,rider_category_name,is_default_fare_category\nadult,Adult,1\nsenior,Senior,1\n',
      },
    ],
    [
      'missing_pickup_or_drop_off_window',
      'window start only',
      withWindow('T2,,,S3,2,2.2,09:00:00,'),
    ],
    [
      'invalid_pickup_drop_off_window',
      'window ends before it starts',
      withWindow('T2,,,S3,2,2.2,10:00:00,09:00:00'),
    ],
    [
      'forbidden_arrival_or_departure_with_pickup_or_drop_off_window',
      'times and a window',
      withWindow('T2,09:10:00,09:10:00,S3,2,2.2,09:00:00,10:00:00'),
    ],
    [
      'leading_or_trailing_whitespaces',
      'stop name with a trailing space',
      replace('stops.txt', 'S2,Two,', 'S2,Two ,'),
    ],
  ];

  it.each(cases)('reports %s (%s)', async (code, _why, changes) => {
    const report = await validate(changes);
    const found = report.notices.filter((n) => n.code === code);
    expect(found.length, report.summary()).toBeGreaterThan(0);
    expect(found[0]!.file).toBeDefined();
  });

  it('names the entities of a notice', async () => {
    const report = await validate(replace('trips.txt', 'R1,WK,T2', 'R9,WK,T2'));
    expect(report.notices.find((n) => n.code === 'foreign_key_violation')).toMatchObject({
      severity: 'error',
      file: 'trips.txt',
      row: 1,
      field: 'route_id',
      entityIds: { route_id: 'R9' },
    });
    expect(JSON.parse(JSON.stringify(report)).counts).toContainEqual({
      code: 'foreign_key_violation',
      severity: 'error',
      count: 1,
    });
  });

  it('gives rule notices the source line of their row, beside the row index', async () => {
    // `unzip -p caltrain_20160406.zip calendar.txt | grep -n CT-16APR`: the three calendars are
    // on lines 2, 3 and 4 (rows 0, 1, 2 after the header).
    const caltrain = validateGtfs(await loadGtfs(CALTRAIN_ZIP), { today: '2026-01-01' });
    expect(
      caltrain.notices
        .filter((n) => n.code === 'expired_calendar')
        .map((n) => [n.entityIds?.service_id, n.row, n.line]),
    ).toEqual([
      ['CT-16APR-Caltrain-Weekday-01', 0, 2],
      ['CT-16APR-Caltrain-Saturday-02', 1, 3],
      ['CT-16APR-Caltrain-Sunday-02', 2, 4],
    ]);
    // awk over atb-region-nord/stop_times.txt, printing NR where trip_id = 03100001 and
    // stop_sequence ∈ {2, 3}, or trip_id = 10000002 and stop_sequence = 60: lines 320, 321, 5044.
    const atb = validateGtfs(await loadGtfs(ATB_FOLDER), { today: '2026-01-01' });
    const lineOf = (trip: string, sequence: string) =>
      atb.notices.find(
        (n) =>
          n.code === 'fast_travel_between_consecutive_stops' &&
          n.entityIds?.trip_id === trip &&
          n.entityIds?.stop_sequence === sequence,
      )?.line;
    expect([lineOf('03100001', '2'), lineOf('03100001', '3'), lineOf('10000002', '60')]).toEqual([
      320, 321, 5044,
    ]);
  });

  it('gives no line to notices on a subset, whose rows are not those of the files', async () => {
    const feed = await loadGtfs(CALTRAIN_ZIP);
    const subset = subsetGtfs(feed, { dates: ['2016-04-04', '2016-04-10'] });
    const expired = validateGtfs(subset, { today: '2026-01-01' }).notices.filter(
      (n) => n.code === 'expired_calendar',
    );
    expect(expired.length).toBeGreaterThan(0);
    expect(expired.every((n) => n.row !== undefined && n.line === undefined)).toBe(true);
  });

  it('covers at least 40 notice codes', () => {
    expect(new Set(cases.map(([code]) => code)).size).toBeGreaterThanOrEqual(40);
  });

  it('on caltrain-2016: the whitespace-only route names and an expired calendar', async () => {
    const report = validateGtfs(await loadGtfs(CALTRAIN_ZIP), { today: '2026-01-01' });
    const count = (code: string) => report.counts.find((c) => c.code === code)?.count ?? 0;
    // SOURCES.md: route_short_name is " " in all 4 routes, but every route has a long name, so
    // no route_both_short_and_long_name_missing; all 3 calendars end on 2019-03-31 (expired).
    expect(count('route_both_short_and_long_name_missing')).toBe(0);
    expect(count('expired_calendar')).toBe(3);
    expect(count('missing_recommended_file')).toBe(1);
    expect(report.errors).toBe(0);
  });
});
