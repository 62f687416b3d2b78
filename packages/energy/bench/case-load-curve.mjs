// Load-curve indicators over 10 years of 10-minute data (525 600 points), in its own process.
import { loadCurveIndicators } from '../dist/index.js';

const n = 525_600;
const timestamps = new Float64Array(n);
const values = new Float64Array(n);
const t0 = Date.parse('2015-01-01T00:10:00+01:00');
for (let i = 0; i < n; i++) {
  timestamps[i] = t0 + i * 600_000;
  // a daily cycle plus a deterministic wiggle, in W
  values[i] = 600 + 400 * Math.sin((2 * Math.PI * (i % 144)) / 144) + ((i * 7919) % 97);
}
const curve = { timestamps, values, unit: 'W', stepMinutes: 10, stamp: 'end' };
// Wall-clock and CPU time (all threads of the process) per call; CPU time is less sensitive to
// other processes competing for the cores.
const times = [];
const cpu = [];
let days = 0;
for (let k = 0; k < 11; k++) {
  const usage = process.cpuUsage();
  const start = performance.now();
  days = loadCurveIndicators(curve).days.length;
  times.push(performance.now() - start);
  const used = process.cpuUsage(usage);
  cpu.push((used.user + used.system) / 1000);
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const warm = times.slice(1);
process.stdout.write(
  JSON.stringify({
    points: n,
    days,
    firstMs: times[0],
    firstCpuMs: cpu[0],
    medianMs: median(warm),
    medianCpuMs: median(cpu.slice(1)),
    rssMiB: process.resourceUsage().maxRSS / 1024,
  }),
);
