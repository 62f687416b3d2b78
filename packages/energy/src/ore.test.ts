import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { carrierOf, loadOreConsumption } from './ore.js';

const FIXTURE = new URL(
  '../test/fixtures/ore-conso-elec-gaz-departement-excerpt.csv',
  import.meta.url,
).pathname;

describe('loadOreConsumption — wide labelled ORE export (real excerpt, CRLF, header typos)', () => {
  it('accounts for every row and gives five sector records per row', async () => {
    const r = await loadOreConsumption(FIXTURE);
    expect(r.account.rowsRead).toBe(31);
    expect(r.account.rowsKept + r.account.rowsRejected).toBe(r.account.rowsRead);
    expect(r.account.rowsRejected).toBe(0);
    expect(r.records.length).toBe(31 * 5);
    expect(r.records.every((x) => x.territoryLevel === 'departement' && x.unit === 'MWh')).toBe(
      true,
    );
  });

  it('puts the physical line of each row in its own warnings', async () => {
    // Independent computation over the fixture (CRLF, header on line 1):
    //   awk -F';' '$24=="NA"{printf "%d ", NR}' ore-conso-elec-gaz-departement-excerpt.csv
    //   → 2 3 4 5 6 7 8 9 13 21 24 25 27 28 29
    const r = await loadOreConsumption(FIXTURE);
    const warned = r.issues.filter((i) => i.code === 'unknown_territory_code');
    expect(warned.map((i) => i.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 13, 21, 24, 25, 27, 28, 29]);
    expect(r.records.filter((x) => x.territoryCode === 'NA').map((x) => x.line)).toContain(29);
  });

  it('matches awk sector totals per year', async () => {
    // Independent computation: awk -F';' over the fixture, summing columns 4, 8, 12, 16, 20
    // (Agriculture, Industrie, Tertiaire, Résidentiel, Secteur Inconnu) per year ($2):
    //   2019 n=18 agri=430642.33 indus=4070330.86 tert=4707961.02 res=7048807.12
    //        inconnu=1127561.19 total=17385302.52
    //   2017 n=2 … res=1885346.08 total=4956671.89
    const r = await loadOreConsumption(FIXTURE);
    const sum = (year: number, sector?: string) =>
      r.records
        .filter((x) => x.year === year && (sector === undefined || x.sector === sector))
        .reduce((s, x) => s + (x.value ?? 0), 0);
    expect(sum(2019, 'agriculture')).toBeCloseTo(430642.33, 2);
    expect(sum(2019, 'industrie')).toBeCloseTo(4070330.86, 2);
    expect(sum(2019, 'tertiaire')).toBeCloseTo(4707961.02, 2);
    expect(sum(2019, 'residentiel')).toBeCloseTo(7048807.12, 2);
    expect(sum(2019, 'non-affecte')).toBeCloseTo(1127561.19, 2);
    expect(sum(2019)).toBeCloseTo(17385302.52, 2);
    expect(sum(2017, 'residentiel')).toBeCloseTo(1885346.08, 2);
    expect(sum(2017)).toBeCloseTo(4956671.89, 2);
  });

  it('keeps operator, carrier, PCS flag, points, quality (scientific notation) and NA codes', async () => {
    const r = await loadOreConsumption(FIXTURE);
    // awk: Vienne (86) 2019 GRDF gas résidentiel = 600124.39344 MWh, 47 860 points, quality 0.0
    const grdf = r.records.find(
      (x) =>
        x.operator === 'GRDF' &&
        x.territoryCode === '86' &&
        x.year === 2019 &&
        x.sector === 'residentiel',
    );
    expect(grdf).toMatchObject({
      carrier: 'gaz',
      heatingValue: 'PCS',
      value: 600124.39344,
      deliveryPoints: 47860,
      quality: 0,
      territoryName: 'Vienne',
    });
    const gds = r.records.find(
      (x) => x.operator === 'Réseau GDS' && x.year === 2017 && x.sector === 'residentiel',
    );
    expect(gds?.quality).toBeCloseTo(6.23e-5, 12);
    expect(gds?.secretCells).toBe(3);
    const na = r.records.filter((x) => x.territoryCode === 'NA');
    expect(na.length).toBe(15 * 5);
    expect(r.issueCounts.find((c) => c.code === 'unknown_territory_code')?.count).toBe(15);
    expect(r.issueCounts.find((c) => c.code === 'total_mismatch')).toBeUndefined();
  });
});

