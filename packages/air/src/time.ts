/**
 * Date-time parsing for air-quality sources: ISO 8601 with or without offset, naive local times
 * read in an IANA time zone or a fixed offset, `YYYY/MM/DD hh:mm:ss+00`, `dd/mm/yyyy hh:mm:ss`,
 * and epoch milliseconds.
 * @packageDocumentation
 */

import { fixedOffsetMinutes, wallClockToUtc } from '@datacites/core';

// The zone machinery lives in `@datacites/core` (`zoned-time.ts`); these two stay exported from
// here because `@datacites/air` has always exported them.
export { fixedOffsetMinutes, isKnownTimeZone } from '@datacites/core';

/** A parsed instant and the zone it was written in. */
export interface ParsedTime {
  /** Epoch milliseconds, UTC. */
  readonly utc: number;
  /** The offset written in the text (`+01:00`, `Z`), or the zone used for a naive time. */
  readonly zone: string;
}

const ISO =
  /^(\d{4})[-/](\d{2})[-/](\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const DMY = /^(\d{2})\/(\d{2})\/(\d{4})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Parses a date-time as air-quality sources write it. Text with an offset keeps that offset;
 * naive text is read in `timeZone` (IANA name or fixed offset). Returns `undefined` when the text
 * is not a date-time or a field is out of range.
 * @example
 * parseDateTime('2023-02-27T06:00:00+01:00', 'UTC'); // { utc: Date.UTC(2023, 1, 27, 5), zone: '+01:00' }
 * parseDateTime('2019-01-17 07:00:00', 'Europe/Paris'); // 06:00 UTC, zone 'Europe/Paris'
 */
export function parseDateTime(text: string, timeZone: string): ParsedTime | undefined {
  const t = text.trim();
  let fields: [number, number, number, number, number, number];
  let offset: string | undefined;
  const iso = ISO.exec(t);
  if (iso) {
    fields = [+iso[1]!, +iso[2]!, +iso[3]!, +(iso[4] ?? 0), +(iso[5] ?? 0), +(iso[6] ?? 0)];
    offset = iso[7];
  } else {
    const dmy = DMY.exec(t);
    if (!dmy) return undefined;
    fields = [+dmy[3]!, +dmy[2]!, +dmy[1]!, +(dmy[4] ?? 0), +(dmy[5] ?? 0), +(dmy[6] ?? 0)];
  }
  const [y, mo, d, h, mi, s] = fields;
  // 24:00 is allowed as the end of a day.
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 59) return undefined;
  if (h === 24 && (mi > 0 || s > 0)) return undefined;
  if (new Date(Date.UTC(y, mo - 1, d)).getUTCDate() !== d) return undefined;
  if (offset !== undefined) {
    const normalised =
      offset.toUpperCase() === 'Z' ? 'Z' : offset.length === 3 ? `${offset}:00` : offset;
    const minutes = fixedOffsetMinutes(normalised)!;
    return { utc: Date.UTC(y, mo - 1, d, h, mi, s) - minutes * 60_000, zone: normalised };
  }
  return { utc: wallClockToUtc(fields, timeZone), zone: timeZone };
}
