import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ATB_FOLDER, CAIRNS_ZIP, CALTRAIN_ZIP } from '../../test/fixtures.ts';
import { loadGtfs } from '../load/load-gtfs.ts';
import { subsetGtfs } from '../write/subset-gtfs.ts';
import { distanceToLineMetres } from './shape-stop-rules.ts';
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
      'forbidden_arrival_or_departure_time',
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

// Each rule below: a hand-made broken feed that triggers it and a clean variant, as close as
// possible, that does not (and, for most, that gives no notice at all). Rules and severities
// are MobilityData gtfs-validator's (https://gtfs-validator.mobilitydata.org/rules.html).

/** Degrees of longitude that put a point `metres` east of a meridian at latitude `lat`. */
const lonOffset = (lat: number, metres: number) =>
  (Math.asin(Math.sin(metres / 6_371_008.8) / Math.cos((lat * Math.PI) / 180)) * 180) / Math.PI;

/** shapes.txt SH: S1's place, then `passes` east–west crossings of S2's place, then S3's place. */
function zigzagShape(passes: number): string {
  const points: [number, number][] = [[48.85, 2.35]];
  for (let k = 0; k <= passes; k++) points.push([48.86, k % 2 === 0 ? 2.347 : 2.353]);
  points.push([48.87, 2.35]);
  return `shape_id,shape_pt_lat,shape_pt_lon,shape_pt_sequence\n${points
    .map(([lat, lon], i) => `SH,${lat},${lon},${i + 1}`)
    .join('\n')}\n`;
}

const STATION_STOPS =
  'stop_id,stop_name,stop_lat,stop_lon,location_type,parent_station,level_id\nST,Station,48.85,2.35,1,,\nS1,One,48.85,2.35,0,ST,L0\nE1,Entrance,48.8501,2.3501,2,ST,L0\nN1,Node,,,3,ST,L1\nS2,Two,48.86,2.35,0,,\nS3,Three,48.87,2.35,0,,\n';
const LEVELS = 'level_id,level_index\nL0,0\nL1,-1\n';
const FARES: Record<string, string> = {
  'networks.txt': 'network_id,network_name\nNW,Network\n',
  'timeframes.txt':
    'timeframe_group_id,start_time,end_time,service_id\nPEAK,07:00:00,09:00:00,WK\n',
  'fare_products.txt': 'fare_product_id,amount,currency\nFP,2,EUR\n',
  'fare_leg_rules.txt':
    'leg_group_id,network_id,from_timeframe_group_id,fare_product_id\nLG,NW,PEAK,FP\nLG2,NW,,FP\n',
  'fare_transfer_rules.txt':
    'from_leg_group_id,to_leg_group_id,transfer_count,duration_limit,duration_limit_type,fare_transfer_type\nLG,LG,1,3600,1,0\nLG,LG2,,,,0\n',
};
const fares = (file: string, from: string, to: string) => {
  const text = FARES[file]!;
  if (!text.includes(from)) throw new Error(`${from} not in ${file}`);
  return { ...FARES, [file]: text.replace(from, to) };
};
const BOOKING_HEADER =
  'booking_rule_id,booking_type,prior_notice_duration_min,prior_notice_duration_max,prior_notice_last_day,prior_notice_last_time,prior_notice_start_day,prior_notice_start_time\n';
