/**
 * Reading JSON input given as text, bytes or an already parsed value, with a parse failure
 * reported as an issue rather than thrown.
 * @packageDocumentation
 */
import type { LoadSession } from './load-session.js';

/** JSON given as text, UTF-8 bytes, or an already parsed value. */
export type JsonInput = string | Uint8Array | ArrayBuffer | unknown;

/** Parses `input` when it is text or bytes; reports `invalid_json` (error) and returns `undefined` on failure. */
export function readJson(input: JsonInput, session: LoadSession): unknown {
  let text: string | undefined;
  if (typeof input === 'string') text = input;
  else if (input instanceof Uint8Array) text = new TextDecoder().decode(input);
  else if (input instanceof ArrayBuffer) text = new TextDecoder().decode(new Uint8Array(input));
  if (text === undefined) return input;
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    session.issue('invalid_json', 'error', `not JSON: ${(error as Error).message}`, {
      raw: text.slice(0, 120),
    });
    return undefined;
  }
}

/** A plain object, or `undefined`. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** A finite number from a number or numeric string, or `undefined`. */
export function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value.trim().replace(',', '.'));
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/** A trimmed non-empty string from a string or number, or `undefined`. */
export function asText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  return undefined;
}
