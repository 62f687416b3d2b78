// What loading the Caltrain fixture gives, summarised the same way in Node and in Chromium: every
// file's account and issues, and a SHA-256 of its rows (row objects and columnar stop_times).
import { z } from 'zod';
import {
  clockTime,
  defineTable,
  type LoadIssue,
  openArchive,
  readColumns,
  readTable,
  type Source,
} from '../src/index.js';

const StopTimes = defineTable({
  columns: {
    trip_id: z.string(),
    arrival_time: clockTime().optional(),
    departure_time: clockTime().optional(),
    stop_id: z.string(),
    stop_sequence: z.int().min(0),
    pickup_type: z.int().optional(),
  },
});

async function sha256(value: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

// The archive's own name differs (a path in Node, a File name in Chromium): leave it out.
const withoutSource = (issues: readonly LoadIssue[]) =>
  issues.map(({ source: _, ...rest }) => rest);

/** Loads the feed from any source and summarises it. */
export async function summarizeCaltrain(source: Source) {
  const feed = await openArchive(source);
  const files: Record<string, unknown> = {};
  for (const entry of feed.entries) {
    const { rows, account, issues } = await readTable(feed.open(entry));
    files[entry.path] = {
      account,
      issues: withoutSource(issues),
      rows: await sha256(rows.map((row) => ({ ...row }))),
    };
  }
  const typed = await readTable(feed.open('stop_times.txt'), StopTimes);
  const columnar = await readColumns(feed.open('stop_times.txt'), StopTimes);
  return {
    files,
    stopTimes: {
      rows: await sha256(typed.rows),
      columnar: await sha256([...columnar.rows()]),
      issues: withoutSource(typed.issues),
      account: typed.account,
    },
  };
}

/** Loads the AtB stops excerpt (ISO-8859-1, not UTF-8) and summarises it. */
export async function summarizeLatin1(source: Source) {
  const { rows, account, issues } = await readTable(source, { file: 'stops.txt' });
  return { account, issues, rows: await sha256(rows.map((row) => ({ ...row }))) };
}
