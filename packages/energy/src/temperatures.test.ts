import { describe, expect, it } from 'vitest';
import { degreeDays } from './degree-days.js';
import { loadMeteoFranceDaily, loadOdreTemperatures } from './temperatures.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('loadOdreTemperatures', () => {
  // Hand-written in the layout of the ODRÉ export (../shared/data/energy/SOURCES.md §5): BOM,
  // `;`, DD/MM/YY dates, ID carrying the 4-digit date, numbers without trailing zeros.
  const csv =
    '\uFEFFID;Date;Code INSEE région;Région;TMin (°C);TMax (°C);TMoy (°C)\n' +
    '2024-04-29T00:00:00-75;29/04/24;75;Nouvelle-Aquitaine;8.2;17.6;12.9\n' +
    '2024-04-29T00:00:00-11;29/04/24;11;Île-de-France;7;15;11\n' +
    // 30/04/24 missing for every region, as in the real file
    '2024-05-01T00:00:00-75;01/05/24;75;Nouvelle-Aquitaine;10;20;15.6\n' +
    '2024-05-02T00:00:00-75;03/05/24;75;Nouvelle-Aquitaine;10;20;15\n';

  it('reads two-digit years, checks them against ID and TMoy against (TMin+TMax)/2', async () => {
    const r = await loadOdreTemperatures(bytes(csv));
    expect(r.account).toMatchObject({ rowsRead: 4, rowsKept: 3, rowsRejected: 1 });
    expect(r.series.get('75')).toEqual([
      { date: '2024-04-29', tn: 8.2, tx: 17.6, tmean: 12.9 },
      { date: '2024-05-01', tn: 10, tx: 20, tmean: 15.6 },
    ]);
    expect(r.names.get('11')).toBe('Île-de-France');
    const codes = r.issues.map((i) => i.code);
    expect(codes).toContain('date_mismatch');
    expect(codes).toContain('tmean_mismatch');
    // Lines counted by hand in the text above: header 1, then one row per line; the ID/date
    // disagreement is the 4th row (line 5), TMoy 15.6 ≠ (10 + 20) / 2 the 3rd (line 4).
    expect(r.issues.find((i) => i.code === 'date_mismatch')?.line).toBe(5);
    expect(r.issues.find((i) => i.code === 'tmean_mismatch')?.line).toBe(4);
  });

  it('leaves the missing day as a gap for degree days', async () => {
    const r = await loadOdreTemperatures(bytes(csv));
    const dd = degreeDays(r.series.get('75')!);
    // Météo, base 18: (18 − 12.9) + (18 − 15) = 5.1 + 3 = 8.1; 30 April reported missing
    expect(dd.total).toBeCloseTo(8.1, 12);
    expect(dd.gaps).toEqual([{ from: '2024-04-30', to: '2024-04-30', days: 1 }]);
  });
});

describe('loadMeteoFranceDaily', () => {
  // Hand-written with the column names of the Météo-France daily files (meteo.data.gouv.fr).
  const csv =
    'NUM_POSTE;NOM_USUEL;LAT;LON;ALTI;AAAAMMJJ;RR;TN;TX;TM\n' +
    '86027001;POITIERS-BIARD;46.5878;0.3066;123;20240101;0.2;4.1;11.3;7.6\n' +
    '86027001;POITIERS-BIARD;46.5878;0.3066;123;20240102;1.0;;9.8;\n' +
    '86027001;POITIERS-BIARD;46.5878;0.3066;123;20240103;0.0;-1.5;6.5;2.4\n';

  it('builds TN/TX series per station and reports days without temperatures', async () => {
    const r = await loadMeteoFranceDaily(bytes(csv));
    expect(r.series.get('86027001')).toEqual([
      { date: '2024-01-01', tn: 4.1, tx: 11.3, tmean: 7.6 },
      { date: '2024-01-03', tn: -1.5, tx: 6.5, tmean: 2.4 },
    ]);
    expect(r.names.get('86027001')).toBe('POITIERS-BIARD');
    expect(r.issues.find((i) => i.code === 'incomplete_temperature')?.message).toMatch(/1 day/);
    // The day without TN (2024-01-02) is the 2nd data row: line 3 of the text above.
    expect(r.issues.find((i) => i.code === 'incomplete_temperature')?.line).toBe(3);
    // COSTIC base 18, Tx ≤ 18 both days: (18 − 7.7) + (18 − 2.5) = 10.3 + 15.5 = 25.8
    const dd = degreeDays(r.series.get('86027001')!, { method: 'costic' });
    expect(dd.total).toBeCloseTo(25.8, 12);
    expect(dd.gaps).toEqual([{ from: '2024-01-02', to: '2024-01-02', days: 1 }]);
  });

  it('reads decimal commas when asked', async () => {
    const r = await loadMeteoFranceDaily(
      bytes('NUM_POSTE;AAAAMMJJ;TN;TX\n75114001;20240101;3,5;9,1\n'),
      { decimalSeparator: ',' },
    );
    expect(r.series.get('75114001')).toEqual([{ date: '2024-01-01', tn: 3.5, tx: 9.1 }]);
  });
});
