/**
 * Fares v2 timeframes and transfer rules, GTFS-Flex booking rules and Flex calls, as MobilityData
 * gtfs-validator's rules of the same codes (https://gtfs-validator.mobilitydata.org/rules.html).
 * Foreign keys of these files are in `key-rules.ts`.
 * @packageDocumentation
 */
import type { GtfsFeed } from '../feed.js';
import type { BookingRule } from '../schema/flex-tables.js';
import { type NoticeList, notice } from './notices.js';

const TWENTY_FOUR_HOURS = 24 * 3600;

/**
 * timeframes.txt: both times or neither (`timeframe_only_start_or_end_time_specified`); no time
 * after 24:00:00 (`timeframe_start_or_end_time_greater_than_twenty_four_hours`). Errors.
 */
function checkTimeframes(feed: GtfsFeed, list: NoticeList): void {
  const file = 'timeframes.txt';
  feed.timeframes.forEach((frame, i) => {
    const ids = { timeframe_group_id: frame.timeframe_group_id };
    if ((frame.start_time === undefined) !== (frame.end_time === undefined))
      list.add(
        notice(
          'timeframe_only_start_or_end_time_specified',
          'error',
          file,
          i,
          'Give both start_time and end_time, or neither',
          {
            field: frame.start_time === undefined ? 'start_time' : 'end_time',
            entityIds: ids,
          },
        ),
      );
    for (const field of ['start_time', 'end_time'] as const) {
      const time = frame[field];
      if (time !== undefined && time > TWENTY_FOUR_HOURS)
        list.add(
          notice(
            'timeframe_start_or_end_time_greater_than_twenty_four_hours',
            'error',
            file,
            i,
            `${field} is after 24:00:00`,
            { field, entityIds: ids },
          ),
        );
    }
  });
}

/**
 * timeframes.txt: rows of one timeframe_group_id and service_id do not overlap in time (an empty
 * start_time is 00:00:00 and an empty end_time 24:00:00, as the reference) (`timeframe_overlap`,
 * error, one per pair of consecutive overlapping rows).
 */
function checkTimeframeOverlaps(feed: GtfsFeed, list: NoticeList): void {
  const groups = new Map<string, { start: number; end: number; row: number }[]>();
  feed.timeframes.forEach((frame, row) => {
    const key = `${frame.timeframe_group_id}\u0000${frame.service_id}`;
    const group = groups.get(key) ?? [];
    group.push({ start: frame.start_time ?? 0, end: frame.end_time ?? TWENTY_FOUR_HOURS, row });
    groups.set(key, group);
  });
  for (const group of groups.values()) {
    group.sort((a, b) => a.start - b.start || a.end - b.end);
    for (let k = 1; k < group.length; k++) {
      const previous = group[k - 1]!;
      const current = group[k]!;
      if (current.start >= previous.end) continue;
      const frame = feed.timeframes[current.row]!;
      list.add(
        notice(
          'timeframe_overlap',
          'error',
          'timeframes.txt',
          current.row,
          `Starts before the end of row ${previous.row} of the same group and service`,
          {
            field: 'start_time',
            entityIds: {
              timeframe_group_id: frame.timeframe_group_id,
              service_id: frame.service_id,
            },
          },
        ),
      );
    }
  }
}

/**
 * fare_transfer_rules.txt: duration_limit and duration_limit_type go together; transfer_count is
 * required (−1 or ≥ 1) when from_leg_group_id equals to_leg_group_id, and forbidden otherwise.
 * Errors.
 */
