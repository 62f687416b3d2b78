// pnpm bench: hourly→daily aggregation and index for ~1M hourly readings, and the index step
// compared with the npm packages aqi-us and aqi-bot on the same inputs (each case in its own
// process for its peak RSS), then where those packages disagree with the EPA 2024 tables.
import { execFileSync } from 'node:child_process';
import { disagreements } from './disagreements.mjs';

const CASES = [
  'pipeline',
  'index:@datacites/air usAqiValues',
  'index:@datacites/air usAqiValues, new outputs',
  'index:@datacites/air usAqiSubIndex',
  'index:aqi-us',
  'index:aqi-us, new outputs',
  'index:aqi-bot',
];

function runCase(name) {
  const out = execFileSync(
    process.execPath,
    [new URL('./case.mjs', import.meta.url).pathname, name],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  const line = out.trim().split('\n').at(-1);
  process.stderr.write(`${line}\n`);
  return JSON.parse(line);
}

const results = CASES.map(runCase);
const ours = results.find((r) => r.case === 'index:@datacites/air usAqiValues');
const fmt = (n, d = 0) =>
  n == null
    ? '–'
    : n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
console.log(
  `\n### Throughput (node ${process.version}, best of 20 runs after 5 warm-up runs per case)\n`,
);
console.log(
  '| case | items | time (ms) | CPU time (ms) | items/s | peak RSS (MB) | time vs `usAqiValues` | CPU time vs `usAqiValues` | note |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
for (const r of results) {
  const index = r.case.startsWith('index:');
  const ratio = index ? `${fmt(r.ms / ours.ms, 1)}×` : '–';
  const cpuRatio = index ? `${fmt(r.cpuMs / ours.cpuMs, 1)}×` : '–';
  console.log(
    `| ${r.case} | ${fmt(r.items)} | ${fmt(r.ms, 1)} | ${fmt(r.cpuMs, 1)} | ${fmt((r.items / r.ms) * 1000)} | ${fmt(r.rssMB)} | ${ratio} | ${cpuRatio} | ${r.note} |`,
  );
}

// usAqiValues against aqi-us in interleaved rounds (one process each, alternating), so a busy
// moment of the machine weighs on both sides alike: first both writing into outputs allocated
// once, then both allocating their outputs in every run.
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
for (const outputs of ['', ', new outputs']) {
  const mine = `index:@datacites/air usAqiValues${outputs}`;
  const theirs = `index:aqi-us${outputs}`;
  console.log(`\n### \`${mine}\` vs \`${theirs}\`, ${rounds} interleaved rounds\n`);
  console.log(
    '| round | usAqiValues ms (CPU ms) | aqi-us ms (CPU ms) | aqi-us / usAqiValues, time | aqi-us / usAqiValues, CPU |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: |');
  const ratios = [];
  for (let k = 1; k <= rounds; k++) {
    const a = runCase(mine);
    const b = runCase(theirs);
    ratios.push([b.ms / a.ms, b.cpuMs / a.cpuMs]);
    console.log(
      `| ${k} | ${fmt(a.ms, 1)} (${fmt(a.cpuMs, 1)}) | ${fmt(b.ms, 1)} (${fmt(b.cpuMs, 1)}) | ${fmt(b.ms / a.ms, 1)}× | ${fmt(b.cpuMs / a.cpuMs, 1)}× |`,
    );
  }
  const range = (i) =>
    `${fmt(Math.min(...ratios.map((r) => r[i])), 1)}×–${fmt(Math.max(...ratios.map((r) => r[i])), 1)}×`;
  console.log(`\nRatio range: ${range(0)} in time, ${range(1)} in CPU time.`);
}

console.log('\n### Where aqi-us and aqi-bot disagree with the EPA 2024 tables\n');
console.log(await disagreements());
