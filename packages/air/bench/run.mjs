// pnpm bench: hourly→daily aggregation and index for ~1M hourly readings, and the index step
// compared with the npm packages aqi-us and aqi-bot on the same inputs (each case in its own
// process for its peak RSS), then where those packages disagree with the EPA 2024 tables.
import { execFileSync } from 'node:child_process';
import { disagreements } from './disagreements.mjs';

const CASES = [
  'pipeline',
  'index:@datacites/air usAqiValues',
  'index:@datacites/air usAqiSubIndex',
  'index:aqi-us',
  'index:aqi-bot',
];

const results = [];
for (const name of CASES) {
  const out = execFileSync(
    process.execPath,
    [new URL('./case.mjs', import.meta.url).pathname, name],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    },
  );
  const line = out.trim().split('\n').at(-1);
  results.push(JSON.parse(line));
  process.stderr.write(`${line}\n`);
}

const ours = results.find((r) => r.case === 'index:@datacites/air usAqiValues');
const fmt = (n, d = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
console.log(`\n### Throughput (node ${process.version}, best of several runs per case)\n`);
console.log(
  '| case | items | time (ms) | items/s | peak RSS (MB) | time vs `usAqiValues` | note |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
for (const r of results) {
  const ratio = r.case.startsWith('index:') ? `${fmt(r.ms / ours.ms, 1)}×` : '–';
  console.log(
    `| ${r.case} | ${fmt(r.items)} | ${fmt(r.ms, 1)} | ${fmt((r.items / r.ms) * 1000)} | ${fmt(r.rssMB)} | ${ratio} | ${r.note} |`,
  );
}

console.log('\n### Where aqi-us and aqi-bot disagree with the EPA 2024 tables\n');
console.log(await disagreements());
