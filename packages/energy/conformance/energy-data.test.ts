// Conformance run over the real files of ../shared/data/energy (not part of `pnpm test`).
// Every expected value was computed independently with awk or python3 over the raw files
// (commands summarised next to each assertion); none comes from this package.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  degreeDays,
  eco2mixSeries,
  loadCurveIndicators,
  loadDpe,
  loadEco2mix,
  loadLinkyCsv,
  loadOdreAnnualConsumption,
  loadOdreTemperatures,
  loadOreConsumption,
} from '../src/index.js';

const DIR = join(process.env.DATACITES_SHARED_DATA ?? '../../../shared/data', 'energy');
const file = (name: string) => join(DIR, name);
const balanced = (a: { rowsRead: number; rowsKept: number; rowsRejected: number }) =>
  a.rowsRead === a.rowsKept + a.rowsRejected;

describe('ORE consumption by département 2011–2019', () => {
  it('loads every row and matches awk sector totals per year', async () => {
    const r = await loadOreConsumption(file('ore-conso-elec-gaz-departement-2011-2019.csv'));
    expect(r.account).toMatchObject({ rowsRead: 4465, rowsKept: 4465, rowsRejected: 0 });
    expect(r.records.length).toBe(4465 * 5);
    // awk -F';' 'NR>1 {gsub("\r",""); r[$2]+=$16; t[$2]+=$12; …}' → per-year sector sums:
    const expected: Record<number, [number, number, number, number, number]> = {
      // [agriculture, industrie, tertiaire, résidentiel, inconnu]
      2011: [5738157.82, 294536431.468, 146755949.141, 354835903.898, 4359436.31],
      2015: [5934180.11, 329026945.476, 164872419.58, 368686938.84, 14988394.494],
      2019: [10111757.6379, 347742275.0861, 225755736.0182, 316462053.2584, 11792529.454],
    };
    const sectors = ['agriculture', 'industrie', 'tertiaire', 'residentiel', 'non-affecte'];
    for (const [year, sums] of Object.entries(expected)) {
      sectors.forEach((sector, i) => {
        const got = r.records
          .filter((x) => x.year === Number(year) && x.sector === sector)
          .reduce((s, x) => s + (x.value ?? 0), 0);
        expect(got).toBeCloseTo(sums[i] as number, 2);
      });
    }
    // quirks reported: 15 rows with département "NA"; no total mismatch (SOURCES.md §1)
    expect(r.issueCounts.find((c) => c.code === 'unknown_territory_code')?.count).toBe(15);
    expect(r.issueCounts.find((c) => c.code === 'total_mismatch')).toBeUndefined();
  });
});

describe('SDES heat and cold networks by IRIS', () => {
  // python3 csv.reader, rows after the two header lines; sums of CONSO by (FILIERE, sector)
  // skipping "secret"/"nd": 2021 → 206 secret, 529 nd; C/R 3 986 893.3327; F/T 463 910.274
  // 2023 → 311 secret, 559 nd; C/R 4 858 402.4217; C/T 2 883 617.4862
  const cases = [
    ['sdes-iris-chaleur-froid-2021.csv', 4361, 206, 529, 3986893.3327, 463910.274],
    ['sdes-iris-chaleur-froid-2023.csv', 3646, 311, 559, 4858402.4217, 326272],
  ] as const;
  for (const [name, rows, secret, nd, heatResidential, coldTertiary] of cases) {
    it(`${name}: two header lines, masks, totals`, async () => {
      const r = await loadOreConsumption(file(name));
      expect(r.account).toMatchObject({
        rowsRead: rows,
        rowsKept: rows,
        rowsRejected: 0,
        preambleLines: 1,
      });
      expect(r.records.length).toBe(rows);
      expect(r.records.filter((x) => x.mask === 'secret').length).toBe(secret);
      expect(r.records.filter((x) => x.mask === 'nd').length).toBe(nd);
      const sum = (carrier: string, sector: string) =>
        r.records
          .filter((x) => x.carrier === carrier && x.sector === sector)
          .reduce((s, x) => s + (x.value ?? 0), 0);
      expect(sum('chaleur', 'residentiel')).toBeCloseTo(heatResidential, 3);
      expect(sum('froid', 'tertiaire')).toBeCloseTo(coldTertiary, 3);
      expect(
        r.records.every(
          (x) => x.territoryLevel === 'iris' && x.year === Number(name.slice(-8, -4)),
        ),
      ).toBe(true);
    });
  }
});