/** Real-time B0, same-day B1 (30 to 60 min ahead), prior-day B2 (1 to 3 days ahead). */
const BOOKING_RULES = `${BOOKING_HEADER}B0,0,,,,,,\nB1,1,30,60,,,,\nB2,2,,,1,17:00:00,3,08:00:00\n`;
const booking = (from: string, to: string) => {
  if (!BOOKING_RULES.includes(from)) throw new Error(`${from} not in booking_rules.txt`);
  return { 'booking_rules.txt': BOOKING_RULES.replace(from, to) };
};
/** stop_times.txt of the base feed without its shape_dist_traveled column. */
const NO_DISTANCES = BASE['stop_times.txt']!.replace(/,[^,\n]*\n/g, '\n');
/** A Flex call of trip T3 at location group G1, 08:00 to 10:00. */
interface FlexCall {
  readonly distance?: string;
  readonly pickup?: string;
  readonly dropOff?: string;
  readonly pickupRule?: string;
  readonly dropOffRule?: string;
}
/**
 * Trip T3 (route R1) with two Flex calls at location group G1: by default pickup by phone
 * (pickup_type 2, booking rule B1) on the first, drop-off by phone (drop_off_type 2, rule B1) on
 * the second, the other way none (1); `first` and `second` change the calls.
 */
const flexTrip = (first: FlexCall = {}, second: FlexCall = {}) => {
  const call = (sequence: number, c: FlexCall, pickup: string, dropOff: string) =>
    `T3,,,,${sequence},${c.distance ?? ''},G1,08:00:00,10:00:00,${c.pickup ?? pickup},${c.dropOff ?? dropOff},${c.pickupRule ?? (pickup === '2' ? 'B1' : '')},${c.dropOffRule ?? (dropOff === '2' ? 'B1' : '')}\n`;
  return {
    'trips.txt': `${BASE['trips.txt']}R1,WK,T3,\n`,
    'stop_times.txt': `${BASE['stop_times.txt']!.replaceAll('\n', ',,,,,,,\n').replace(
      'shape_dist_traveled,,,,,,,',
      'shape_dist_traveled,location_group_id,start_pickup_drop_off_window,end_pickup_drop_off_window,pickup_type,drop_off_type,pickup_booking_rule_id,drop_off_booking_rule_id',
    )}${call(1, first, '2', '1')}${call(2, second, '1', '2')}`,
    'location_groups.txt': 'location_group_id\nG1\n',
    'location_group_stops.txt': 'location_group_id,stop_id\nG1,S2\n',
    'booking_rules.txt': BOOKING_RULES,
  };
};

