/**
 * Bytes to text: UTF-8 with or without BOM, UTF-16 with BOM, and a windows-1252 fallback when
 * bytes are not valid UTF-8 — reported as an issue, never silently.
 * @packageDocumentation
 */
import type { LoadIssue } from './issues.js';

/** Encodings the loaders decode. `latin1`/`iso-8859-1` mean windows-1252, as in browsers. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Options of {@link decodeText} and {@link TextStreamDecoder}. */
export interface DecodeOptions {
  /** Force an encoding (`utf-8`, `utf-16le`, `utf-16be`, `windows-1252`, `latin1`, `iso-8859-1`). */
  readonly encoding?: string;
  /** File name given to issues. */
  readonly file?: string;
}

/** Result of {@link decodeText}. */
export interface DecodedText {
  /** The text, without byte order mark. */
  readonly text: string;
  /** The encoding used (after any fallback). */
  readonly encoding: TextEncodingName;
  /** Issues: `encoding_fallback` when invalid UTF-8 was read as windows-1252. */
  readonly issues: readonly LoadIssue[];
}

/** Normalises an encoding label to a {@link TextEncodingName}. Throws on unsupported labels. */
export function normalizeEncoding(label: string): TextEncodingName {
  const key = label.trim().toLowerCase().replace(/_/g, '-');
  if (key === 'utf-8' || key === 'utf8') return 'utf-8';
  if (key === 'utf-16le' || key === 'utf-16') return 'utf-16le';
  if (key === 'utf-16be') return 'utf-16be';
  if (['windows-1252', 'cp1252', 'latin1', 'latin-1', 'iso-8859-1', 'iso8859-1'].includes(key))
    return 'windows-1252';
  throw new RangeError(`Unsupported text encoding: ${label}`);
}

/** Detects a byte order mark: the encoding it announces and its length in bytes. */
export function sniffBom(
  bytes: Uint8Array,
): { encoding: TextEncodingName; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * Decodes a whole file.
 * @example
 * ```ts
 * const { text, encoding, issues } = decodeText(bytes); // 'windows-1252' + an issue for latin-1 files
 * ```
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const decoder = new TextStreamDecoder(options);
  const text = decoder.decode(bytes, true);
  return { text, encoding: decoder.encoding, issues: decoder.issues };
}

/**
 * Decodes text arriving in chunks. Starts in UTF-8 (or the BOM's or the forced encoding); at the
 * first invalid UTF-8 sequence it switches to windows-1252 for the rest of the file and records
 * an `encoding_fallback` warning with the byte offset.
 */
export class TextStreamDecoder {
  /** The encoding now in use. */
  encoding: TextEncodingName;
  /** Issues raised so far. */
  readonly issues: LoadIssue[] = [];
  readonly #forced: boolean;
  readonly #file: string | undefined;
  #decoder: ChunkDecoder;
  #started = false;
  #carry: Uint8Array | undefined;
  #offset = 0;

  constructor(options: DecodeOptions = {}) {
    this.#forced = options.encoding !== undefined;
    this.encoding = options.encoding ? normalizeEncoding(options.encoding) : 'utf-8';
    this.#file = options.file;
    this.#decoder = this.#makeDecoder();
  }

