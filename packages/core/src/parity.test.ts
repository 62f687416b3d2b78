import { describe, expect, it } from 'vitest';
import { summarizeCaltrain, summarizeLatin1 } from '../test/caltrain-parity.js';
import expected from '../test/fixtures/parity-expected.json';

// `parity-expected.json` was written from this Node run; `parity.browser.test.ts` compares the
// same summaries computed in headless Chromium from `File` objects against the same file, so
// both environments give the same rows and issues. Row counts inside are those of SOURCES.md.
describe('Node side of the browser parity', () => {
  it('loads the Caltrain zip from a path', async () => {
    const path = new URL('../test/fixtures/caltrain_20160406.zip', import.meta.url).pathname;
    const summary = await summarizeCaltrain(path);
    expect(summary).toEqual(expected.caltrain);
    expect(summary.stopTimes.account.rowsKept).toBe(3103);
    expect(summary.stopTimes.columnar).toBe(summary.stopTimes.rows);
  });

  it('loads the ISO-8859-1 AtB stops from a path', async () => {
    const path = new URL('../test/fixtures/atb-stops-excerpt.txt', import.meta.url).pathname;
    const summary = await summarizeLatin1(path);
    expect(summary).toEqual(expected.atb);
    expect(summary.account).toMatchObject({ rowsRead: 30, encoding: 'windows-1252' });
  });
});
