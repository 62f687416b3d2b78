/**
 * Finding and cleaning the header row: metadata lines before it, several header rows, duplicate
 * or empty names, whitespace, and matching names (and aliases) to table columns.
 * @packageDocumentation
 */
import type { LoadIssue } from './issues.js';
import { RecordScanner } from './record-scanner.js';
import { normalizeHeader, type TableColumn } from './table.js';

/** Where the header is among the first records of a file. */
export interface HeaderChoice {
  /** 0-based index of the header among the non-blank records. */
  readonly index: number;
}

/**
 * Picks the header record in a sample: the record at `headerLine` when given; with columns, the
 * first record matching the most column names; without, the first record of (about) the most
 * common width (so metadata lines of another width before it are skipped).
 */
export function chooseHeader(
  sample: string,
  final: boolean,
  delimiter: string,
  columns: readonly TableColumn[] | undefined,
  headerLine?: number,
): HeaderChoice {
  const records: { fields: string[]; line: number }[] = [];
  const scanner = new RecordScanner({ delimiter });
  scanner.push(sample, final, (record) => {
    if (records.length < 200) records.push({ fields: record.fields(), line: record.line });
  });
  if (records.length === 0) return { index: 0 };
  if (headerLine !== undefined) {
    const index = records.findIndex((record) => record.line >= headerLine);
    return { index: Math.max(0, index) };
  }
  if (columns && columns.length > 0) {
    let best = 0;
    let bestScore = 0;
    for (let i = 0; i < Math.min(records.length, 50); i++) {
      const names = new Set(records[i]!.fields.map(normalizeHeader));
      const score = columns.filter((column) => column.names.some((n) => names.has(n))).length;
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    if (bestScore > 0) return { index: best };
  }
  const byWidth = new Map<number, number>();
  for (const record of records) {
    byWidth.set(record.fields.length, (byWidth.get(record.fields.length) ?? 0) + 1);
  }
  let modal = records[0]!.fields.length;
  for (const [width, count] of byWidth) {
    if (count > (byWidth.get(modal) ?? 0)) modal = width;
  }
  // Within one of the modal width: data rows often end with a trailing delimiter the header lacks.
  const index = records.findIndex(
    (record) => record.fields.length >= 2 && Math.abs(record.fields.length - modal) <= 1,
  );
  return { index: Math.max(0, index) };
}

/** Header names made usable: trimmed, empty ones named `column_N`, duplicates suffixed `_2`. */
export function cleanHeader(fields: readonly string[], line: number, file?: string) {
  const issues: LoadIssue[] = [];
  const where = { line, ...(file === undefined ? {} : { file }) };
  const seen = new Map<string, number>();
  const names = fields.map((field, i) => {
    let name = field.replace(/^\uFEFF/, '').trim();
    if (name === '') {
      name = `column_${i + 1}`;
      issues.push({
        ...where,
        code: 'empty_header',
        severity: 'info',
        column: i + 1,
        message: `Column ${i + 1} has no name: called ${name}`,
      });
    }
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    if (count > 1) {
      const renamed = `${name}_${count}`;
      issues.push({
        ...where,
        code: 'duplicate_header',
        severity: 'warning',
        column: i + 1,
        field: name,
        message: `Column ${i + 1} repeats the name ${name}: called ${renamed}`,
      });
      name = renamed;
    }
    return name;
  });
  return { names, issues };
}

/**
 * Maps table columns to header positions (-1 when absent), with issues for missing required
 * columns (error), absent optional ones (info) and header columns no table column reads (info),
 * but for the `skipped` ones (normalised names of columns a picked table leaves out).
 */
export function mapColumns(
  columns: readonly TableColumn[],
  names: readonly string[],
  line: number,
  file?: string,
  skipped: readonly string[] = [],
) {
  const issues: LoadIssue[] = [];
  const where = { line, ...(file === undefined ? {} : { file }) };
  const normalized = names.map(normalizeHeader);
  const used = new Set<number>();
  const positions = columns.map((column) => {
    for (const name of column.names) {
      const index = normalized.indexOf(name);
      if (index >= 0 && !used.has(index)) {
        used.add(index);
        return index;
      }
    }
    issues.push({
      ...where,
      code: column.optional || column.nullable ? 'absent_optional_column' : 'missing_column',
      severity: column.optional || column.nullable ? 'info' : 'error',
      field: column.key,
      message: `No column ${column.key} in the header`,
    });
    return -1;
  });
  names.forEach((name, index) => {
    if (used.has(index) || skipped.includes(normalized[index]!)) return;
    issues.push({
      ...where,
      code: 'extra_column',
      severity: 'info',
      column: index + 1,
      field: name,
      message: `Column ${name} is not part of the table and is not read`,
    });
  });
  return { positions, issues };
}
