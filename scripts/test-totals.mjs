#!/usr/bin/env node
// Sums Vitest JSON reports (reporter "json") into passed / failed / skipped counts.
// As a command: `node scripts/test-totals.mjs` prints `tests: N passed, N failed[, N skipped]`
// summed over every `.vitest-report/*.json` of the workspace (unit, browser and conformance runs).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @returns {string[]} every Vitest JSON report under packages/* and examples/*. */
export function findReports(root) {
  const files = [];
  for (const group of ['packages', 'examples']) {
    const groupDir = join(root, group);
    if (!existsSync(groupDir)) continue;
    for (const name of readdirSync(groupDir)) {
      const dir = join(groupDir, name, '.vitest-report');
      if (!existsSync(dir)) continue;
      for (const file of readdirSync(dir)) if (file.endsWith('.json')) files.push(join(dir, file));
    }
  }
  return files;
}

/** @param {string[]} files paths of Vitest JSON reports */
export function readTestTotals(files) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for (const file of files) {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    totals.passed += report.numPassedTests ?? 0;
    // A suite that fails to load has no test results: count it as a failure so it is seen.
    const emptyFailedSuites = (report.testResults ?? []).filter(
      (suite) => suite.status === 'failed' && (suite.assertionResults ?? []).length === 0,
    ).length;
    totals.failed += (report.numFailedTests ?? 0) + emptyFailedSuites;
    totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  }
  return totals;
}

/** The one plain summary line CI reads. */
export function formatTotals({ passed, failed, skipped }) {
  return `tests: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = new URL('..', import.meta.url).pathname;
  const totals = readTestTotals(findReports(root));
  console.log(formatTotals(totals));
  process.exit(totals.failed === 0 ? 0 : 1);
}
