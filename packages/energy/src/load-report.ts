/**
 * What every loader of the package returns beside its data: the report of `@datacites/core`
 * (issues, exact counts, the account of every row), extended with the rows the energy mapping
 * itself rejected.
 * @packageDocumentation
 */

import type { IssueCount, LoadAccount, LoadIssue, LoadReport } from '@datacites/core';
import { IssueList } from '@datacites/core';

/** The report of an energy load: `account.rowsRead = rowsKept + rowsRejected` always holds. */
export type EnergyLoadReport = LoadReport;

/** Issues of the mapping step and the rows it rejected, merged into the core report. */
export class MappingIssues {
  readonly list: IssueList;
  /** Rows the mapping rejected after the core kept them. */
  rejected = 0;
  readonly #place: { source?: string; file?: string };

  constructor(report: LoadReport, options: { source?: string; maxIssuesPerCode?: number } = {}) {
    this.list = new IssueList({ maxPerCode: options.maxIssuesPerCode ?? 100 });
    this.#place = {
      file: report.account.file,
      ...(options.source === undefined ? {} : { source: options.source }),
    };
  }

  /** Records an issue at a line of the file. */
  add(issue: Omit<LoadIssue, 'file' | 'source'>): void {
    this.list.add({ ...this.#place, ...issue });
  }

  /** Records a rejected row (with its error issue). */
  reject(issue: Omit<LoadIssue, 'file' | 'source' | 'severity'>): void {
    this.rejected++;
    this.add({ ...issue, severity: 'error' });
  }

  /** The core report with these issues and rejections merged in. */
  merge(report: LoadReport): EnergyLoadReport {
    const counts = new Map<string, IssueCount>();
    for (const c of [...report.issueCounts, ...this.list.counts]) {
      const key = `${c.severity}:${c.code}`;
      const prev = counts.get(key);
      counts.set(key, { ...c, count: (prev?.count ?? 0) + c.count });
    }
    const account: LoadAccount = {
      ...report.account,
      rowsKept: report.account.rowsKept - this.rejected,
      rowsRejected: report.account.rowsRejected + this.rejected,
    };
    return {
      ...report,
      issues: [...report.issues, ...this.list.issues],
      issueCounts: [...counts.values()],
      account,
    };
  }
}
