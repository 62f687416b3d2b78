import type { LoadIssue } from '@datacites/core';
import { describe, expect, it } from 'vitest';
import { loadOreConsumption } from './ore.js';
import { LEVELS, loadOreConsumptionColumns, SECTORS } from './ore-columns.js';

const FIXTURE = new URL(
  '../test/fixtures/ore-conso-elec-gaz-departement-excerpt.csv',
  import.meta.url,
).pathname;

// Independent check: the columnar loader must give the same records as the object loader
// (itself checked against awk totals in ore.test.ts), field by field.
const core = (r: Record<string, unknown>) => ({
  territoryCode: r.territoryCode,
  territoryLevel: r.territoryLevel,
  sector: r.sector,
  carrier: r.carrier,
  year: r.year,
  value: r.value,
  deliveryPoints: r.deliveryPoints,
  mask: r.mask,
  operator: r.operator,
  heatingValue: r.heatingValue,
  dwellings: r.dwellings,
});

// The issues both loaders must give: all but the notes on absent name and ID columns, which the
// columnar loader does not read (territory names and network ids are not in its columns).
const shared = (issues: readonly LoadIssue[]) =>
  issues.filter(
    (issue) =>
      !(issue.code === 'absent_optional_column' && /_name$|^network$/.test(issue.field ?? '')),
  );