function checkTransferRules(feed: GtfsFeed, list: NoticeList): void {
  const file = 'fare_transfer_rules.txt';
  feed.fareTransferRules.forEach((rule, i) => {
    const ids = {
      from_leg_group_id: rule.from_leg_group_id ?? '',
      to_leg_group_id: rule.to_leg_group_id ?? '',
    };
    const add = (code: string, message: string, field: string) =>
      list.add(notice(code, 'error', file, i, message, { field, entityIds: ids }));
    if (rule.duration_limit !== undefined && rule.duration_limit_type === undefined)
      add(
        'fare_transfer_rule_duration_limit_without_type',
        'duration_limit without duration_limit_type',
        'duration_limit_type',
      );
    if (rule.duration_limit === undefined && rule.duration_limit_type !== undefined)
      add(
        'fare_transfer_rule_duration_limit_type_without_duration_limit',
        'duration_limit_type without duration_limit',
        'duration_limit',
      );
    const sameGroup =
      rule.from_leg_group_id !== undefined && rule.from_leg_group_id === rule.to_leg_group_id;
    if (sameGroup && rule.transfer_count === undefined)
      add(
        'fare_transfer_rule_missing_transfer_count',
        'transfer_count is required between legs of the same group',
        'transfer_count',
      );
    else if (sameGroup && (rule.transfer_count! < -1 || rule.transfer_count === 0))
      add(
        'fare_transfer_rule_invalid_transfer_count',
        `transfer_count ${rule.transfer_count} (−1 for no limit, or at least 1)`,
        'transfer_count',
      );
    else if (!sameGroup && rule.transfer_count !== undefined)
      add(
        'fare_transfer_rule_with_forbidden_transfer_count',
        'transfer_count is forbidden between different leg groups',
        'transfer_count',
      );
  });
}

const PRIOR_NOTICE_FIELDS = [
  'prior_notice_duration_min',
  'prior_notice_duration_max',
  'prior_notice_last_day',
  'prior_notice_last_time',
  'prior_notice_start_day',
  'prior_notice_start_time',
  'prior_notice_service_id',
] as const satisfies readonly (keyof BookingRule)[];
const SAME_DAY_FORBIDDEN = [
  'prior_notice_last_day',
  'prior_notice_last_time',
  'prior_notice_service_id',
] as const satisfies readonly (keyof BookingRule)[];
const PRIOR_DAY_FORBIDDEN = [
  'prior_notice_duration_min',
  'prior_notice_duration_max',
] as const satisfies readonly (keyof BookingRule)[];
/** Fields a booking type forbids, and the code reporting them. */
const FORBIDDEN_BY_BOOKING_TYPE: Record<
  number,
  { code: string; fields: readonly (keyof BookingRule)[] } | undefined
> = {
  0: { code: 'forbidden_real_time_booking_field_value', fields: PRIOR_NOTICE_FIELDS },
  1: { code: 'forbidden_same_day_booking_field_value', fields: SAME_DAY_FORBIDDEN },
  2: { code: 'forbidden_prior_day_booking_field_value', fields: PRIOR_DAY_FORBIDDEN },
};

/**
 * booking_rules.txt, all errors:
 * - fields a booking type forbids: every prior_notice_* for real-time booking (type 0,
 *   `forbidden_real_time_booking_field_value`); prior_notice_last_day, prior_notice_last_time
 *   and prior_notice_service_id for same-day booking (type 1,
 *   `forbidden_same_day_booking_field_value`); prior_notice_duration_min and _max for prior-day
 *   booking (type 2, `forbidden_prior_day_booking_field_value`);
 * - fields a booking type requires: prior_notice_duration_min for same-day booking
 *   (`missing_prior_notice_duration_min`); prior_notice_last_day and prior_notice_last_time for
 *   prior-day booking (`missing_prior_notice_last_day`, `missing_prior_notice_last_time`);
 * - consistency: prior_notice_duration_max not below _min (`invalid_prior_notice_duration_min`);
 *   no prior_notice_start_day beside prior_notice_duration_max
 *   (`forbidden_prior_notice_start_day`); prior_notice_last_day not after prior_notice_start_day
 *   (`prior_notice_last_day_after_start_day`); prior_notice_start_time if and only if
 *   prior_notice_start_day (`forbidden_prior_notice_start_time`,
 *   `missing_prior_notice_start_time`).
 */
