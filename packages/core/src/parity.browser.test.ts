import { describe, expect, it } from 'vitest';
import { summarizeCaltrain, summarizeLatin1 } from '../test/caltrain-parity.js';
import expected from '../test/fixtures/parity-expected.json';

async function fixtureFile(name: string): Promise<File> {
  const response = await fetch(new URL(`../test/fixtures/${name}`, import.meta.url));
  return new File([await response.arrayBuffer()], name);
}

// Same summaries as `parity.test.ts` computes in Node from file paths (see there).
describe('browser parity (headless Chromium)', () => {
  it('loads the Caltrain zip from a File like Node from a path', async () => {
    const file = await fixtureFile('caltrain_20160406.zip');
    expect(file.size).toBe(63_732); // SOURCES.md
    expect(await summarizeCaltrain(file)).toEqual(expected.caltrain);
  });

  it('decodes the ISO-8859-1 AtB stops from a File like Node', async () => {
    expect(await summarizeLatin1(await fixtureFile('atb-stops-excerpt.txt'))).toEqual(expected.atb);
  });
});