describe('loadOreConsumptionColumns', () => {
  it('equals the object loader on the real ORE excerpt', async () => {
    const objects = await loadOreConsumption(FIXTURE);
    const columns = await loadOreConsumptionColumns(FIXTURE);
    expect(columns.length).toBe(objects.records.length);
    expect(columns.account).toEqual(objects.account);
    expect(shared(columns.issues)).toEqual(shared(objects.issues));
    for (let i = 0; i < columns.length; i++) {
      expect(core(columns.record(i) as never)).toEqual(core(objects.records[i] as never));
    }
    // awk: 2019 résidentiel total of the excerpt = 7 048 807.12 MWh
    let residential = 0;
    for (let i = 0; i < columns.length; i++) {
      if (columns.year[i] === 2019 && SECTORS[columns.sector[i]!] === 'residentiel') {
        residential += columns.value[i]!;
      }
    }
    expect(residential).toBeCloseTo(7048807.12, 2);
  });

  it('equals the object loader on a long SDES-style file with masks and rejections', async () => {
    const csv = new TextEncoder().encode(
      [
        '"ID";"OPERATEUR";"ANNEE";"IRIS_CODE";"IRIS_LIBELLE";"FILIERE";"CODE_GRAND_SECTEUR";"CONSO";"PDL"',
        '"0103C";"A";"2021";"010310000";"x";"C";"X";"6249";"12"',
        '"0201C";"B";"2021";"026910210";"y";"C";"R";"secret";"secret"',
        '"0105C";"C";"2021";"013440000";"z";"C";"nd";"nd";"nd"',
        '"0106Z";"D";"2021";"013440000";"z";"Z";"T";"1";"1"',
        '"0107C";"E";"2021";"013440000";"z";"C";"Q";"1";"1"',
      ].join('\n'),
    );
    const objects = await loadOreConsumption(csv);
    const columns = await loadOreConsumptionColumns(csv);
    expect(columns.account).toEqual(objects.account);
    expect(shared(columns.issues)).toEqual(shared(objects.issues));
    expect(columns.account).toMatchObject({ rowsRead: 5, rowsKept: 3, rowsRejected: 2 });
    expect(
      Array.from({ length: columns.length }, (_, i) => core(columns.record(i) as never)),
    ).toEqual(objects.records.map((r) => core(r as never)));
  });

  it('equals the object loader on the Enedis address layout, dwellings included', async () => {
    // Field names of the Enedis "consommation annuelle résidentielle par adresse" dataset, in
    // the order of ../shared/notes/energy.md (Spark schemas in public code); hand-written values.
    const csv = new TextEncoder().encode(
      [
        'annee;code_iris;nom_iris;numero_de_voie;indice_de_repetition;type_de_voie;libelle_de_voie;code_commune;nom_commune;segment_de_client;nombre_de_logements;consommation_annuelle_totale_de_l_adresse_mwh;consommation_annuelle_moyenne_par_site_de_l_adresse_mwh;consommation_annuelle_moyenne_de_la_commune_mwh;code_epci;code_departement;code_region;tri_des_adresses;adresse',
        '2022;861940101;Centre;12;;RUE;DES CARMES;86194;Poitiers;RESIDENTIEL;24;61.5;2.563;3.9;200069854;86;75;1;12 RUE DES CARMES 86000 POITIERS',
        '2022;861940101;Centre;3;B;PL;DU MARCHE;86194;Poitiers;PROFESSIONNEL;;40.2;40.2;3.9;200069854;86;75;2;3 B PL DU MARCHE 86000 POITIERS',
        '2022;861940101;Centre;5;;RUE;DU MARCHE;86194;Poitiers;INCONNU;11;30;2.727;3.9;200069854;86;75;3;5 RUE DU MARCHE 86000 POITIERS',
      ].join('\r\n'),
    );
    const objects = await loadOreConsumption(csv, { carrier: 'electricite' });
    const columns = await loadOreConsumptionColumns(csv, { carrier: 'electricite' });
    expect(columns.account).toEqual(objects.account);
    expect(shared(columns.issues)).toEqual(shared(objects.issues));
    expect(columns.account).toMatchObject({ rowsRead: 3, rowsKept: 2, rowsRejected: 1 });
    expect(
      Array.from({ length: columns.length }, (_, i) => core(columns.record(i) as never)),
    ).toEqual(objects.records.map((r) => core(r as never)));
    // by hand: 24 dwellings at the first address, none given at the second
    expect(Array.from(columns.dwellings)).toEqual([24, Number.NaN]);
    expect(columns.record(0)).toMatchObject({
      territoryLevel: 'address',
      territoryCode: '12 RUE DES CARMES 86000 POITIERS',
      sector: 'residentiel',
      value: 61.5,
      dwellings: 24,
    });
  });

  it('reports the same total mismatches as the object loader on the wide layout', async () => {
    // Hand-written in the wide labelled ORE export: 10 + 5 = 15 ≠ 16 on the second row.
    const csv = new TextEncoder().encode(
      [
        'Opérateur;Année;Filière;Code Département;Consommation Résidentiel (MWh);Consommation Tertiaire (MWh);Consommation totale (MWh)',
        'Enedis;2021;Electricité;86;10;5;15',
        'Enedis;2021;Electricité;79;10;5;16',
      ].join('\n'),
    );
    const objects = await loadOreConsumption(csv);
    const columns = await loadOreConsumptionColumns(csv);
    expect(columns.length).toBe(4);
    expect(shared(columns.issues)).toEqual(shared(objects.issues));
    expect(columns.issues.filter((i) => i.code === 'total_mismatch')).toMatchObject([
      { line: 3, field: 'total', raw: '16' },
    ]);
  });

  it('gives one territory index per code, whichever level column holds it', async () => {
    // Row 3 holds "86194" as its IRIS code; row 2 has no IRIS and the same commune code: one
    // territory, as the object loader's codes show. Hand-written rows.
    const csv = new TextEncoder().encode(
      [
        'annee;filiere;code_grand_secteur;conso;code_iris;code_commune',
        '2021;E;R;1;861940101;86194',
        '2021;E;R;2;;86194',
        '2021;E;T;3;86194;86194',
        '2021;E;T;4;861940101;86194',
      ].join('\n'),
    );
    const objects = await loadOreConsumption(csv);
    const columns = await loadOreConsumptionColumns(csv);
    expect(
      Array.from({ length: columns.length }, (_, i) => core(columns.record(i) as never)),
    ).toEqual(objects.records.map((r) => core(r as never)));
    expect(columns.territories).toEqual(['861940101', '86194']);
    expect(Array.from(columns.territory)).toEqual([0, 1, 1, 0]);
    expect(Array.from(columns.level, (l) => LEVELS[l])).toEqual([
      'iris',
      'commune',
      'iris',
      'iris',
    ]);
  });
});
