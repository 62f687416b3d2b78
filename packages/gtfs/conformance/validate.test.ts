// validateGtfs over the shared feeds: quirks listed in ../shared/data/gtfs/SOURCES.md must show
// up as the matching notices, with the counts SOURCES.md gives.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGtfs, validateGtfs } from '../src/index.ts';

const DATA = join(process.env.DATACITES_SHARED_DATA ?? '', 'gtfs');
const countsOf = async (path: string) => {
  const report = validateGtfs(await loadGtfs(join(DATA, path)), { today: '2026-05-01' });
  return Object.fromEntries(report.counts.map((c) => [c.code, c.count]));
};

describe('validateGtfs on the shared feeds', () => {
  it('cdmx: leading or trailing spaces in names', async () => {
    // SOURCES.md: stop_name 304, stop_desc 221, trip_headsign 97, route_long_name 9 = 631; the
    // stray desktop.ini is an unknown file; no feed_info.txt.
    const counts = await countsOf('cdmx/cdmx.zip');
    expect(counts.leading_or_trailing_whitespaces).toBe(631);
    expect(counts.unknown_file).toBe(1);
    expect(counts.missing_recommended_file).toBe(1);
  });

  it('ctran-flex: calendars without any weekday, Flex references resolved', async () => {
    // SOURCES.md: 12 of 18 calendar rows have every weekday set to 0. Flex stop_times reference
    // location groups and locations.geojson: no foreign_key_violation expected.
    const counts = await countsOf('ctran-flex/ctran-flex.zip');
    expect(counts.service_has_no_active_day_of_the_week).toBe(12);
    expect(counts.foreign_key_violation).toBeUndefined();
    expect(counts.missing_trip_edge).toBeUndefined();
  });

  it('wmata: the leading space in a level name and the trailing one in agency_fare_url', async () => {
    // SOURCES.md: level_name " Street" and a trailing space in agency_fare_url.
    const counts = await countsOf('wmata/wmata.zip');
    expect(counts.leading_or_trailing_whitespaces).toBe(2);
    expect(counts.duplicate_key).toBeUndefined();
    expect(counts.foreign_key_violation).toBeUndefined();
  });

  it('wmata: stops far from their shapes and elevator ends without a level', async () => {
    // Independent computations in Python over the same zip: 31 (shape_id, stop_id) pairs farther
    // than 100 m (400 m for the first and last stops of rail routes) from the shape, by an
    // equirectangular projection around each stop; two elevator (pathway_mode 5) ends without
    // level_id (ENT_K04_N_EL, ENT_N04_N_PAV_EL); breadth-first search over pathways.txt from the
    // 239 entrances finds every platform and node reachable both ways, and no generic node with
    // a single neighbour.
    const counts = await countsOf('wmata/wmata.zip');
    expect(counts.stop_too_far_from_shape).toBe(31);
    expect(counts.missing_level_id).toBe(2);
    expect(counts.pathway_unreachable_location).toBeUndefined();
    expect(counts.pathway_dangling_generic_node).toBeUndefined();
  });

  it('wmata: stops away from their shape_dist_traveled place on the shape', async () => {
    // Independent computation in Python: interpolating each call's shape_dist_traveled between
    // the shape points around it (planar, around the stop) leaves 2,407 (shape_id, stop_id) pairs
    // farther than 100 m from the stop. Less the 11 pairs already reported by
    // stop_too_far_from_shape and the 31 pairs on the 11 shapes whose first stop (no
    // shape_dist_traveled) has no place within 100 m, where the reference's matching by
    // shape_dist_traveled stops: 2,365.
    const counts = await countsOf('wmata/wmata.zip');
    expect(counts.stop_too_far_from_shape_using_user_distance).toBe(2365);
  });

  it('ctran-flex: its 128 booking rules follow the booking-type rules', async () => {
    // Python csv over booking_rules.txt: all 128 rows are same-day (booking_type 1) with
    // prior_notice_duration_min, prior_notice_start_day and prior_notice_start_time, and the
    // file has no prior_notice_last_day, _last_time or _service_id column; stop_times.txt has
    // no shape_dist_traveled column. Of its 2,778 stop_times rows, all with a window, none has a
    // regular or driver-arranged pickup or a regular drop-off; 1,389 have drop_off_type 2 (phone)
    // and the file has no drop_off_booking_rule_id column.
    const counts = await countsOf('ctran-flex/ctran-flex.zip');
    expect(counts.missing_pickup_drop_off_booking_rule_id).toBe(1389);
    for (const code of [
      'forbidden_real_time_booking_field_value',
      'forbidden_same_day_booking_field_value',
      'forbidden_prior_day_booking_field_value',
      'missing_prior_notice_duration_min',
      'missing_prior_notice_last_day',
      'missing_prior_notice_last_time',
      'forbidden_shape_dist_traveled',
      'forbidden_pickup_type',
      'forbidden_drop_off_type',
      'forbidden_continuous_pickup_drop_off',
    ])
      expect(counts[code], code).toBeUndefined();
  });

  it('caltrain and cairns: no errors', async () => {
    for (const path of ['caltrain-2016/caltrain_20160406.zip', 'cairns/cairns_gtfs.zip']) {
      const report = validateGtfs(await loadGtfs(join(DATA, path)), { today: '2026-05-01' });
      expect(report.errors, report.summary()).toBe(0);
    }
  });
});
