// One benchmark case in its own process (for a clean peak RSS):
//   node case-ore.mjs <energy|energy-objects|papaparse|papaparse-header> <file>
import { readFileSync } from 'node:fs';

const [, , which, file] = process.argv;
// Modules are imported before the clock starts: the time is the load itself.
const energyModule = which.startsWith('energy') ? await import('../dist/index.js') : undefined;
const { default: Papa } = which.startsWith('papaparse')
  ? await import('papaparse')
  : { default: undefined };
const usage = process.cpuUsage();
const start = performance.now();
let records = 0;
let checksum = 0;
if (which === 'energy') {
  const { loadOreConsumptionColumns } = energyModule;
  const r = await loadOreConsumptionColumns(file);
  records = r.length;
  for (let i = 0; i < r.length; i++) checksum += Number.isNaN(r.value[i]) ? 0 : r.value[i];
} else if (which === 'energy-objects') {
  const { loadOreConsumption } = energyModule;
  const r = await loadOreConsumption(file);
  records = r.records.length;
  for (const x of r.records) checksum += x.value ?? 0;
} else {
  const text = readFileSync(file, 'utf8');
  // Hand typing of the same columns into the same typed arrays: five sector records per row
  // with year, value, delivery points, sector, carrier, territory and operator codes, masks.
  const groups = [
    ['Consommation Agriculture (MWh)', 'Nombre de points Agriculture'],
    ['Consommation Industrie (MWh)', 'Nombre de points Industrie'],
    ['Consommation Tertiaire  (MWh)', 'Nombre de points Tertiaire'],
    ['Consommation Résidentiel  (MWh)', 'Nombre de points Résidentiel'],
    ['Consommation Secteur Inconnu (MWh)', 'Nombre de points Secteur Inconnu'],
  ];
  let cap = 1 << 20;
  let year = new Int32Array(cap);
  let value = new Float64Array(cap);
  let points = new Float64Array(cap);
  let sector = new Uint8Array(cap);
  let carrier = new Uint8Array(cap);
  let territory = new Int32Array(cap);
  let operator = new Int32Array(cap);
  let mask = new Uint8Array(cap);
  const grow = () => {
    cap *= 2;
    const g = (a) => {
      const b = new a.constructor(cap);
      b.set(a);
      return b;
    };
    [year, value, points, sector, carrier, territory, operator, mask] = [
      year,
      value,
      points,
      sector,
      carrier,
      territory,
      operator,
      mask,
    ].map(g);
  };
  const territories = new Map();
  const operators = new Map();
  const code = (map, s) => {
    let k = map.get(s);
    if (k === undefined) {
      k = map.size;
      map.set(s, k);
    }
    return k;
  };
  const num = (s) =>
    s === undefined || s === '' || s === 'secret' || s === 'nd' ? Number.NaN : Number(s);
  let n = 0;
  // Fields by index (papaparse's fastest setting here) or, for `papaparse-header`, one object per
  // row (`header: true`, the common usage): `at` gives the index, or the name itself.
  const header = which === 'papaparse-header';
  let at;
  Papa.parse(text, {
    delimiter: ';',
    header,
    skipEmptyLines: true,
    chunkSize: 1 << 22,
    chunk(results) {
      for (const row of results.data) {
        if (at === undefined) {
          const names = header ? Object.keys(row) : row;
          at = Object.fromEntries(names.map((name, k) => [name, header ? name : k]));
          if (!header) continue;
        }
        const c = row[at.Filière].startsWith('Gaz') ? 1 : 0;
        const y = Number(row[at.Année]);
        const t = code(territories, row[at['Code Département']]);
        const o = code(operators, row[at.Opérateur]);
        for (let s = 0; s < groups.length; s++) {
          if (n === cap) grow();
          const raw = row[at[groups[s][0]]];
          year[n] = y;
          value[n] = num(raw);
          points[n] = num(row[at[groups[s][1]]]);
          mask[n] = raw === 'secret' ? 1 : raw === 'nd' ? 2 : 0;
          sector[n] = s;
          carrier[n] = c;
          territory[n] = t;
          operator[n] = o;
          n++;
        }
      }
    },
  });
  records = n;
  for (let i = 0; i < n; i++) checksum += Number.isNaN(value[i]) ? 0 : value[i];
}
const ms = performance.now() - start;
const used = process.cpuUsage(usage);
const cpuMs = (used.user + used.system) / 1000;
process.stdout.write(
  JSON.stringify({
    which,
    ms,
    cpuMs,
    records,
    checksum,
    rssMiB: process.resourceUsage().maxRSS / 1024,
  }),
);
