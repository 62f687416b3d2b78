import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('README example', () => {
  it('is examples/quick-start.mjs, and it runs', async () => {
    const example = readFileSync(new URL('../examples/quick-start.mjs', import.meta.url), 'utf8');
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(example.trim());
    const { names, summaries, classes } = await import('../examples/quick-start.mjs');
    // The Lambert-93 positions are town-centre coordinates of Châteauroux (1.6917°E, 46.8103°N),
    // Issoudun (1.9994°E, 46.9481°N) and Châteauroux again (1.7°E, 46.805°N), converted with
    // `cs2cs EPSG:4326 EPSG:2154` (PROJ 9.1.1).
    expect(names).toEqual(['Châteauroux', 'Issoudun', 'Châteauroux']);
    expect(summaries).toHaveLength(243);
    // Counts: 241 communes with 0, Issoudun 1, Châteauroux 2. Two classes: {0…0} | {1, 2} has
    // squared deviations 0 + 0.5; {0…0, 1} | {2} has 241/242 ≈ 0.996 + 0: Jenks keeps the first,
    // breaks [0, 1, 2] (hand calculation).
    expect(classes.breaks).toEqual([0, 1, 2]);
    expect(classes.counts).toEqual([241, 2]);
  });
});
