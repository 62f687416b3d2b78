/**
 * Delimiter sniffing: the candidate that splits the sample into the most records of one
 * consistent width (quotes respected) wins.
 * @packageDocumentation
 */
import { RecordScanner } from './record-scanner.js';

/** Delimiters tried by {@link sniffDelimiter}, in order of preference on ties. */
export const DELIMITER_CANDIDATES = [',', ';', '\t', '|'] as const;

/**
 * Guesses the delimiter of delimited text from a sample (the first few kilobytes are enough).
 * @example
 * ```ts
 * sniffDelimiter('Date;TMin\n01/01/16;3,3\n'); // ';'
 * ```
 */
export function sniffDelimiter(sample: string, maxRecords = 50): string {
  let best: string = DELIMITER_CANDIDATES[0];
  let bestScore = -1;
  for (const delimiter of DELIMITER_CANDIDATES) {
    const widths: number[] = [];
    const scanner = new RecordScanner({ delimiter });
    try {
      scanner.push(sample, false, (record) => {
        if (widths.length < maxRecords) widths.push(record.count);
      });
    } catch {
      continue;
    }
    if (widths.length === 0) continue;
    const byWidth = new Map<number, number>();
    for (const width of widths) byWidth.set(width, (byWidth.get(width) ?? 0) + 1);
    let score = 0;
    for (const [width, count] of byWidth) {
      if (width < 2) continue;
      // Records of the modal width count fully; the width itself breaks ties.
      const candidate = count * 1000 + width;
      if (candidate > score) score = candidate;
    }
    if (score > bestScore) {
      bestScore = score;
      best = delimiter;
    }
  }
  return best;
}
