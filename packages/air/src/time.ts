/**
 * Date-time parsing for air-quality sources: ISO 8601 with or without offset, naive local times
 * read in an IANA time zone or a fixed offset, `YYYY/MM/DD hh:mm:ss+00`, `dd/mm/yyyy hh:mm:ss`,
 * and epoch milliseconds.
 * @packageDocumentation
 */

/** Offset of a fixed zone such as `UTC`, `Z`, `+01:00`, `UTC+01`, `GMT-5`, in minutes; else `undefined`. */
export function fixedOffsetMinutes(zone: string): number | undefined {
  const z = zone.trim();
  if (/^(z|utc|gmt)$/i.test(z)) return 0;
  const m = /^(?:utc|gmt)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(z);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Offset (minutes) of an IANA zone at instant `utcMs`. */
function zoneOffsetAt(timeZone: string, utcMs: number): number {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(new Date(utcMs)))
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const asUtc = Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour!,
    parts.minute!,
    parts.second!,
  );
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

/** True when `timeZone` is a fixed offset or an IANA zone this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  if (fixedOffsetMinutes(timeZone) !== undefined) return true;
  try {
    zoneOffsetAt(timeZone, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Epoch ms of a wall-clock time in a zone (fixed offset or IANA). In a daylight-saving overlap the
 * first occurrence is taken; a time in the spring gap is moved forward by the gap (as `Temporal`'s
 * `compatible` disambiguation does).
 */
export function wallClockToUtc(
  fields: readonly [number, number, number, number, number, number],
  timeZone: string,
): number {
  const [y, mo, d, h, mi, s] = fields;
  const naive = Date.UTC(y, mo - 1, d, h, mi, s);
  const fixed = fixedOffsetMinutes(timeZone);
  if (fixed !== undefined) return naive - fixed * 60_000;
  // The offsets in force a day before and a day after cover any transition near this time.
  const before = zoneOffsetAt(timeZone, naive - 86_400_000);
  const after = zoneOffsetAt(timeZone, naive + 86_400_000);
  const offsets = before === after ? [before] : [Math.max(before, after), Math.min(before, after)];
  for (const offset of offsets) {
    const candidate = naive - offset * 60_000;
    if (zoneOffsetAt(timeZone, candidate) === offset) return candidate;
  }
  return naive - Math.min(before, after) * 60_000;
}

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
