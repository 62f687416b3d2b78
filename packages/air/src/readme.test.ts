import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const example = readFileSync(new URL('../examples/quick-start.mjs', import.meta.url), 'utf8');

describe('README example', () => {
  it('is the current copy of examples/quick-start.mjs', () => {
    const block = /```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBe(example);
  });
  it('runs and prints what the README says', async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((...args) => {
      lines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
    });
    await import('../examples/quick-start.mjs');
    spy.mockRestore();
    // awk over the fixture: day 1 NO2 max 35, PM10 mean 7.21, PM2.5 mean 3.875; day 2 NO2 max 46,
    // PM10 5.33, PM2.5 2.375: all index 1 (Defra bands), ties go to the first pollutant (NO2).
    expect(lines).toEqual([
      '{"rowsRead":171,"rowsKept":157,"rowsRejected":14}',
      '2017-10-01 DAQI 1 Low, due to no2',
      '2017-10-02 DAQI 1 Low, due to no2',
      '{"level":2,"label":"Moderate","labelEn":"Moderate","color":"#FFFF00","pollutant":"pm25","concentration":35.4,"value":100}',
    ]);
    for (const line of lines.slice(1, 3)) expect(readme).toContain(line);
  });
});