describe('loadOreConsumption — long layouts', () => {
  it('reads the SDES two-header-line IRIS layout with secret and nd masks', async () => {
    // Hand-written in the SDES heat-network layout (../shared/data/energy/SOURCES.md §2): two header
    // lines (labels, then codes), every field quoted, masks "secret" and "nd".
    const csv = [
      '"index";"Nom de l\'opérateur";"Millésime des données";"Code de l\'IRIS - Code de la zone";"Code de l\'IRIS - Libellé de la zone";"Énergie concernée";"Code du grand secteur";"Consommation (en MWh)";"Nombre de points de livraison"',
      '"ID";"OPERATEUR";"ANNEE";"IRIS_CODE";"IRIS_LIBELLE";"FILIERE";"CODE_GRAND_SECTEUR";"CONSO";"PDL"',
      '"0103C";"Oyonnax Biochaleur";"2021";"010310000";"Bellignat (commune non irisée)";"C";"X";"6249";"12"',
      '"0201C";"ZUP";"2021";"026910210";"Europe-Remicourt 10";"C";"R";"secret";"secret"',
      '"0105C";"Réseau";"2021";"013440000";"Saint-Denis";"C";"nd";"nd";"nd"',
      '"0105F";"Réseau";"2021";"013440000";"Saint-Denis";"F";"T";"5303.8691";"3"',
      '"0106Z";"Réseau";"2021";"013440000";"Saint-Denis";"Z";"T";"1";"1"',
      '"0107C";"Réseau";"2021";"013440000";"Saint-Denis";"C";"Q";"1";"1"',
    ].join('\n');
    const r = await loadOreConsumption(new TextEncoder().encode(csv), {
      file: 'sdes.csv',
      source: 'sdes.zip',
    });
    expect(r.account).toMatchObject({
      rowsRead: 6,
      rowsKept: 4,
      rowsRejected: 2,
      preambleLines: 1,
    });
    expect(
      r.records.map((x) => [
        x.network,
        x.territoryLevel,
        x.territoryCode,
        x.carrier,
        x.sector,
        x.value,
        x.mask,
      ]),
    ).toEqual([
      ['0103C', 'iris', '010310000', 'chaleur', 'non-affecte', 6249, undefined],
      ['0201C', 'iris', '026910210', 'chaleur', 'residentiel', null, 'secret'],
      ['0105C', 'iris', '013440000', 'chaleur', 'non-affecte', null, 'nd'],
      ['0105F', 'iris', '013440000', 'froid', 'tertiaire', 5303.8691, undefined],
    ]);
    expect(r.records[1]?.deliveryPoints).toBeNull();
    const codes = r.issues.map((i) => i.code);
    expect(codes).toContain('unknown_carrier');
    expect(codes).toContain('unknown_sector');
    expect(r.issues.find((i) => i.code === 'unknown_sector')).toMatchObject({
      file: 'sdes.csv',
      source: 'sdes.zip',
    });
  });

  it('reads the ORE API long layout at commune level', async () => {
    // Field names of the ORE API export (../shared/notes/energy.md §1.1), hand-written values.
    const csv = [
      'operateur;annee;filiere;code_categorie_consommation;code_grand_secteur;conso;pdl;indqual;code_commune;libelle_commune;code_epci;code_departement;code_region',
      'Enedis;2022;E;RES;R;12345.6;1500;0.98;86194;Poitiers;200069854;86;75',
      'GRDF;2022;G;ENT;T;secret;secret;;86194;Poitiers;200069854;86;75',
    ].join('\n');
    const r = await loadOreConsumption(new TextEncoder().encode(csv));
    expect(r.records).toMatchObject([
      {
        territoryLevel: 'commune',
        territoryCode: '86194',
        carrier: 'electricite',
        sector: 'residentiel',
        value: 12345.6,
        deliveryPoints: 1500,
        quality: 0.98,
      },
      { carrier: 'gaz', heatingValue: 'PCS', sector: 'tertiaire', value: null, mask: 'secret' },
    ]);
  });
});

describe('loadOreConsumption — Enedis address layout', () => {
  it('reads address-level rows with dwellings, needing the carrier as an option', async () => {
    // Field names of the Enedis "consommation annuelle résidentielle par adresse" dataset
    // (../shared/notes/energy.md §1.1), hand-written values.
    const csv = new TextEncoder().encode(
      [
        'annee;code_iris;nom_iris;numero_de_voie;type_de_voie;libelle_de_voie;code_commune;nom_commune;segment_de_client;nombre_de_logements;consommation_annuelle_totale_de_l_adresse_mwh;consommation_annuelle_moyenne_par_site_de_l_adresse_mwh;code_epci;code_departement;code_region;adresse',
        '2022;861940101;Centre;12;RUE;DES CARMES;86194;Poitiers;RESIDENTIEL;24;61.5;2.56;200069854;86;75;12 RUE DES CARMES 86000 POITIERS',
        '2022;861940101;Centre;3;PL;DU MARCHE;86194;Poitiers;PROFESSIONNEL;0;40.2;40.2;200069854;86;75;3 PL DU MARCHE 86000 POITIERS',
      ].join('\n'),
    );
    const rejected = await loadOreConsumption(csv);
    expect(rejected.account).toMatchObject({ rowsRead: 2, rowsKept: 0, rowsRejected: 2 });
    const r = await loadOreConsumption(csv, { carrier: 'electricite' });
    expect(r.records).toMatchObject([
      {
        territoryLevel: 'address',
        territoryCode: '12 RUE DES CARMES 86000 POITIERS',
        sector: 'residentiel',
        value: 61.5,
        dwellings: 24,
        carrier: 'electricite',
      },
      { territoryLevel: 'address', sector: 'non-affecte', value: 40.2, dwellings: 0 },
    ]);
  });
});

describe('carrierOf', () => {
  it('maps codes and labels', () => {
    expect(carrierOf('Electricité')).toBe('electricite');
    expect(carrierOf('G')).toBe('gaz');
    expect(carrierOf('chaleur')).toBe('chaleur');
    expect(carrierOf('?')).toBeUndefined();
  });
});

it('fixture keeps its CRLF line endings', () => {
  expect(readFileSync(FIXTURE, 'latin1').includes('\r\n')).toBe(true);
});