describe('RTE éCO2mix real-time 2025', () => {
  it('rejects the 4 non-existent spring rows and matches python load indicators', async () => {
    const r = await loadEco2mix(file('rte-eco2mix-france-temps-reel-2025-01-01_2025-07-27.xls'));
    expect(r.account).toMatchObject({
      rowsRead: 19968,
      rowsKept: 19964,
      rowsRejected: 4,
      footerLines: 1,
    });
    expect(balanced(r.account)).toBe(true);
    expect(r.account.encoding).toBe('windows-1252');
    // python3 (latin-1 split on tabs, zoneinfo round trip drops 4 rows of 2025-03-30):
    // 19 738 consumption values, energy 249 022 952.5 MWh, peak 87 028 MW at
    // 2025-01-14T08:45+01:00, min 28 883, nearest-rank p5 34 950, mean CO2 rate 23.00740 g/kWh
    const ind = loadCurveIndicators(eco2mixSeries(r, 'consumption'));
    expect(ind.points - ind.missing).toBe(19738);
    expect(ind.energy).toBe(249_022_952.5);
    expect(ind.peak).toEqual({ value: 87028, timestamp: Date.parse('2025-01-14T08:45:00+01:00') });
    expect(ind.baseLoad.minimum).toBe(28883);
    expect(ind.baseLoad.percentile).toBe(34950);
    expect(ind.days.find((d) => d.date === '2025-03-30')).toMatchObject({
      count: 92,
      expected: 92,
    });
    const co2 = [...r.columns.co2Rate].filter(Number.isFinite);
    expect(co2.reduce((a, b) => a + b, 0) / co2.length).toBeCloseTo(23.007396899381902, 9);
  });
});

describe('ODRÉ daily regional temperatures 2016–2025', () => {
  it('loads, reports the 7 TMoy mismatches, and degree days match python', async () => {
    const r = await loadOdreTemperatures(
      file('odre-temperature-quotidienne-regionale-2016-01-01_2025-11-29.csv'),
    );
    expect(r.account).toMatchObject({ rowsRead: 46709, rowsKept: 46709, rowsRejected: 0 });
    expect(r.series.size).toBe(13);
    expect(r.issueCounts.find((c) => c.code === 'tmean_mismatch')?.count).toBe(7);
    // python3: Île-de-France 2019, base 18: Météo 2198.34, COSTIC 2296.4902045269 (365 days)
    const idf = degreeDays(r.series.get('11')!, { from: '2019-01-01', to: '2019-12-31' });
    expect(idf.total).toBeCloseTo(2198.34, 6);
    expect(idf.gaps).toEqual([]);
    const costic = degreeDays(r.series.get('11')!, {
      from: '2019-01-01',
      to: '2019-12-31',
      method: 'costic',
    });
    expect(costic.total).toBeCloseTo(2296.4902045269, 6);
    // Nouvelle-Aquitaine 2024: 355 days present, Météo 1628.67, COSTIC 1737.3920033758595;
    // 11 missing dates (month ends, 30–31 Dec) reported, not filled
    const na = degreeDays(r.series.get('75')!, { from: '2024-01-01', to: '2024-12-31' });
    expect(na.total).toBeCloseTo(1628.67, 6);
    expect(na.expectedDays).toBe(366);
    expect(na.daily.length).toBe(355);
    expect(na.gaps.reduce((s, g) => s + g.days, 0)).toBe(11);
    expect(na.gaps.at(-1)).toEqual({ from: '2024-12-30', to: '2024-12-31', days: 2 });
    // over the whole file: 28 dates missing for all regions (SOURCES.md §5)
    const all = degreeDays(r.series.get('11')!);
    expect(all.gaps.reduce((s, g) => s + g.days, 0)).toBe(28);
  });
});

