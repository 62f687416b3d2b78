import { describe, expect, it } from 'vitest';
import { eco2mixSeries, loadEco2mix } from './eco2mix.js';
import { loadCurveIndicators } from './load-curve.js';

// Hand-written in the layout of the real éCO2mix real-time download (../shared/data/energy/
// SOURCES.md §4): Latin-1 tab-separated text, trailing tab on data rows, disclaimer footer and
// blank lines, 96 rows on the spring-forward day including 02:00–02:45 which do not exist.
function file(rows: string[]): Uint8Array {
  const header =
    'Périmètre\tNature\tDate\tHeures\tConsommation\tPrévision J-1\tNucléaire\tTaux de Co2\tEch. comm. Angleterre';
  const footer =
    "RTE ne pourra être tenu responsable de l'usage qui pourrait être fait des données mises à disposition, ni en cas de prévisions qui se révèleraient imprécises.";
  const text = `${[header, ...rows.map((r) => `France\tDonnées temps réel\t${r}\t`), footer, '', ''].join('\n')}`;
  return Uint8Array.from(Buffer.from(text, 'latin1'));
}

describe('loadEco2mix', () => {
  it('decodes Latin-1, reads the columns and accounts for footer and trailing tabs', async () => {
    const r = await loadEco2mix(
      file([
        '2025-01-01\t00:00\t63949\t64000\t49129\t21\t-1000',
        '2025-01-01\t00:15\t63000\t63500\t49000\t20\t-900',
        '2025-07-27\t23:45\t\t50000\t\t\t-500',
      ]),
      { file: 'eCO2mix_RTE_En-cours-TR.xls' },
    );
    expect(r.perimeter).toBe('France');
    expect(r.nature).toBe('Données temps réel');
    expect(r.account).toMatchObject({ rowsRead: 3, rowsKept: 3, rowsRejected: 0, footerLines: 1 });
    // 2025-01-01 00:00 CET = 2024-12-31T23:00Z; 2025-07-27 23:45 CEST = 21:45Z
    expect([...r.timestamps]).toEqual([
      Date.parse('2024-12-31T23:00:00Z'),
      Date.parse('2024-12-31T23:15:00Z'),
      Date.parse('2025-07-27T21:45:00Z'),
    ]);
    expect([...r.columns.consumption]).toEqual([63949, 63000, Number.NaN]);
    expect([...r.columns.co2Rate]).toEqual([21, 20, Number.NaN]);
    expect(r.columns.gas.every(Number.isNaN)).toBe(true); // column absent from this file
    expect(r.issueCounts.map((c) => c.code)).toContain('footer_line');
  });

  it('rejects the four quarter-hours that do not exist on the spring-forward day', async () => {
    const rows: string[] = [];
    for (let q = 0; q < 96; q++) {
      const hh = String(Math.floor(q / 4)).padStart(2, '0');
      const mm = String((q % 4) * 15).padStart(2, '0');
      rows.push(`2025-03-30\t${hh}:${mm}\t${40000 + q}\t0\t0\t10\t0`);
    }
    const r = await loadEco2mix(file(rows));
    expect(r.account).toMatchObject({ rowsRead: 96, rowsKept: 92, rowsRejected: 4 });
    expect(r.issues.filter((i) => i.code === 'nonexistent_local_time').map((i) => i.raw)).toEqual([
      '2025-03-30 02:00',
      '2025-03-30 02:15',
      '2025-03-30 02:30',
      '2025-03-30 02:45',
    ]);
    // Header on line 1, quarter-hour q on line q + 2: 02:00–02:45 (q = 8…11) are lines 10–13.
    expect(r.issues.filter((i) => i.code === 'nonexistent_local_time').map((i) => i.line)).toEqual([
      10, 11, 12, 13,
    ]);
    // 92 quarter-hours = a 23-hour day; consumption indicators see one local day of 92 values
    const ind = loadCurveIndicators(eco2mixSeries(r, 'consumption'));
    expect(ind.days).toEqual([
      expect.objectContaining({ date: '2025-03-30', count: 92, expected: 92 }),
    ]);
    // energy: Σ (40000 + q) × 0.25 h over q ∉ {8, 9, 10, 11}:
    // (Σ_{q=0}^{95} (40000+q) − (40008+40009+40010+40011)) × 0.25 = (3 844 560 − 160 038) × 0.25
    expect(ind.energy).toBe(921_130.5);
  });

  it('reads the autumn repeated hour once, as summer time, with a warning', async () => {
    const r = await loadEco2mix(
      file(['2025-10-26\t02:00\t1\t1\t1\t1\t1', '2025-10-26\t03:00\t1\t1\t1\t1\t1']),
    );
    expect([...r.timestamps]).toEqual([
      Date.parse('2025-10-26T00:00:00Z'),
      Date.parse('2025-10-26T02:00:00Z'),
    ]);
    expect(r.issues.find((i) => i.code === 'ambiguous_local_time')?.severity).toBe('warning');
  });
});