function checkBookingRules(feed: GtfsFeed, list: NoticeList): void {
  const file = 'booking_rules.txt';
  feed.bookingRules.forEach((rule, i) => {
    const ids = { booking_rule_id: rule.booking_rule_id };
    const add = (code: string, message: string, field: string) =>
      list.add(notice(code, 'error', file, i, message, { field, entityIds: ids }));
    const forbidden = FORBIDDEN_BY_BOOKING_TYPE[rule.booking_type];
    const fields = forbidden?.fields.filter((field) => rule[field] !== undefined) ?? [];
    if (forbidden && fields.length > 0)
      add(
        forbidden.code,
        `Forbidden for booking_type ${rule.booking_type}: ${fields.join(', ')}`,
        fields[0]!,
      );
    const has = (field: keyof BookingRule) => rule[field] !== undefined;
    if (rule.booking_type === 1 && !has('prior_notice_duration_min'))
      add(
        'missing_prior_notice_duration_min',
        'Same-day booking needs prior_notice_duration_min',
        'prior_notice_duration_min',
      );
    if (
      rule.prior_notice_duration_min !== undefined &&
      rule.prior_notice_duration_max !== undefined &&
      rule.prior_notice_duration_max < rule.prior_notice_duration_min
    )
      add(
        'invalid_prior_notice_duration_min',
        `prior_notice_duration_max ${rule.prior_notice_duration_max} is below prior_notice_duration_min ${rule.prior_notice_duration_min}`,
        'prior_notice_duration_min',
      );
    if (has('prior_notice_duration_max') && has('prior_notice_start_day'))
      add(
        'forbidden_prior_notice_start_day',
        'prior_notice_start_day is forbidden beside prior_notice_duration_max',
        'prior_notice_start_day',
      );
    if (
      rule.prior_notice_last_day !== undefined &&
      rule.prior_notice_start_day !== undefined &&
      rule.prior_notice_last_day > rule.prior_notice_start_day
    )
      add(
        'prior_notice_last_day_after_start_day',
        `prior_notice_last_day ${rule.prior_notice_last_day} is after prior_notice_start_day ${rule.prior_notice_start_day}`,
        'prior_notice_last_day',
      );
    if (rule.booking_type === 2 && !has('prior_notice_last_day'))
      add(
        'missing_prior_notice_last_day',
        'Prior-day booking needs prior_notice_last_day',
        'prior_notice_last_day',
      );
    if (rule.booking_type === 2 && !has('prior_notice_last_time'))
      add(
        'missing_prior_notice_last_time',
        'Prior-day booking needs prior_notice_last_time',
        'prior_notice_last_time',
      );
    if (has('prior_notice_start_time') && !has('prior_notice_start_day'))
      add(
        'forbidden_prior_notice_start_time',
        'prior_notice_start_time without prior_notice_start_day',
        'prior_notice_start_time',
      );
    if (!has('prior_notice_start_time') && has('prior_notice_start_day'))
      add(
        'missing_prior_notice_start_time',
        'prior_notice_start_day needs prior_notice_start_time',
        'prior_notice_start_time',
      );
  });
}

/**
 * fare_leg_join_rules.txt: from_stop_id and to_stop_id go together (`missing_required_field`,
 * error, as the reference's FareLegJoinRuleValidator).
 */
function checkLegJoinRules(feed: GtfsFeed, list: NoticeList): void {
  feed.fareLegJoinRules.forEach((rule, i) => {
    if ((rule.from_stop_id === undefined) === (rule.to_stop_id === undefined)) return;
    const field = rule.from_stop_id === undefined ? 'from_stop_id' : 'to_stop_id';
    list.add(
      notice(
        'missing_required_field',
        'error',
        'fare_leg_join_rules.txt',
        i,
        `${field} is required beside ${field === 'from_stop_id' ? 'to_stop_id' : 'from_stop_id'}`,
        {
          field,
          entityIds: { from_network_id: rule.from_network_id, to_network_id: rule.to_network_id },
        },
      ),
    );
  });
}

/** continuous_pickup / continuous_drop_off values that mean continuous stopping (0, 2, 3). */
const continuous = (value: number | undefined) => value !== undefined && value !== 1;

/**
 * stop_times.txt Flex calls, all errors but one warning:
 * - a call at a location group or zone (no stop_id) has no shape_dist_traveled
 *   (`forbidden_shape_dist_traveled`);
 * - a call with a pickup/drop-off window has no regular (0, or empty) or driver-arranged (3)
 *   pickup (`forbidden_pickup_type`), no regular drop-off (`forbidden_drop_off_type`), and its
 *   route has no continuous stopping (continuous_pickup or continuous_drop_off 0, 2 or 3:
 *   `forbidden_continuous_pickup_drop_off`);
 * - when booking_rules.txt is given, a call whose pickup_type (drop_off_type) is 2 (phone the
 *   agency) names a pickup (drop-off) booking rule (`missing_pickup_drop_off_booking_rule_id`,
 *   warning).
 */
