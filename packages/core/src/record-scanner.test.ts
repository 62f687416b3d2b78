import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecordScanner } from './record-scanner.js';

interface Scanned {
  line: number;
  fields: string[];
  problem: string | undefined;
}

function scan(parts: readonly string[], delimiter = ','): Scanned[] {
  const scanner = new RecordScanner({ delimiter });
  const out: Scanned[] = [];
  parts.forEach((part, k) => {
    scanner.push(part, k === parts.length - 1, (record) => {
      out.push({ line: record.line, fields: record.fields(), problem: record.problem });
    });
  });
  return out;
}

describe('RecordScanner on RFC 4180', () => {
  // Expected records: RFC 4180 section 2, rules 1–7, written out by hand from the RFC's examples.
  it('splits the RFC examples', () => {
    expect(scan(['aaa,bbb,ccc\r\nzzz,yyy,xxx\r\n']).map((r) => r.fields)).toEqual([
      ['aaa', 'bbb', 'ccc'],
      ['zzz', 'yyy', 'xxx'],
    ]);
    expect(scan(['aaa,bbb,ccc\r\nzzz,yyy,xxx']).map((r) => r.fields)).toEqual([
      ['aaa', 'bbb', 'ccc'],
      ['zzz', 'yyy', 'xxx'],
    ]);
    expect(scan(['"aaa","b\r\nbb","ccc"\r\nzzz,yyy,xxx']).map((r) => r.fields)).toEqual([
      ['aaa', 'b\r\nbb', 'ccc'],
      ['zzz', 'yyy', 'xxx'],
    ]);
    expect(scan(['"aaa","b""bb","ccc"']).map((r) => r.fields)).toEqual([['aaa', 'b"bb', 'ccc']]);
  });

  it('gives the physical line where each record starts, with CR, LF and CRLF mixed', () => {
    // Lines counted by hand: "a" on 1, the quoted field spans 2–3, blank line 4, "c" on 5 (CR), "d" on 6.
    const records = scan(['a\r\n"b\nb",x\n\nc\rd\n']);
    expect(records.map((r) => [r.line, r.fields])).toEqual([
      [1, ['a']],
      [2, ['b\nb', 'x']],
      [5, ['c']],
      [6, ['d']],
    ]);
  });

  it('keeps trailing delimiters as empty fields', () => {
    expect(scan(['a,b,\n1,2,\n']).map((r) => r.fields)).toEqual([
      ['a', 'b', ''],
      ['1', '2', ''],
    ]);
  });

  it('reports an unterminated quote and keeps the raw text', () => {
    const records = scan(['a,b\n1,"never closed\n2,3\n']);
    expect(records[1]).toEqual({
      line: 2,
      fields: ['1', '"never closed\n2,3\n'],
      problem: 'unterminated_quote',
    });
  });

  it('keeps text after a closing quote verbatim and flags it', () => {
    expect(scan(['"ab"cd,e\n'])[0]).toEqual({
      line: 1,
      fields: ['"ab"cd', 'e'],
      problem: 'text_after_quote',
    });
  });

  it('reads other delimiters, quotes included', () => {
    expect(scan(['"a;b";c\t\n'], ';').map((r) => r.fields)).toEqual([['a;b', 'c\t']]);
    expect(scan(['a\t"b\tc"\n'], '\t').map((r) => r.fields)).toEqual([['a', 'b\tc']]);
  });

  it('skips an over-long record in linear time and reads the next one', () => {
    const scanner = new RecordScanner({ delimiter: ',', maxRecordChars: 1000 });
    const out: Scanned[] = [];
    const push = (text: string, final = false) =>
      scanner.push(text, final, (r) =>
        out.push({ line: r.line, fields: r.fields(), problem: r.problem }),
      );
    push('a,b\n1,"');
    for (let k = 0; k < 100; k++) push('x'.repeat(500)); // 50 000 characters inside quotes
    push('",2\n3,4\n', true);
    expect(out).toEqual([
      { line: 1, fields: ['a', 'b'], problem: undefined },
      { line: 2, fields: [], problem: 'record_too_long' },
      { line: 3, fields: ['3', '4'], problem: undefined },
    ]);
  });
});

describe('RecordScanner chunking', () => {
  // Property: however the text is cut into chunks, records, lines and problems are the same.
  const cell = fc.oneof(
    fc.string({ unit: fc.constantFrom('a', 'b', ' ', ';', 'é') }),
    fc
      .string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ') })
      .map((s) => `"${s.replaceAll('"', '""')}"`),
  );
  const text = fc
    .array(
      fc.tuple(fc.array(cell, { minLength: 1, maxLength: 4 }), fc.constantFrom('\n', '\r\n', '\r')),
      { maxLength: 8 },
    )
    .map((records) => records.map(([cells, end]) => cells.join(',') + end).join(''));

  it('gives the same records for any chunking', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 6 }), (input, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (input.length + 1)))].sort((a, b) => a - b);
        const parts: string[] = [];
        let from = 0;
        for (const point of points) {
          parts.push(input.slice(from, point));
          from = point;
        }
        parts.push(input.slice(from));
        expect(scan(parts)).toEqual(scan([input]));
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips fields written the RFC 4180 way', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'Z', ',', '"', '\n', '\r', ' ', 'é') });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        (rows) => {
          const csv = rows
            .map((row) => row.map((f) => `"${f.replaceAll('"', '""')}"`).join(','))
            .join('\r\n');
          expect(scan([csv]).map((r) => r.fields)).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });
});
