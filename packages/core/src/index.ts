export {
  DataError,
  excerpt,
  formatIssue,
  type IssueCount,
  IssueList,
  type IssueListOptions,
  type LoadIssue,
  RAW_EXCERPT_LENGTH,
  type Severity,
} from './issues.js';
