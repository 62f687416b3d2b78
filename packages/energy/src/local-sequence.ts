/**
 * Turns a sequence of local wall-clock times (as printed by RTE éCO2mix or the Enedis Data
 * Connect API, without UTC offset) into UTC instants, resolving the autumn overlap by order and
 * reporting times that do not exist (spring gap).
 * @packageDocumentation
 */

import { type ZoneClock, zoneClock } from '@datacites/core';

/** Outcome of {@link LocalSequence.resolve}. */
export type ResolvedLocalTime =
  | { readonly ok: true; readonly utc: number; readonly ambiguous: boolean }
  | { readonly ok: false; readonly reason: 'nonexistent' | 'invalid' };

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Resolves local times read in file order. In the autumn overlap a wall time happens twice: its
 * first occurrence is taken as the earlier instant (summer time) and a repeat of the same wall
 * time as the later one (winter time), which is how chronological files list them. A time in the
 * spring gap (02:00–02:59 on the last Sunday of March in Paris) has no instant and is reported.
 *
 * @example
 * ```ts
 * const seq = new LocalSequence('Europe/Paris');
 * seq.resolve('2025-10-26 02:30'); // { ok: true, utc: Date.parse('2025-10-26T00:30Z'), ambiguous: true }
 * seq.resolve('2025-10-26 02:30'); // { ok: true, utc: Date.parse('2025-10-26T01:30Z'), ambiguous: true }
 * ```
 */
export class LocalSequence {
  readonly #clock: ZoneClock;
  readonly #seen = new Set<string>();

  constructor(timeZone = 'Europe/Paris') {
    this.#clock = zoneClock(timeZone);
  }

  /** Resolves `YYYY-MM-DD HH:MM[:SS]` (space or `T`). */
  resolve(text: string): ResolvedLocalTime {
    const m = LOCAL_PATTERN.exec(text.trim());
    if (!m) return { ok: false, reason: 'invalid' };
    return this.resolveParts(
      Number(m[1]),
      Number(m[2]),
      Number(m[3]),
      Number(m[4]),
      Number(m[5]),
      Number(m[6] ?? 0),
    );
  }

  /** Resolves wall-clock fields (month 1–12). */
  resolveParts(
    year: number,
    month: number,
    day: number,
    hour: number,
    minute: number,
    second = 0,
  ): ResolvedLocalTime {
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) {
      return { ok: false, reason: 'invalid' };
    }
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCDate() !== day) return { ok: false, reason: 'invalid' };
    const r = this.#clock.toUtc(year, month, day, hour, minute, second);
    if (r.kind === 'nonexistent') return { ok: false, reason: 'nonexistent' };
    if (r.kind === 'unique') return { ok: true, utc: r.utc, ambiguous: false };
    const key = `${year}-${month}-${day} ${hour}:${minute}:${second}`;
    if (this.#seen.has(key)) return { ok: true, utc: r.later, ambiguous: true };
    this.#seen.add(key);
    return { ok: true, utc: r.earlier, ambiguous: true };
  }
}
