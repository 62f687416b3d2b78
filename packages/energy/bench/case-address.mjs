// One benchmark case on the address-level file, in its own process (for a clean peak RSS):
//   node case-address.mjs <energy|energy-objects|papaparse|papaparse-header> <file>
// Output: JSON with wall and CPU time, peak RSS, the record count and checksums of the columns.
import { readFileSync } from 'node:fs';

const [, , which, file] = process.argv;
// Modules are imported before the clock starts: the time is the load itself.
const energyModule = which.startsWith('energy') ? await import('../dist/index.js') : undefined;
const { default: Papa } = which.startsWith('papaparse')
  ? await import('papaparse')
  : { default: undefined };
const options = { carrier: 'electricite' }; // the address files have no "filière" column
const usage = process.cpuUsage();
const start = performance.now();
// Each case leaves the record count and a reader of the compared columns; checksums are
// computed after the clock stops.
let records = 0;
let columnsOf;
if (which === 'energy') {
  const r = await energyModule.loadOreConsumptionColumns(file, options);
  records = r.length;
  columnsOf = (i) => [
    r.year[i],
    r.value[i],
    r.dwellings[i],
    r.sector[i],
    r.territory[i],
    r.mask[i],
  ];
} else if (which === 'energy-objects') {
  const loaded = (await energyModule.loadOreConsumption(file, options)).records;
  records = loaded.length;
  const territories = new Map();
  const sectors = ['residentiel', 'tertiaire', 'industrie', 'agriculture', 'non-affecte'];
  columnsOf = (i) => {
    const x = loaded[i];
    if (!territories.has(x.territoryCode)) territories.set(x.territoryCode, territories.size);
    return [
      x.year,
      x.value ?? Number.NaN,
      x.dwellings ?? Number.NaN,
      sectors.indexOf(x.sector),
      territories.get(x.territoryCode),
      x.mask === 'secret' ? 1 : x.mask === 'nd' ? 2 : 0,
    ];
  };
} else {
  // papaparse by field index (its fastest setting here) or with `header: true` (one object per
  // row, the common usage: `papaparse-header`), then the same columns typed by hand into the same typed arrays as loadOreConsumptionColumns: year,
  // value (MWh), delivery points (none in this layout: NaN), dwellings, sector, carrier, level,
  // territory (the address, interned), operator (none: −1), mask. Rows are read, not validated.
  const text = readFileSync(file, 'utf8');
  const sectorCodes = { RESIDENTIEL: 0, TERTIAIRE: 1, INDUSTRIE: 2, AGRICULTURE: 3 };
  let cap = 1 << 20;
  let year = new Int32Array(cap);
  let value = new Float64Array(cap);
  let points = new Float64Array(cap);
  let dwellings = new Float64Array(cap);
  let sector = new Uint8Array(cap);
  let carrier = new Uint8Array(cap);
  let level = new Uint8Array(cap);
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
    [year, value, points, dwellings, sector, carrier, level, territory, operator, mask] = [
      year,
      value,
      points,
      dwellings,
      sector,
      carrier,
      level,
      territory,
      operator,
      mask,
    ].map(g);
  };
  const territories = new Map();
  const num = (s) =>
    s === undefined || s === '' || s === 'secret' || s === 'nd' ? Number.NaN : Number(s);
  const header = which === 'papaparse-header';
  // Field key by name: the index (read from the header row) or, with header objects, the name.
  let columns;
  let n = 0;
  Papa.parse(text, {
    delimiter: ';',
    header,
    skipEmptyLines: true,
    chunkSize: 1 << 22,
    chunk(results) {
      for (const row of results.data) {
        if (columns === undefined) {
          const names = header ? Object.keys(row) : row;
          columns = Object.fromEntries(names.map((name, k) => [name, header ? name : k]));
          if (!header) continue;
        }
        if (n === cap) grow();
        const address = row[columns.adresse];
        let t = territories.get(address);
        if (t === undefined) {
          t = territories.size;
          territories.set(address, t);
        }
        const raw = row[columns.consommation_annuelle_totale_de_l_adresse_mwh];
        year[n] = Number(row[columns.annee]);
        value[n] = num(raw);
        points[n] = Number.NaN;
        dwellings[n] = num(row[columns.nombre_de_logements]);
        sector[n] = sectorCodes[row[columns.segment_de_client].toUpperCase()] ?? 4;
        carrier[n] = 0;
        level[n] = address === '' ? 1 : 0;
        territory[n] = t;
        operator[n] = -1;
        mask[n] = raw === 'secret' ? 1 : raw === 'nd' ? 2 : 0;
        n++;
      }
    },
  });
  records = n;
  columnsOf = (i) => [year[i], value[i], dwellings[i], sector[i], territory[i], mask[i]];
}
const ms = performance.now() - start;
const used = process.cpuUsage(usage);
const rssMiB = process.resourceUsage().maxRSS / 1024;
// One sum per column (NaN counted as 0) over year, value, dwellings, sector, territory, mask.
const checksums = [0, 0, 0, 0, 0, 0];
for (let i = 0; i < records; i++) {
  const row = columnsOf(i);
  for (let k = 0; k < checksums.length; k++) checksums[k] += Number.isNaN(row[k]) ? 0 : row[k];
}
process.stdout.write(
  JSON.stringify({
    which,
    ms,
    cpuMs: (used.user + used.system) / 1000,
    rssMiB,
    records,
    checksums,
  }),
);
