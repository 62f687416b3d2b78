// One benchmark case in its own process, so its peak RSS is its own:
//   node bench/case.mjs <case> <file> <table: stop-times|temperatures> [untimed runs before]
// Prints one JSON line: { case, rows, ms, rssMB }.
import { createReadStream, readFileSync } from 'node:fs';
import { parse as csvParse } from 'csv-parse';
import { parse as csvParseSync } from 'csv-parse/sync';
import Papa from 'papaparse';
import { inferSchema, initParser } from 'udsv';
import { readColumns, readTable, streamTable } from '../dist/index.js';
import { decodeStopTimes } from './handwritten-stop-times.mjs';
import { StopTimes, Temperatures } from './tables.mjs';

const [name, file, tableName, warmRuns] = process.argv.slice(2);
const table = tableName === 'temperatures' ? Temperatures : StopTimes;
const delimiter = tableName === 'temperatures' ? ';' : ',';

/** "HH:MM:SS" to seconds, as a user of papaparse would write it. */
function seconds(text) {
  if (!text) return undefined;
  const [h, m, s] = text.split(':');
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}
const optionalNumber = (text) => (text === '' || text === undefined ? undefined : Number(text));

/** Manual typing of a papaparse/csv-parse row object, with the checks the schema makes. */
function typeStopTime(row) {
  const typed = {
    trip_id: row.trip_id,
    arrival_time: seconds(row.arrival_time),
    departure_time: seconds(row.departure_time),
    stop_id: row.stop_id,
    stop_sequence: Number(row.stop_sequence),
    pickup_type: optionalNumber(row.pickup_type),
    drop_off_type: optionalNumber(row.drop_off_type),
    shape_dist_traveled: optionalNumber(row.shape_dist_traveled),
  };
  if (!Number.isInteger(typed.stop_sequence)) throw new Error('bad stop_sequence');
  return typed;
}
function typeTemperature(row) {
  const [d, m, y] = row.Date.split('/');
  return {
    date: `20${y}-${m}-${d}`,
    region: row.Région,
    tmin: Number(row['TMin (°C)']),
    tmax: Number(row['TMax (°C)']),
    tmean: Number(row['TMoy (°C)']),
  };
}
const typeRow = tableName === 'temperatures' ? typeTemperature : typeStopTime;

const cases = {
  /** The floor: read the bytes and count line feeds. */
  async floor() {
    let rows = 0;
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
      let at = chunk.indexOf(10);
      while (at !== -1) {
        rows++;
        at = chunk.indexOf(10, at + 1);
      }
    }
    return rows - 1;
  },
  /** A reference: a decoder hand-written for exactly this file's layout (no checks). */
  async 'hand-written decoder'() {
    return decodeStopTimes(file);
  },
  async 'core columnar'() {
    return (await readColumns(file, table)).length;
  },
  async 'core rows, validated'() {
    return (await readTable(file, table)).rows.length;
  },
  async 'core rows, zod on every row'() {
    return (await readTable(file, table, { validation: 'zod' })).rows.length;
  },
  async 'core stream rows, validated'() {
    let rows = 0;
    for await (const _ of await streamTable(file, table)) rows++;
    return rows;
  },
  async 'papaparse objects'() {
    const text = readFileSync(file, 'utf8');
    return Papa.parse(text, { header: true, skipEmptyLines: true, delimiter }).data.length;
  },
  async 'papaparse objects + typing'() {
    const text = readFileSync(file, 'utf8');
    const rows = Papa.parse(text, { header: true, skipEmptyLines: true, delimiter }).data;
    return rows.map(typeRow).length;
  },
  async 'papaparse stream objects'() {
    let rows = 0;
    await new Promise((resolve, reject) =>
      Papa.parse(createReadStream(file), {
        header: true,
        skipEmptyLines: true,
        delimiter,
        step: () => rows++,
        complete: resolve,
        error: reject,
      }),
    );
    return rows;
  },
  async 'csv-parse objects + typing'() {
    const text = readFileSync(file, 'utf8');
    return csvParseSync(text, { columns: true, delimiter, bom: true }).map(typeRow).length;
  },
  async 'csv-parse stream objects'() {
    let rows = 0;
    const parser = createReadStream(file).pipe(csvParse({ columns: true, delimiter, bom: true }));
    for await (const _ of parser) rows++;
    return rows;
  },
  async 'udsv typed objects'() {
    const text = readFileSync(file, 'utf8');
    const parser = initParser(inferSchema(text, { col: delimiter }));
    return parser.typedObjs(text).length;
  },
  async 'udsv stream typed objects'() {
    let parser;
    let rows = 0;
    const count = (_row, _buf) => {
      rows++;
    };
    for await (const chunk of createReadStream(file, {
      encoding: 'utf8',
      highWaterMark: 1 << 20,
    })) {
      parser ??= initParser(inferSchema(chunk, { col: delimiter }));
      parser.chunk(chunk, parser.typedObjs, count);
    }
    parser.end();
    return rows;
  },
};

const run = cases[name];
if (!run) throw new Error(`Unknown case ${name}; one of ${Object.keys(cases).join(', ')}`);
// Warm: the same load run this many times first, untimed, in this process (so V8 has compiled
// every side's loops, as in a page or server that loads several files).
for (let k = 0; k < Number(warmRuns ?? 0); k++) await run();
const start = performance.now();
const cpuStart = process.cpuUsage();
const rows = await run();
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
const rssMB = process.resourceUsage().maxRSS / 1024;
console.log(
  JSON.stringify({
    case: name,
    rows,
    ms: Math.round(ms),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    rssMB: Math.round(rssMB),
  }),
);