  #makeDecoder(): ChunkDecoder {
    if (this.encoding === 'windows-1252') return windows1252;
    // utf-8 is decoded in complete sequences with `fatal`, so a failure can fall back cleanly.
    return new TextDecoder(this.encoding, { fatal: this.encoding === 'utf-8', ignoreBOM: true });
  }

  /**
   * True when no bytes are held back (the BOM was looked at and no UTF-8 sequence is cut), so
   * the byte lane may take the next bytes itself.
   */
  get idle(): boolean {
    return this.#started && this.#carry === undefined;
  }

  /** Counts bytes the byte lane read itself, so later issue offsets stay right. */
  skip(bytes: number): void {
    this.#offset += bytes;
  }

  /** Decodes the next chunk; pass `final` with the last one (it may be empty). */
  decode(chunk: Uint8Array, final = false): string {
    if (this.#carry) {
      const joined = new Uint8Array(this.#carry.length + chunk.length);
      joined.set(this.#carry);
      joined.set(chunk, this.#carry.length);
      chunk = joined;
      this.#carry = undefined;
    }
    if (!this.#started) {
      if (chunk.length < 3 && !final) {
        this.#carry = chunk;
        return '';
      }
      this.#started = true;
      const bom = sniffBom(chunk);
      if (bom) {
        if (!this.#forced || bom.encoding === this.encoding) {
          this.encoding = bom.encoding;
          this.#decoder = this.#makeDecoder();
          chunk = chunk.subarray(bom.length);
          this.#offset += bom.length;
        }
      }
    }
    if (this.encoding !== 'utf-8') {
      this.#offset += chunk.length;
      return this.#decoder.decode(chunk, { stream: !final });
    }
    const end = final ? chunk.length : completeUtf8Length(chunk);
    if (end < chunk.length) this.#carry = chunk.slice(end);
    const whole = chunk.subarray(0, end);
    try {
      const text = this.#decoder.decode(whole);
      this.#offset += end;
      return text;
    } catch {
      const bad = firstInvalidUtf8(whole);
      const valid = this.#decoder.decode(whole.subarray(0, bad));
      this.issues.push({
        code: 'encoding_fallback',
        severity: 'warning',
        message: `Invalid UTF-8 at byte ${this.#offset + bad}: read as windows-1252 from there on`,
        ...(this.#file === undefined ? {} : { file: this.#file }),
        raw: invalidSequence(whole, bad),
      });
      this.encoding = 'windows-1252';
      this.#decoder = this.#makeDecoder();
      this.#offset += end;
      // windows-1252 maps every byte to one character: the held-back tail needs no state.
      const tail = this.#carry ?? new Uint8Array(0);
      this.#carry = undefined;
      this.#offset += tail.length;
      return valid + this.#decoder.decode(whole.subarray(bad)) + this.#decoder.decode(tail);
    }
  }
}

interface ChunkDecoder {
  decode(bytes: Uint8Array, options?: { stream?: boolean }): string;
}

// Bytes 0x80–0x9F of windows-1252 (WHATWG Encoding Standard, index-windows-1252). Some Node
// versions decode the `windows-1252` label as ISO-8859-1, so the table is applied here for the
// same text in Node and in browsers.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
const CP1252 = new Uint16Array(256).map((_, byte) =>
  byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80]! : byte,
);

/** Decodes windows-1252 bytes (the WHATWG table, the same in Node and browsers). */
export function decodeWindows1252(bytes: Uint8Array): string {
  return windows1252.decode(bytes);
}

const windows1252: ChunkDecoder = {
  decode(bytes) {
    const parts: string[] = [];
    const codes = new Uint16Array(Math.min(bytes.length, 8192));
    for (let offset = 0; offset < bytes.length; offset += codes.length) {
      const end = Math.min(offset + codes.length, bytes.length);
      for (let i = offset; i < end; i++) codes[i - offset] = CP1252[bytes[i]!]!;
      parts.push(String.fromCharCode(...codes.subarray(0, end - offset)));
    }
    return parts.join('');
  },
};

/** The first invalid byte in hex (one byte, so the excerpt never depends on chunk boundaries). */
function invalidSequence(bytes: Uint8Array, at: number): string {
  return bytes[at]!.toString(16).padStart(2, '0');
}

/** Length of the prefix made of complete UTF-8 sequences (an incomplete tail waits). */
function completeUtf8Length(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = bytes[n - back]!;
    if (b < 0x80) return n;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return need > back ? n - back : n;
    }
  }
  return n;
}

/** Offset of the first byte that does not start a valid UTF-8 sequence (`length` if none). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return i;
}
