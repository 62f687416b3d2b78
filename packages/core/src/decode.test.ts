import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, TextStreamDecoder } from './decode.js';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url)));

describe('decodeText', () => {
  it('strips a UTF-8 BOM (Enedis Linky export)', () => {
    const { text, encoding, issues } = decodeText(fixture('linky-excerpt.csv'));
    expect(encoding).toBe('utf-8');
    expect(text.startsWith('Identifiant PRM;')).toBe(true);
    expect(issues).toEqual([]);
  });

  it('decodes UTF-16 with either byte order mark', () => {
    // "é;€" in UTF-16LE is E9 00 3B 00 AC 20, in UTF-16BE 00 E9 00 3B 20 AC (Unicode code points).
    const le = new Uint8Array([0xff, 0xfe, 0xe9, 0x00, 0x3b, 0x00, 0xac, 0x20]);
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0xe9, 0x00, 0x3b, 0x20, 0xac]);
    expect(decodeText(le)).toEqual({ text: 'é;€', encoding: 'utf-16le', issues: [] });
    expect(decodeText(be)).toEqual({ text: 'é;€', encoding: 'utf-16be', issues: [] });
  });

  it('falls back to windows-1252 on invalid UTF-8 and says where (AtB stops.txt)', () => {
    const bytes = fixture('atb-stops-excerpt.txt');
    const { text, encoding, issues } = decodeText(bytes, { file: 'stops.txt' });
    expect(encoding).toBe('windows-1252');
    // Byte 0xF8 is "ø" in ISO-8859-1 and windows-1252; python3 finds the first invalid byte at 190.
    expect(text).toContain('16242135,Olsøya,63.672');
    expect(issues).toEqual([
      {
        code: 'encoding_fallback',
        severity: 'warning',
        file: 'stops.txt',
        message: 'Invalid UTF-8 at byte 190: read as windows-1252 from there on',
        raw: 'f8', // the invalid byte (ø in windows-1252), without the ASCII after it
      },
    ]);
  });

  it('honours an explicit encoding', () => {
    // 0x80 is "€" in windows-1252 (WHATWG Encoding index); latin1 is an alias of it.
    expect(decodeText(new Uint8Array([0x80, 0x41]), { encoding: 'latin1' }).text).toBe('€A');
  });
});

describe('TextStreamDecoder', () => {
  it('decodes any chunking of UTF-8 like the whole text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.array(fc.nat(), { maxLength: 5 }),
        (s, cuts) => {
          const bytes = new TextEncoder().encode(s);
          const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort(
            (a, b) => a - b,
          );
          const decoder = new TextStreamDecoder();
          let out = '';
          let from = 0;
          for (const point of points) {
            out += decoder.decode(bytes.subarray(from, point));
            from = point;
          }
          out += decoder.decode(bytes.subarray(from), true);
          expect(out).toBe(s);
          expect(decoder.issues).toEqual([]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('falls back mid-stream without losing bytes', () => {
    // Valid UTF-8 "été" then a latin-1 "é" (0xE9) alone: the tail is read as windows-1252.
    const decoder = new TextStreamDecoder();
    const first = decoder.decode(new Uint8Array([0xc3, 0xa9, 0x74, 0xc3]));
    const second = decoder.decode(new Uint8Array([0xa9, 0x3b, 0xe9, 0x0a]), true);
    expect(first + second).toBe('été;é\n');
    expect(decoder.encoding).toBe('windows-1252');
    expect(decoder.issues[0]?.message).toContain('byte 6');
  });
});
