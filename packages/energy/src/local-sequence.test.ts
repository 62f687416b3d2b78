import { describe, expect, it } from 'vitest';
import { LocalSequence } from './local-sequence.js';

// Expected instants: EU summer-time rule (changes at 01:00 UTC on the last Sundays of March and
// October; Paris UTC+1 in winter, UTC+2 in summer).
describe('LocalSequence', () => {
  it('resolves ordinary times with the right offset', () => {
    const seq = new LocalSequence();
    expect(seq.resolve('2025-01-01 00:00')).toEqual({
      ok: true,
      utc: Date.parse('2024-12-31T23:00:00Z'),
      ambiguous: false,
    });
    expect(seq.resolve('2025-07-01T12:15:00')).toMatchObject({
      utc: Date.parse('2025-07-01T10:15:00Z'),
    });
  });

  it('reports the spring gap and invalid text', () => {
    const seq = new LocalSequence();
    expect(seq.resolve('2025-03-30 02:30')).toEqual({ ok: false, reason: 'nonexistent' });
    expect(seq.resolve('2025-02-30 10:00')).toEqual({ ok: false, reason: 'invalid' });
    expect(seq.resolve('30/03/2025 10:00')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('takes the first 02:30 of the autumn day as summer time and its repeat as winter time', () => {
    const seq = new LocalSequence();
    expect(seq.resolve('2025-10-26 02:30')).toEqual({
      ok: true,
      utc: Date.parse('2025-10-26T00:30:00Z'),
      ambiguous: true,
    });
    expect(seq.resolve('2025-10-26 02:30')).toEqual({
      ok: true,
      utc: Date.parse('2025-10-26T01:30:00Z'),
      ambiguous: true,
    });
  });
});