function checkFlexCalls(feed: GtfsFeed, list: NoticeList): void {
  const table = feed.stopTimes;
  const column = (name: string) => table.column(name);
  const [dist, group, zone, stop, trips] = [
    column('shape_dist_traveled'),
    column('location_group_id'),
    column('location_id'),
    column('stop_id'),
    column('trip_id'),
  ];
  const [start, end, pickup, dropOff] = [
    column('start_pickup_drop_off_window'),
    column('end_pickup_drop_off_window'),
    column('pickup_type'),
    column('drop_off_type'),
  ];
  const [pickupRule, dropOffRule] = [
    column('pickup_booking_rule_id'),
    column('drop_off_booking_rule_id'),
  ];
  const booking = feed.report.some(
    (f) => f.file.endsWith('booking_rules.txt') && f.status === 'loaded',
  );
  if (!dist && !start && !end && !booking) return;
  const present = (c: typeof dist, row: number) =>
    c !== undefined && (!c.state || c.state[row] === 0);
  const value = (c: typeof dist, row: number) => (present(c, row) ? c!.data[row]! : undefined);
  // Continuous stopping of each trip's route, by trip_id code.
  const tripIndex = new Map(feed.trips.map((trip, t) => [trip.trip_id, t]));
  const routes = new Map(feed.routes.map((route) => [route.route_id, route]));
  const continuousByCode = (trips?.dictionary ?? []).map((tripId) => {
    const route = routes.get(feed.trips[tripIndex.get(tripId) ?? -1]?.route_id ?? '');
    return continuous(route?.continuous_pickup) || continuous(route?.continuous_drop_off);
  });
  for (let row = 0; row < table.length; row++) {
    const tripId = trips && present(trips, row) ? trips.dictionary[trips.data[row]!]! : '';
    const add = (code: string, severity: 'error' | 'warning', message: string, field: string) =>
      list.add(
        notice(code, severity, 'stop_times.txt', row, message, {
          field,
          entityIds: { trip_id: tripId },
        }),
      );
    if (present(dist, row) && !present(stop, row) && (present(group, row) || present(zone, row)))
      add(
        'forbidden_shape_dist_traveled',
        'error',
        'A call at a location group or zone has no shape_dist_traveled',
        'shape_dist_traveled',
      );
    const pickupType = value(pickup, row) ?? 0;
    const dropOffType = value(dropOff, row) ?? 0;
    if (present(start, row) || present(end, row)) {
      if (pickupType === 0 || pickupType === 3)
        add(
          'forbidden_pickup_type',
          'error',
          `pickup_type ${pickupType} is forbidden with a pickup/drop-off window`,
          'pickup_type',
        );
      if (dropOffType === 0)
        add(
          'forbidden_drop_off_type',
          'error',
          'drop_off_type 0 is forbidden with a pickup/drop-off window',
          'drop_off_type',
        );
      if (trips && present(trips, row) && continuousByCode[trips.data[row]!])
        add(
          'forbidden_continuous_pickup_drop_off',
          'error',
          "The route's continuous stopping is forbidden with a pickup/drop-off window",
          'start_pickup_drop_off_window',
        );
    }
    if (!booking) continue;
    if (pickupType === 2 && !present(pickupRule, row))
      add(
        'missing_pickup_drop_off_booking_rule_id',
        'warning',
        'pickup_type 2 (phone) without pickup_booking_rule_id',
        'pickup_booking_rule_id',
      );
    if (dropOffType === 2 && !present(dropOffRule, row))
      add(
        'missing_pickup_drop_off_booking_rule_id',
        'warning',
        'drop_off_type 2 (phone) without drop_off_booking_rule_id',
        'drop_off_booking_rule_id',
      );
  }
}

/** Fares v2 timeframes and transfer rules, Flex booking rules and Flex call distances. */
export function checkFaresAndFlex(feed: GtfsFeed, list: NoticeList): void {
  checkTimeframes(feed, list);
  checkTimeframeOverlaps(feed, list);
  checkTransferRules(feed, list);
  checkBookingRules(feed, list);
  checkLegJoinRules(feed, list);
  checkFlexCalls(feed, list);
}