describe('validateGtfs: shapes, pathways, Fares v2 and Flex rules', () => {
  it('measures a stop to a shape along great circles', () => {
    // Distance from a point to the meridian great circle: R·asin(cos φ · sin Δλ) (spherical
    // right triangle), so lonOffset(48.86, 146) puts S2 146 m off the meridian line SH.
    const line: [number, number][] = [
      [2.35, 48.85],
      [2.35, 48.87],
    ];
    expect(distanceToLineMetres(2.35 + lonOffset(48.86, 146), 48.86, line)).toBeCloseTo(146, 6);
    expect(distanceToLineMetres(2.35, 48.86, line)).toBeCloseTo(0, 6);
    // Beyond the end, the closest place is the end point: 0.01° of latitude = R·π/18000.
    expect(distanceToLineMetres(2.35, 48.88, line)).toBeCloseTo((6_371_008.8 * Math.PI) / 18000, 6);
  });

  const offS2 = (metres: number) =>
    replace('stops.txt', 'S2,Two,48.86,2.35', `S2,Two,48.86,${2.35 + lonOffset(48.86, metres)}`);
  const offS1 = (metres: number) =>
    replace('stops.txt', 'S1,One,48.85,2.35', `S1,One,48.85,${2.35 + lonOffset(48.85, metres)}`);
  const pairs: [string, string, Record<string, string | null>, Record<string, string | null>][] = [
    // Reference threshold (StopToShapeMatcherSettings): 100 m.
    ['stop_too_far_from_shape', 'S2 146 m off SH; clean: 73 m', offS2(146), offS2(73)],
    [
      'stop_too_far_from_shape',
      // Without shape_dist_traveled: matching by it allows no more than 100 m even on rail.
      'first stop 146 m off, bus; clean: rail, whose first and last stops may be 4 × 100 m off',
      { ...offS1(146), 'stop_times.txt': NO_DISTANCES },
      {
        ...offS1(146),
        ...replace('routes.txt', 'Line one,3,', 'Line one,2,'),
        'stop_times.txt': NO_DISTANCES,
      },
    ],
    [
      'stop_has_too_many_matches_for_shape',
      'SH passes S2 21 times; clean: 20 times (limit 20)',
      { 'shapes.txt': zigzagShape(21) },
      { 'shapes.txt': zigzagShape(20) },
    ],
    [
      'stops_match_shape_out_of_order',
      'T1 calls at S3 before S2, SH goes S1, S2, S3; clean: the base feed',
      {
        'stop_times.txt': BASE['stop_times.txt']!.replace(
          'T1,08:05:00,08:05:00,S2,2,1.1\nT1,08:10:00,08:10:00,S3,3,2.2',
          'T1,08:05:00,08:05:00,S3,2,1.1\nT1,08:10:00,08:10:00,S2,3,2.2',
        ),
      },
      {},
    ],
    [
      'stop_too_far_from_shape_using_user_distance',
      "S2's shape_dist_traveled 1.25 of SH's 2.2 puts it 152 m on; clean: 1.18 (81 m)",
      replace('stop_times.txt', 'S2,2,1.1', 'S2,2,1.25'),
      replace('stop_times.txt', 'S2,2,1.1', 'S2,2,1.18'),
    ],
    [
      'pathway_unreachable_location',
      'N1 → S1 one way: no way back from platform S1; clean: both ways',
      {
        'stops.txt': STATION_STOPS,
        'levels.txt': LEVELS,
        'pathways.txt': `${PATHWAY_HEADER}P1,E1,N1,1,1\nP2,N1,S1,1,0\n`,
      },
      {
        'stops.txt': STATION_STOPS,
        'levels.txt': LEVELS,
        'pathways.txt': `${PATHWAY_HEADER}P1,E1,N1,1,1\nP2,N1,S1,1,1\n`,
      },
    ],
    [
      'pathway_dangling_generic_node',
      'N1 joined to E1 only (and S1 twice over); clean: E1 – N1 – S1',
      {
        'stops.txt': STATION_STOPS,
        'levels.txt': LEVELS,
        'pathways.txt': `${PATHWAY_HEADER}P1,E1,N1,1,1\nP2,N1,E1,1,1\nP3,E1,S1,1,1\n`,
      },
      {
        'stops.txt': STATION_STOPS,
        'levels.txt': LEVELS,
        'pathways.txt': `${PATHWAY_HEADER}P1,E1,N1,1,1\nP2,N1,S1,1,1\n`,
      },
    ],
    [
      'missing_level_id',
      'elevator (mode 5) from E1 to a node without level; clean: N1 on level L1',
      {
        'stops.txt': STATION_STOPS.replace('N1,Node,,,3,ST,L1', 'N1,Node,,,3,ST,'),
        'levels.txt': LEVELS,
        'pathways.txt': `${PATHWAY_HEADER}P1,E1,N1,5,1\nP2,N1,S1,1,1\n`,
      },
      {
        'stops.txt': STATION_STOPS,
        'levels.txt': LEVELS,
        'pathways.txt': `${PATHWAY_HEADER}P1,E1,N1,5,1\nP2,N1,S1,1,1\n`,
      },
    ],
    [
      'pathway_to_platform_with_boarding_areas',
      'pathway to platform S1, which has boarding area B1; clean: to B1',
      {
        'stops.txt': `${STATION_STOPS}B1,Boarding,,,4,S1,L0\n`,
        'levels.txt': LEVELS,
        'pathways.txt': `${PATHWAY_HEADER}P1,E1,N1,1,1\nP2,N1,S1,1,1\nP3,N1,B1,1,1\n`,
      },
      {
        'stops.txt': `${STATION_STOPS}B1,Boarding,,,4,S1,L0\n`,
        'levels.txt': LEVELS,
        'pathways.txt': `${PATHWAY_HEADER}P1,E1,N1,1,1\nP3,N1,B1,1,1\n`,
      },
    ],
    [
      'timeframe_overlap',
      'PEAK 07:00–09:00 and 08:00–10:00 on WK; clean: 09:00–10:00 (ends are exclusive)',
      fares('timeframes.txt', ',WK\n', ',WK\nPEAK,08:00:00,10:00:00,WK\n'),
      fares('timeframes.txt', ',WK\n', ',WK\nPEAK,09:00:00,10:00:00,WK\n'),
    ],
    [
      'foreign_key_violation',
      'fare_leg_rules network_id NX in neither networks.txt nor routes.txt',
      fares('fare_leg_rules.txt', 'LG,NW,PEAK', 'LG,NX,PEAK'),
      FARES,
    ],
    [
      'foreign_key_violation',
      'fare_leg_rules from_timeframe_group_id OFF not in timeframes.txt',
      fares('fare_leg_rules.txt', 'NW,PEAK', 'NW,OFF'),
      FARES,
    ],
    [
      'foreign_key_violation',
      'timeframes service_id XX not in calendar.txt',
      fares('timeframes.txt', ',WK', ',XX'),
      FARES,
    ],
    [
      'foreign_key_violation',
      'fare_transfer_rules to_leg_group_id LX not in fare_leg_rules.txt',
      fares('fare_transfer_rules.txt', 'LG,LG2,', 'LG,LX,'),
      FARES,
    ],
    [
      'timeframe_only_start_or_end_time_specified',
      'start_time without end_time',
      fares('timeframes.txt', '07:00:00,09:00:00', '07:00:00,'),
      FARES,
    ],
    [
      'timeframe_start_or_end_time_greater_than_twenty_four_hours',
      'end_time 25:00:00',
      fares('timeframes.txt', '09:00:00', '25:00:00'),
      FARES,
    ],
    [
      'fare_transfer_rule_duration_limit_without_type',
      'duration_limit 3600, no type',
      fares('fare_transfer_rules.txt', 'LG,LG,1,3600,1,0', 'LG,LG,1,3600,,0'),
      FARES,
    ],
    [
      'fare_transfer_rule_duration_limit_type_without_duration_limit',
      'type 1, no duration_limit',
      fares('fare_transfer_rules.txt', 'LG,LG,1,3600,1,0', 'LG,LG,1,,1,0'),
      FARES,
    ],
    [
      'fare_transfer_rule_invalid_transfer_count',
      'transfer_count 0 within leg group LG',
      fares('fare_transfer_rules.txt', 'LG,LG,1,', 'LG,LG,0,'),
      FARES,
    ],
    [
      'fare_transfer_rule_missing_transfer_count',
      'no transfer_count within leg group LG',
      fares('fare_transfer_rules.txt', 'LG,LG,1,', 'LG,LG,,'),
      FARES,
    ],
    [
      'fare_transfer_rule_with_forbidden_transfer_count',
      'transfer_count 1 from LG to LG2',
      fares('fare_transfer_rules.txt', 'LG,LG2,,', 'LG,LG2,1,'),
      FARES,
    ],
    [
      'forbidden_real_time_booking_field_value',
      'real-time booking B0 with prior_notice_duration_min',
      booking('B0,0,,', 'B0,0,30,'),
      booking('', ''),
    ],
    [
      'forbidden_same_day_booking_field_value',
      'same-day booking B1 with prior_notice_last_day',
      booking('B1,1,30,60,,', 'B1,1,30,60,1,'),
      booking('', ''),
    ],
    [
      'forbidden_prior_day_booking_field_value',
      'prior-day booking B2 with prior_notice_duration_min',
      booking('B2,2,,', 'B2,2,30,'),
      booking('', ''),
    ],
    [
      'missing_prior_notice_duration_min',
      'same-day booking B1 without prior_notice_duration_min',
      booking('B1,1,30,60', 'B1,1,,60'),
      booking('', ''),
    ],
    [
      'invalid_prior_notice_duration_min',
      'B1: at most 20 min ahead, at least 30',
      booking('B1,1,30,60', 'B1,1,30,20'),
      booking('', ''),
    ],
    [
      'forbidden_prior_notice_start_day',
      'B1 with prior_notice_duration_max and prior_notice_start_day',
      booking('B1,1,30,60,,,,', 'B1,1,30,60,,,1,08:00:00'),
      booking('', ''),
    ],
    [
      'prior_notice_last_day_after_start_day',
      'B2: last day 3 before travel, start day 1',
      booking('B2,2,,,1,17:00:00,3,', 'B2,2,,,3,17:00:00,1,'),
      booking('', ''),
    ],
    [
      'missing_prior_notice_last_day',
      'prior-day booking B2 without prior_notice_last_day',
      booking('B2,2,,,1,', 'B2,2,,,,'),
      booking('', ''),
    ],
    [
      'missing_prior_notice_last_time',
      'prior-day booking B2 without prior_notice_last_time',
      booking(',17:00:00,', ',,'),
      booking('', ''),
    ],
    [
      'forbidden_prior_notice_start_time',
      'B2 with prior_notice_start_time, no prior_notice_start_day',
      booking(',3,08:00:00', ',,08:00:00'),
      booking('', ''),
    ],
    [
      'missing_prior_notice_start_time',
      'B2 with prior_notice_start_day, no prior_notice_start_time',
      booking(',3,08:00:00', ',3,'),
      booking('', ''),
    ],
    [
      'forbidden_shape_dist_traveled',
      'a location-group call with shape_dist_traveled',
      flexTrip({ distance: '0.5' }),
      flexTrip(),
    ],
    [
      'forbidden_pickup_type',
      'regular pickup (0) during a window',
      flexTrip({ pickup: '0', pickupRule: '' }),
      flexTrip(),
    ],
    [
      'forbidden_pickup_type',
      'pickup arranged with the driver (3) during a window',
      flexTrip({ pickup: '3', pickupRule: '' }),
      flexTrip(),
    ],
    [
      'forbidden_drop_off_type',
      'empty drop_off_type (regular) during a window',
      flexTrip({}, { dropOff: '', dropOffRule: '' }),
      flexTrip(),
    ],
    [
      'forbidden_continuous_pickup_drop_off',
      'route R1 with continuous_pickup 0 runs a trip with windows',
      {
        ...flexTrip(),
        'routes.txt': BASE['routes.txt']!.replace(
          'route_text_color\nR1,A,1,Line one,3,003366,FFFFFF',
          'route_text_color,continuous_pickup\nR1,A,1,Line one,3,003366,FFFFFF,0',
        ),
      },
      {
        ...flexTrip(),
        'routes.txt': BASE['routes.txt']!.replace(
          'route_text_color\nR1,A,1,Line one,3,003366,FFFFFF',
          'route_text_color,continuous_pickup\nR1,A,1,Line one,3,003366,FFFFFF,1',
        ),
      },
    ],
    [
      'missing_pickup_drop_off_booking_rule_id',
      'drop-off by phone (2) without drop_off_booking_rule_id',
      flexTrip({}, { dropOffRule: '' }),
      flexTrip(),
    ],
    [
      'missing_required_field',
      'fare_leg_join_rules with from_stop_id but no to_stop_id',
      {
        'fare_leg_join_rules.txt':
          'from_network_id,to_network_id,from_stop_id,to_stop_id\nNW,NW,S1,\n',
        'networks.txt': FARES['networks.txt']!,
      },
      {
        'fare_leg_join_rules.txt':
          'from_network_id,to_network_id,from_stop_id,to_stop_id\nNW,NW,S1,S1\n',
        'networks.txt': FARES['networks.txt']!,
      },
    ],
  ];

  it.each(pairs)('reports %s (%s), not on the clean variant', async (code, _why, broken, clean) => {
    const bad = await validate(broken);
    expect(bad.notices.filter((n) => n.code === code).length, bad.summary()).toBeGreaterThan(0);
    const good = await validate(clean);
    expect(good.counts, good.summary()).toEqual([]);
  });

  it('reports a stop too far from a shape with its distance, trip and shape', async () => {
    const report = await validate(offS2(146));
    expect(report.counts).toEqual([
      { code: 'stop_too_far_from_shape', severity: 'warning', count: 1 },
    ]);
    expect(report.notices[0]).toMatchObject({
      file: 'stop_times.txt',
      line: 3, // T1's call at S2 is the 2nd data row of stop_times.txt
      entityIds: { trip_id: 'T1', shape_id: 'SH', stop_id: 'S2', stop_sequence: '2' },
      message: '146 m from shape SH (limit 100 m)',
    });
  });

  it('matches by shape_dist_traveled along the shape, then measures to the stop', async () => {
    // SH runs along the meridian from 48.85° to 48.87° with shape_dist_traveled 0 to 2.2, so
    // distance 1.25 is at latitude 48.85 + 0.02 × 1.25 / 2.2; S2 is at 48.86, on the same
    // meridian: R × Δφ apart.
    const expected = (6_371_008.8 * (0.02 * (1.25 / 2.2) - 0.01) * Math.PI) / 180;
    const report = await validate(replace('stop_times.txt', 'S2,2,1.1', 'S2,2,1.25'));
    expect(report.counts).toEqual([
      { code: 'stop_too_far_from_shape_using_user_distance', severity: 'warning', count: 1 },
    ]);
    expect(report.notices[0]).toMatchObject({
      line: 3,
      field: 'shape_dist_traveled',
      entityIds: { trip_id: 'T1', shape_id: 'SH', stop_id: 'S2' },
      message: `${expected.toFixed(0)} m from shape SH at shape_dist_traveled 1.25 (limit 100 m)`,
    });
  });

  it('counts pathway notices per location', async () => {
    // Dangling case: N1 and S1 both lack a route back; N1 is dangling; S1 cannot be reached.
    const report = await validate({
      'stops.txt': STATION_STOPS.replace('N1,Node,,,3,ST,L1', 'N1,Node,,,3,ST,'),
      'levels.txt': LEVELS,
      'pathways.txt': `${PATHWAY_HEADER}P1,E1,N1,5,0\n`,
    });
    const count = (code: string) => report.counts.find((c) => c.code === code)?.count;
    // S1 (no pathway) and N1 (reached from E1, no way back: the elevator goes one way).
    expect(count('pathway_unreachable_location')).toBe(2);
    expect(count('pathway_dangling_generic_node')).toBe(1);
    expect(count('missing_level_id')).toBe(1); // N1 only: E1 has level L0
  });

  it('on the Cairns fixture: the five stops farther than 100 m from their shapes', async () => {
    // Expected from an independent computation (Python, equirectangular projection around each
    // stop, point-to-segment distance; each (shape, stop) pair once, trips in file order):
    // (1100015, 750337) 233 m, (1100016, 750338) 223 m, (1230061, 750075) 104 m,
    // (1230065, 750075) 104 m, (150E0008, 750279) 296 m.
    const report = validateGtfs(await loadGtfs(CAIRNS_ZIP), { today: '2014-06-01' });
    const far = report.notices
      .filter((n) => n.code === 'stop_too_far_from_shape')
      .map((n) => [n.entityIds?.shape_id, n.entityIds?.stop_id, n.message.split(' ')[0]])
      .sort();
    expect(far).toEqual([
      ['1100015', '750337', '233'],
      ['1100016', '750338', '223'],
      ['1230061', '750075', '104'],
      ['1230065', '750075', '104'],
      ['150E0008', '750279', '296'],
    ]);
  });
});
