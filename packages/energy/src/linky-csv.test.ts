import { describe, expect, it } from 'vitest';
import { inferStep, loadLinkyCsv } from './linky-csv.js';
import { loadCurveIndicators } from './load-curve.js';

const FIXTURE = new URL(
  '../test/fixtures/enedis-linky-courbe-de-charge-30min-dst-excerpt.csv',
  import.meta.url,
).pathname;

describe('loadLinkyCsv on the real DST excerpt', () => {
  it('reads the metadata header, infers the empty step and keeps every row', async () => {
    const r = await loadLinkyCsv(FIXTURE);
    expect(r.metadata).toEqual({
      prm: '1111111111111',
      dataType: 'Courbe de charge',
      start: '29/06/2022',
      end: '29/07/2023',
      quantity: 'Energie active',
      unit: 'W',
    });
    expect(r.account).toMatchObject({
      rowsRead: 288,
      rowsKept: 288,
      rowsRejected: 0,
      preambleLines: 2,
    });
    expect(r.series).toMatchObject({ unit: 'W', stepMinutes: 30, stamp: 'end' });
    expect(r.issues.map((i) => i.code)).toContain('step_inferred');
    // first row "2022-10-29T00:30:00+02:00;288"
    expect(r.series.timestamps[0]).toBe(Date.parse('2022-10-28T22:30:00Z'));
    expect(r.series.values[0]).toBe(288);
  });

  it('feeds load-curve indicators with the same result as the raw rows', async () => {
    // 110 515 Wh: python3 over the same fixture (see load-curve.test.ts)
    const r = await loadLinkyCsv(FIXTURE);
    expect(loadCurveIndicators(r.series).energy).toBe(110_515);
  });
});

describe('loadLinkyCsv on hand-written rows', () => {
  it('rejects timestamps without offset and reports duplicates and bad values', async () => {
    const csv =
      'Identifiant PRM;Type de donnees;Date de debut;Date de fin;Grandeur physique;Grandeur metier;Etape metier;Unite;Pas en minutes\n' +
      '12345678901234;Courbe de charge;01/01/2024;02/01/2024;Energie active;Consommation;Comptage Brut;W;10\n' +
      'Horodate;Valeur\n' +
      '2024-01-01T00:10:00+01:00;500\n' +
      '2024-01-01T00:10:00+01:00;500\n' +
      '2024-01-01 00:20:00;480\n' +
      '2024-01-01T00:30:00+01:00;abc\n';
    const r = await loadLinkyCsv(new TextEncoder().encode(csv));
    expect(r.series.stepMinutes).toBe(10);
    expect(r.account).toMatchObject({ rowsRead: 4, rowsKept: 2, rowsRejected: 2 });
    const codes = r.issues.map((i) => i.code);
    expect(codes).toContain('invalid_timestamp');
    expect(codes).toContain('duplicate_timestamp');
    expect(codes).not.toContain('step_inferred');
  });

  it('reads the flat one-table layout (metadata repeated on every row)', async () => {
    // Column names of the flat SGE-style export listed in ../shared/notes/energy.md §1.2;
    // values hand-written.
    const csv =
      'Identifiant PRM;Date de début;Date de fin;Grandeur physique;Grandeur métier;Etape métier;Unité;Horodate;Valeur;Nature;Pas;Indice de qualite;Etat compl.\n' +
      '12345678901234;2024-01-01;2024-01-02;PA;CONS;BRUT;W;2024-01-01T00:30:00+01:00;410;B;PT30M;;\n' +
      '12345678901234;2024-01-01;2024-01-02;PA;CONS;BRUT;W;2024-01-01T01:00:00+01:00;390;B;PT30M;;\n';
    const r = await loadLinkyCsv(new TextEncoder().encode(csv));
    expect(r.account).toMatchObject({ rowsRead: 2, rowsKept: 2, rowsRejected: 0 });
    expect([...r.series.values]).toEqual([410, 390]);
    expect(r.series.stepMinutes).toBe(30);
    expect(r.series.timestamps[0]).toBe(Date.parse('2023-12-31T23:30:00Z'));
  });

  it('infers the most common step', () => {
    expect(inferStep([0, 600_000, 1_200_000, 3_000_000])).toBe(10);
    expect(inferStep([])).toBe(30);
  });
});
