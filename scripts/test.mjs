#!/usr/bin/env node
// `pnpm test`: makes sure a Chromium exists for the browser tests, runs every package's tests
// through turbo (Node and real headless Chromium), then prints one summary line summed over every
// Vitest run: `tests: N passed, N failed[, N skipped]`.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { ensureChromium } from '../config/chromium.mjs';
import { findReports, formatTotals, readTestTotals } from './test-totals.mjs';

const root = new URL('..', import.meta.url).pathname;

let chromium;
try {
  chromium = ensureChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
console.log(`[datacites] browser tests run in ${chromium}`);

for (const file of findReports(root)) rmSync(file, { force: true });

const turbo = spawnSync(
  'pnpm',
  ['exec', 'turbo', 'run', 'test', '--continue', '--concurrency=2', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CHROMIUM_PATH: chromium },
  },
);

const totals = readTestTotals(findReports(root));
console.log(formatTotals(totals));
process.exit(turbo.status === 0 && totals.failed === 0 ? 0 : 1);
