import { describe, expect, it } from 'vitest';
import { DataError, excerpt, formatIssue, IssueList, RAW_EXCERPT_LENGTH } from './issues.js';

const issue = (code: string, line: number) =>
  ({ code, severity: 'error', message: 'bad value', file: 'stops.txt', line }) as const;

describe('IssueList', () => {
  it('keeps the first N issues of each code and counts the rest exactly', () => {
    const list = new IssueList({ maxPerCode: 3 });
    for (let line = 1; line <= 1000; line++) list.add(issue('invalid_number', line));
    list.add(issue('missing_value', 5));
    expect(list.issues.map((i) => i.line)).toEqual([1, 2, 3, 5]);
    expect(list.total).toBe(1001);
    expect(list.counts).toEqual([
      { code: 'invalid_number', severity: 'error', count: 1000 },
      { code: 'missing_value', severity: 'error', count: 1 },
    ]);
    expect(list.countOf('error')).toBe(1001);
    expect(list.countOf('warning')).toBe(0);
  });

  it('merges another list without losing the counts it did not keep', () => {
    const a = new IssueList({ maxPerCode: 2 });
    const b = new IssueList({ maxPerCode: 2 });
    for (let line = 1; line <= 10; line++) b.add(issue('invalid_date', line));
    a.add(issue('invalid_date', 100));
    a.addAll(b);
    expect(a.total).toBe(11);
    expect(a.issues.map((i) => i.line)).toEqual([100, 1]);
    expect(a.counts).toEqual([{ code: 'invalid_date', severity: 'error', count: 11 }]);
  });
});

describe('IssueList.addCounted', () => {
  it("takes a load's kept issues and its exact counts (250 found, 100 kept, all counted)", async () => {
    const { readTable } = await import('./read-table.js');
    const { defineTable } = await import('./table.js');
    const { z } = await import('zod');
    const Table = defineTable({ columns: { n: z.int() } });
    const csv = `n\n${Array.from({ length: 250 }, (_, i) => `x${i}`).join('\n')}\n`;
    const report = await readTable(new TextEncoder().encode(csv), Table);
    expect(report.issues).toHaveLength(100); // the default cap per code
    const all = new IssueList({ maxPerCode: 10 });
    all.add(issue('invalid_number', 1));
    all.addCounted(report.issues, report.issueCounts);
    expect(all.issues).toHaveLength(10);
    expect(all.counts).toEqual([{ code: 'invalid_number', severity: 'error', count: 251 }]);
  });
});

describe('DataError', () => {
  it('lists every issue in its message and is recognised across package copies', () => {
    const error = new DataError('2 problems in stops.txt', [issue('a', 2), issue('b', 3)]);
    expect(error.message).toContain('error stops.txt:2 a: bad value');
    expect(error.message).toContain('error stops.txt:3 b: bad value');
    expect(DataError.isInstance(error)).toBe(true);
    expect(DataError.isInstance(new Error('x'))).toBe(false);
    expect(error.counts).toEqual([
      { code: 'a', severity: 'error', count: 1 },
      { code: 'b', severity: 'error', count: 1 },
    ]);
  });
});

describe('formatIssue and excerpt', () => {
  it('names source, archive entry, line and field', () => {
    expect(
      formatIssue({ ...issue('invalid_number', 12), source: 'feed.zip', field: 'stop_lat' }),
    ).toBe('error feed.zip!stops.txt:12 [stop_lat] invalid_number: bad value');
  });
  it('cuts long raw text', () => {
    const cut = excerpt('x'.repeat(10_000));
    expect(cut).toHaveLength(RAW_EXCERPT_LENGTH);
    expect(cut.endsWith('…')).toBe(true);
    expect(excerpt('short')).toBe('short');
  });
});
