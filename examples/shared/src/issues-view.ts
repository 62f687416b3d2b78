import { formatIssue, type IssueCount, type LoadIssue } from '@datacites/core';
import type { SharedMessages } from './i18n.js';

/** What {@link renderIssues} shows: a loader's issues, their exact counts and its row account. */
export interface IssueSummary {
  /** Issues kept by the loader (the report shape of core, energy, gtfs and air). */
  readonly issues: readonly LoadIssue[];
  readonly issueCounts: readonly IssueCount[];
  readonly account: {
    readonly rowsRead: number;
    readonly rowsKept: number;
    readonly rowsRejected: number;
  };
}

/**
 * Shows what a loader said about a file in words people can act on: the row account
 * (read = kept + rejected), the number of issues per code and severity, and the first issues
 * with their line, field and raw excerpt.
 *
 * @example
 * ```ts
 * renderIssues(document.querySelector('#issues')!, 'ma-conso.csv', load, messages);
 * ```
 */
export function renderIssues(
  container: HTMLElement,
  fileName: string,
  report: IssueSummary,
  text: SharedMessages,
  shown = 30,
): void {
  container.replaceChildren();
  const title = document.createElement('h3');
  title.textContent = fileName;
  const { rowsRead, rowsKept, rowsRejected } = report.account;
  const account = document.createElement('p');
  account.className = 'account';
  account.textContent = text.account(rowsRead, rowsKept, rowsRejected);
  container.append(title, account);
  if (report.issueCounts.length === 0) {
    const ok = document.createElement('p');
    ok.textContent = text.noIssues;
    container.append(ok);
    return;
  }
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const table = document.createElement('table');
  table.className = 'issue-counts';
  const head = table.createTHead().insertRow();
  for (const label of text.issueColumns) {
    const th = document.createElement('th');
    th.textContent = label;
    head.append(th);
  }
  const body = table.createTBody();
  const counts = [...report.issueCounts].sort((a, b) => rank[a.severity] - rank[b.severity]);
  for (const count of counts) {
    const row = body.insertRow();
    row.dataset.severity = count.severity;
    for (const cell of [count.severity, count.code, count.count.toLocaleString()]) {
      row.insertCell().textContent = cell;
    }
  }
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  const { issues } = report;
  summary.textContent = text.firstIssues(Math.min(shown, issues.length));
  const list = document.createElement('ol');
  list.className = 'issue-list';
  const ordered = [...issues].sort((a, b) => rank[a.severity] - rank[b.severity]);
  for (const issue of ordered.slice(0, shown)) {
    const item = document.createElement('li');
    item.dataset.severity = issue.severity;
    item.textContent = formatIssue(issue);
    if (issue.raw !== undefined) {
      const raw = document.createElement('code');
      raw.textContent = issue.raw;
      item.append(' — ', raw);
    }
    list.append(item);
  }
  details.append(summary, list);
  container.append(table, details);
}
