// Builds the address-level benchmark CSV: the 19 fields of the Enedis "consommation annuelle
// résidentielle par adresse" dataset, in the order listed in ../shared/notes/energy.md (Spark
// schemas in public code), `;`-separated, CRLF. ../shared/data holds no address-level file, so the
// values are synthetic, drawn by a seeded generator (same file every time):
// - communes: the 2 050 real communes (INSEE code and name) of the boundaries in
//   ../shared/data/boundaries (Centre-Val de Loire, région 24, and Vienne, région 75); IRIS codes
//   are the commune code + 4 digits (`0000` for one address in ten, as for communes without IRIS);
//   EPCI codes are made up (one per département);
// - addresses: street number 1–250, a repetition index (`B` 5 %, `T` 1 %), a street type and name
//   from short lists, the commune name;
// - values: years 2018–2023; residential segment only; 10 dwellings or more (the file leaves out
//   smaller buildings, ../shared/notes/energy.md); mean consumption per dwelling 0.8–12 MWh
//   around 4.5, total = dwellings × mean, written with 3 decimals like the per-site mean.
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const ADDRESS_HEADER = [
  'annee',
  'code_iris',
  'nom_iris',
  'numero_de_voie',
  'indice_de_repetition',
  'type_de_voie',
  'libelle_de_voie',
  'code_commune',
  'nom_commune',
  'segment_de_client',
  'nombre_de_logements',
  'consommation_annuelle_totale_de_l_adresse_mwh',
  'consommation_annuelle_moyenne_par_site_de_l_adresse_mwh',
  'consommation_annuelle_moyenne_de_la_commune_mwh',
  'code_epci',
  'code_departement',
  'code_region',
  'tri_des_adresses',
  'adresse',
];

const STREET_TYPES = ['RUE', 'RUE', 'RUE', 'AV', 'BD', 'PL', 'CHE', 'ALL', 'IMP', 'RTE'];
const STREET_NAMES = [
  'DE LA GARE',
  'VICTOR HUGO',
  'JEAN JAURES',
  'DU MARCHE',
  'DES ECOLES',
  'PASTEUR',
  'DE LA REPUBLIQUE',
  'DU GENERAL DE GAULLE',
  'DES LILAS',
  'DU MOULIN',
  'DE PARIS',
  'GAMBETTA',
  'DES CARMES',
  'DU STADE',
  'DE LA MAIRIE',
  'CARNOT',
];
const IRIS_NAMES = ['Centre', 'Gare', 'Nord', 'Sud', 'Est', 'Ouest', 'Faubourg', 'Plateau'];

/** mulberry32: a small seeded generator, uniform in [0, 1). */
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function communesOf(sharedData) {
  const folder = join(sharedData, 'boundaries');
  const communes = [];
  for (const file of readdirSync(folder)
    .filter((f) => f.startsWith('communes-'))
    .sort()) {
    for (const f of JSON.parse(readFileSync(join(folder, file), 'utf8')).features) {
      communes.push({ code: f.properties.code, name: f.properties.nom });
    }
  }
  return communes;
}

/** Writes `rows` data rows under the header to `out` (kept if it exists); resolves to `out`. */
export async function makeAddressFile(sharedData, out, rows = 1_000_000) {
  if (existsSync(out)) return out;
  mkdirSync(dirname(out), { recursive: true });
  const random = generator(20_240_601);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const communes = communesOf(sharedData).map((c) => ({
    ...c,
    departement: c.code.slice(0, 2),
    region: c.code.startsWith('86') ? '75' : '24',
    epci: `2000${c.code.slice(0, 2)}${String(Math.floor(random() * 900) + 100)}`,
    mean: (3 + random() * 3).toFixed(3),
  }));
  const stream = createWriteStream(out);
  const write = (text) =>
    stream.write(text) ? undefined : new Promise((resolve) => stream.once('drain', resolve));
  await write(`${ADDRESS_HEADER.join(';')}\r\n`);
  let chunk = [];
  for (let i = 0; i < rows; i++) {
    const c = pick(communes);
    const iris = random() < 0.1 ? '0000' : String(101 + Math.floor(random() * 20)).padStart(4, '0');
    const number = 1 + Math.floor(random() * 250);
    const r = random();
    const repetition = r < 0.05 ? 'B' : r < 0.06 ? 'T' : '';
    const type = pick(STREET_TYPES);
    const street = pick(STREET_NAMES);
    const dwellings = 10 + Math.floor(-Math.log(1 - random()) * 25);
    const perDwelling = Math.min(
      12,
      Math.max(0.8, 4.5 + (random() + random() + random() - 1.5) * 3),
    );
    const total = (dwellings * perDwelling).toFixed(3);
    const label = `${number}${repetition ? ` ${repetition}` : ''} ${type} ${street} ${c.name.toUpperCase()}`;
    chunk.push(
      [
        2018 + Math.floor(random() * 6),
        `${c.code}${iris}`,
        iris === '0000' ? c.name : pick(IRIS_NAMES),
        number,
        repetition,
        type,
        street,
        c.code,
        c.name,
        'RESIDENTIEL',
        dwellings,
        total,
        (Number(total) / dwellings).toFixed(3),
        c.mean,
        c.epci,
        c.departement,
        c.region,
        i + 1,
        label,
      ].join(';'),
    );
    if (chunk.length === 10_000) {
      await write(`${chunk.join('\r\n')}\r\n`);
      chunk = [];
    }
  }
  if (chunk.length > 0) await write(`${chunk.join('\r\n')}\r\n`);
  stream.end();
  await new Promise((resolve) => stream.on('finish', resolve));
  return out;
}
