/**
 * Rules on dates and ranges (calendar, frequencies, feed_info, expiry) and on field formats
 * (URLs, e-mails, time zones, languages, currencies, whitespace).
 * @packageDocumentation
 */
import { serviceDates } from '../calendar.js';
import type { GtfsFeed } from '../feed.js';
import { dayNumber } from '../service-date.js';
import { type NoticeList, notice } from './notices.js';

/** Start/end pairs out of order or equal, in calendar.txt, frequencies.txt and feed_info.txt. */
export function checkRanges(feed: GtfsFeed, list: NoticeList): void {
  const pair = (
    file: string,
    row: number,
    start: string | number | undefined,
    end: string | number | undefined,
    field: string,
    entityIds: Record<string, string>,
    equalIsError: boolean,
  ) => {
    if (start === undefined || end === undefined) return;
    if (start > end)
      list.add(
        notice('start_and_end_range_out_of_order', 'error', file, row, `${start} is after ${end}`, {
          field,
          entityIds,
        }),
      );
    else if (equalIsError && start === end)
      list.add(
        notice('start_and_end_range_equal', 'error', file, row, `Start and end are both ${start}`, {
          field,
          entityIds,
        }),
      );
  };
  feed.calendar.forEach((row, i) => {
    const ids = { service_id: row.service_id };
    pair('calendar.txt', i, row.start_date, row.end_date, 'end_date', ids, false);
  });
  feed.frequencies.forEach((row, i) => {
    const ids = { trip_id: row.trip_id };
    pair('frequencies.txt', i, row.start_time, row.end_time, 'end_time', ids, true);
  });
  feed.feedInfo.forEach((row, i) => {
    pair('feed_info.txt', i, row.feed_start_date, row.feed_end_date, 'feed_end_date', {}, false);
    if ((row.feed_start_date === undefined) !== (row.feed_end_date === undefined))
      list.add(
        notice(
          'missing_feed_info_date',
          'warning',
          'feed_info.txt',
          i,
          'Give both feed_start_date and feed_end_date',
          {
            field: row.feed_start_date === undefined ? 'feed_start_date' : 'feed_end_date',
          },
        ),
      );
  });
  feed.calendar.forEach((row, i) => {
    const days = [
      row.monday,
      row.tuesday,
      row.wednesday,
      row.thursday,
      row.friday,
      row.saturday,
      row.sunday,
    ];
    if (days.every((day) => day === 0))
      list.add(
        notice(
          'service_has_no_active_day_of_the_week',
          'warning',
          'calendar.txt',
          i,
          'No weekday set',
          {
            entityIds: { service_id: row.service_id },
          },
        ),
      );
  });
}

/** Expired calendars and feeds ending within 7 or 30 days of `today` (ISO date). */
export function checkExpiry(feed: GtfsFeed, today: string, list: NoticeList): void {
  const now = dayNumber(today);
  feed.calendar.forEach((row, i) => {
    if (dayNumber(row.end_date) < now)
      list.add(
        notice('expired_calendar', 'warning', 'calendar.txt', i, `Ended on ${row.end_date}`, {
          field: 'end_date',
          entityIds: { service_id: row.service_id },
        }),
      );
  });
  const end = feed.feedInfo[0]?.feed_end_date ?? serviceDates(feed).activeEnd;
  if (!end) return;
  const left = dayNumber(end) - now;
  const file = feed.feedInfo[0]?.feed_end_date ? 'feed_info.txt' : 'calendar.txt';
  if (left < 7)
    list.add(
      notice('feed_expiration_date7_days', 'warning', file, undefined, `Service ends on ${end}`),
    );
  else if (left < 30)
    list.add(
      notice('feed_expiration_date30_days', 'warning', file, undefined, `Service ends on ${end}`),
    );
}

const URL_PATTERN = /^https?:\/\/[^\s/$.?#][^\s]*$/i;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LANGUAGE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/i;
const CURRENCY_PATTERN = /^[A-Z]{3}$/;

function validTimezone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

type Check = [
  file: string,
  rows: readonly object[],
  field: string,
  code: string,
  ok: (v: string) => boolean,
];

/** Field formats and leading/trailing whitespace in text fields; feed_info.txt recommended. */
export function checkFormats(feed: GtfsFeed, list: NoticeList): void {
  const url = (v: string) => URL_PATTERN.test(v);
  const checks: Check[] = [
    ['agency.txt', feed.agency, 'agency_url', 'invalid_url', url],
    ['agency.txt', feed.agency, 'agency_fare_url', 'invalid_url', url],
    ['agency.txt', feed.agency, 'agency_email', 'invalid_email', (v) => EMAIL_PATTERN.test(v)],
    ['agency.txt', feed.agency, 'agency_timezone', 'invalid_timezone', validTimezone],
    [
      'agency.txt',
      feed.agency,
      'agency_lang',
      'invalid_language_code',
      (v) => LANGUAGE_PATTERN.test(v),
    ],
    ['stops.txt', feed.stops, 'stop_url', 'invalid_url', url],
    ['stops.txt', feed.stops, 'stop_timezone', 'invalid_timezone', validTimezone],
    ['routes.txt', feed.routes, 'route_url', 'invalid_url', url],
    ['feed_info.txt', feed.feedInfo, 'feed_publisher_url', 'invalid_url', url],
    [
      'feed_info.txt',
      feed.feedInfo,
      'feed_lang',
      'invalid_language_code',
      (v) => LANGUAGE_PATTERN.test(v) || v === 'mul',
    ],
    [
      'feed_info.txt',
      feed.feedInfo,
      'feed_contact_email',
      'invalid_email',
      (v) => EMAIL_PATTERN.test(v),
    ],
    [
      'fare_attributes.txt',
      feed.fareAttributes,
      'currency_type',
      'invalid_currency',
      (v) => CURRENCY_PATTERN.test(v),
    ],
    [
      'fare_products.txt',
      feed.fareProducts,
      'currency',
      'invalid_currency',
      (v) => CURRENCY_PATTERN.test(v),
    ],
  ];
  for (const [file, rows, field, code, ok] of checks)
    rows.forEach((row, i) => {
      const value = (row as Record<string, unknown>)[field];
      if (typeof value !== 'string' || ok(value.trim())) return;
      list.add(notice(code, 'error', file, i, `${field} ${JSON.stringify(value)}`, { field }));
    });
  const texts: [string, readonly object[], string[]][] = [
    ['agency.txt', feed.agency, ['agency_name', 'agency_url', 'agency_fare_url']],
    ['stops.txt', feed.stops, ['stop_id', 'stop_name', 'stop_desc', 'stop_code']],
    ['routes.txt', feed.routes, ['route_id', 'route_short_name', 'route_long_name']],
    ['trips.txt', feed.trips, ['trip_id', 'trip_headsign', 'trip_short_name']],
    ['levels.txt', feed.levels, ['level_name']],
  ];
  for (const [file, rows, fields] of texts)
    rows.forEach((row, i) => {
      for (const field of fields) {
        const value = (row as Record<string, unknown>)[field];
        if (typeof value === 'string' && value.trim() !== '' && value !== value.trim())
          list.add(
            notice('leading_or_trailing_whitespaces', 'warning', file, i, JSON.stringify(value), {
              field,
            }),
          );
      }
    });
  if (
    feed.feedInfo.length === 0 &&
    !feed.report.some((f) => f.file === 'feed_info.txt' && f.status === 'loaded')
  )
    list.add({
      code: 'missing_recommended_file',
      severity: 'warning',
      file: 'feed_info.txt',
      message: 'feed_info.txt is recommended (publisher, language, validity)',
    });
}