describe('ODRÉ annual regional consumption 2013–2024', () => {
  it('gives GWh electricity and PCS gas matching python sums per year', async () => {
    const r = await loadOdreAnnualConsumption(
      file('odre-consommation-annuelle-brute-regionale-2013-2024.csv'),
    );
    expect(r.account).toMatchObject({ rowsRead: 156, rowsKept: 156, rowsRejected: 0 });
    // python3 csv: electricity 2019 = 471 966 GWh, gas total 2019 = 478 873 GWh PCS;
    // 2024: 442 281 / 361 652
    const sum = (year: number, carrier: string) =>
      r.records
        .filter((x) => x.year === year && x.carrier === carrier)
        .reduce((s, x) => s + (x.value ?? 0), 0);
    expect(sum(2019, 'electricite')).toBe(471966);
    expect(sum(2019, 'gaz')).toBe(478873);
    expect(sum(2024, 'electricite')).toBe(442281);
    expect(sum(2024, 'gaz')).toBe(361652);
    expect(
      r.records.filter((x) => x.carrier === 'gaz').every((x) => x.heatingValue === 'PCS'),
    ).toBe(true);
  });
});

describe('Enedis Linky one-year load curve', () => {
  it('loads 17 520 values and matches python indicators, DST days included', async () => {
    const r = await loadLinkyCsv(
      file('enedis-linky-courbe-de-charge-30min-2022-07-29_2023-07-29.csv'),
    );
    expect(r.account).toMatchObject({ rowsRead: 17520, rowsKept: 17520, rowsRejected: 0 });
    // python3 (interval start = Horodate − 30 min in Europe/Paris, nearest-rank percentile):
    // energy 7 302 599 Wh, mean 833.6300228310503 W, peak 5272 W at 2022-11-05T11:30+01:00,
    // min 0, p5 224, 365 complete local days, mean daily minimum 247.85205479452054,
    // night mean 619.989497716895 (4380 values), day mean 933.081506849315 (11 680 values)
    const ind = loadCurveIndicators(r.series);
    expect(ind.energy).toBe(7_302_599);
    expect(ind.meanPower).toBeCloseTo(833.6300228310503, 9);
    expect(ind.peak).toEqual({ value: 5272, timestamp: Date.parse('2022-11-05T11:30:00+01:00') });
    expect(ind.baseLoad).toEqual({
      minimum: 0,
      percentile: 224,
      meanDailyMinimum: expect.closeTo(247.85205479452054, 9),
    });
    expect(ind.days.length).toBe(365);
    expect(ind.days.find((d) => d.date === '2022-10-30')).toMatchObject({
      count: 50,
      expected: 50,
    });
    expect(ind.days.find((d) => d.date === '2023-03-26')).toMatchObject({
      count: 46,
      expected: 46,
    });
    expect(ind.night).toEqual({ meanPower: expect.closeTo(619.989497716895, 9), count: 4380 });
    expect(ind.day).toEqual({ meanPower: expect.closeTo(933.081506849315, 9), count: 11680 });
  });
});

describe('ADEME DPE extract (Limoges)', () => {
  it('loads the 25 rows with WGS84 positions from _geopoint', async () => {
    const r = await loadDpe(file('ademe-dpe-logements-limoges-2026-01-extract-25rows.csv'));
    expect(r.account).toMatchObject({ rowsRead: 25, rowsKept: 25, rowsRejected: 0 });
    expect(r.records.every((d) => d.positionSource === 'geopoint' && d.inseeCode === '87085')).toBe(
      true,
    );
    // first row: 2687E0004562A, label E, 274 kWh/m², 45.826810988352,1.2252910610416745
    expect(r.records[0]).toMatchObject({
      id: '2687E0004562A',
      energyLabel: 'E',
      primaryEnergyPerM2: 274,
      lat: 45.826810988352,
      lon: 1.2252910610416745,
    });
  });
});
