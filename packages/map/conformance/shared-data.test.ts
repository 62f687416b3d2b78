import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { airQualityLevels } from '../src/air-quality-levels.js';
import { airQualityZonesLayer } from '../src/air-quality-zones.js';
import { airStationsLayer } from '../src/air-stations.js';
import { choroplethLayer } from '../src/choropleth-layer.js';
import { territoryChoroplethLayer } from '../src/territory-join.js';

// Map layers over the real files of ../shared/data (read from DATACITES_SHARED_DATA).
const DATA = process.env.DATACITES_SHARED_DATA!;
const read = (path: string) => readFileSync(join(DATA, path), 'utf8');

const BOUNDARY_FILES = [
  'regions-version-simplifiee.geojson',
  'departements-version-simplifiee.geojson',
  'metropole-version-simplifiee.geojson',
  'communes-18-cher.geojson',
  'communes-28-eure-et-loir.geojson',
  'communes-36-indre.geojson',
  'communes-37-indre-et-loire.geojson',
  'communes-41-loir-et-cher.geojson',
  'communes-45-loiret.geojson',
  'communes-86-vienne.geojson',
];

describe('IGN Admin Express boundaries (france-geojson)', () => {
  for (const file of BOUNDARY_FILES) {
    it(`${file}: every polygon is kept`, () => {
      const raw = read(join('boundaries', file));
      // Independent count: occurrences of "type": "Feature" in the raw text (not the parser).
      // metropole-version-simplifiee.geojson is a single Feature, drawn as a one-feature layer.
      const expected = raw.match(/"type"\s*:\s*"Feature"(?!Collection)/g)?.length ?? 0;
      const data = JSON.parse(raw) as FeatureCollection;
      const layer = choroplethLayer({ id: file, data, property: 'none', breaks: [0, 1] });
      expect(expected).toBeGreaterThan(0);
      expect(layer.account).toEqual({ read: expected, kept: expected, rejected: 0 });
      expect(layer.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    });
  }
});

describe("Lig'Air ATMO index by commune (2022-11-09)", () => {
  it('draws the 49 communes in the colour Lig’Air itself published for each level', () => {
    const [header, ...lines] = read('air/fr-ligair-indice-atmo-communes-2022-11-09.csv')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    const columns = header!.split(';');
    const at = (cells: string[], name: string) => cells[columns.indexOf(name)]!;
    const rows = lines.map((line) => line.split(';'));
    const layer = airStationsLayer(
      rows.map((cells) => ({
        name: at(cells, 'lib_zone'),
        latitude: at(cells, 'y_wgs84'),
        longitude: at(cells, 'x_wgs84'),
        level: at(cells, 'code_qual'),
        published_color: at(cells, 'coul_qual'),
      })),
      { id: 'ligair', index: 'atmo' },
    );
    // 49 data rows (SOURCES.md; `wc -l` gives 50 lines with the header).
    expect(layer.account).toEqual({ read: 49, kept: 49, rejected: 0 });
    expect(layer.issues).toEqual([]);
    const colorOf = new Map(
      airQualityLevels('atmo').map((level) => [String(level.code), level.color]),
    );
    for (const feature of layer.data.features) {
      const { level, published_color } = feature.properties as {
        level: string;
        published_color: string;
      };
      expect(colorOf.get(level)).toBe(published_color.toLowerCase());
    }
  });
});

describe("Lig'Air ATMO index joined to the communes of Centre-Val de Loire", () => {
  it('fills the 49 communes with the published level and leaves the other 1 727 unavailable', () => {
    const [header, ...lines] = read('air/fr-ligair-indice-atmo-communes-2022-11-09.csv')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    const columns = header!.split(';');
    const records = lines.map((line) => {
      const cells = line.split(';');
      return {
        zoneCode: cells[columns.indexOf('code_zone')]!,
        level: cells[columns.indexOf('code_qual')]!,
      };
    });
    const communes: FeatureCollection = { type: 'FeatureCollection', features: [] };
    for (const dep of [
      '18-cher',
      '28-eure-et-loir',
      '36-indre',
      '37-indre-et-loire',
      '41-loir-et-cher',
      '45-loiret',
    ]) {
      communes.features.push(
        ...(JSON.parse(read(`boundaries/communes-${dep}.geojson`)) as FeatureCollection).features,
      );
    }
    const layer = airQualityZonesLayer(records, { id: 'ligair-zones', boundaries: communes });
    // python3 (json, csv) over the same files: 1 776 communes in the six files, the 49 code_zone
    // values all among them, every published code_qual is 2.
    expect(layer.account).toEqual({ read: 1776, kept: 1776, rejected: 0 });
    expect(layer.issues.filter((issue) => issue.code === 'unmatched_territory')).toEqual([]);
    const levels = layer.data.features.map((feature) => feature.properties?.level);
    expect(levels.filter((level) => level === '2')).toHaveLength(49);
    expect(levels.filter((level) => level === null)).toHaveLength(1727);
    expect(layer.legend.every((item) => item.shape === 'fill')).toBe(true);
  });
});

describe('ORE electricity consumption by département (2019) on the départements', () => {
  it('joins by code, reports overseas and "NA" codes without polygon, and 92/93/94 without value', () => {
    const [header, ...lines] = read('energy/ore-conso-elec-gaz-departement-2011-2019.csv')
      .trim()
      .split(/\r?\n/);
    const columns = header!.split(';');
    const total = new Map<string, number>();
    for (const line of lines) {
      const cells = line.split(';');
      if (cells[columns.indexOf('Année')] !== '2019') continue;
      if (cells[columns.indexOf('Filière')] !== 'Electricité') continue;
      const code = cells[columns.indexOf('Code Département')]!;
      const mwh = Number(cells[columns.indexOf('Consommation totale (MWh)')]);
      total.set(code, (total.get(code) ?? 0) + mwh);
    }
    const boundaries = JSON.parse(
      read('boundaries/departements-version-simplifiee.geojson'),
    ) as FeatureCollection;
    const layer = territoryChoroplethLayer(
      [...total].map(([code, value]) => ({ code, value })),
      { id: 'ore', boundaries, property: 'mwh', method: 'quantile', classes: 5 },
    );
    // Expected from python3 (csv module) over the same file: 99 codes in 2019 electricity rows;
    // 971, 972, 973, 974, 976 and NA have no polygon; 92, 93, 94 have no 2019 electricity row;
    // Cher (18) sums to 2 126 852.73 MWh.
    expect(
      layer.issues
        .filter((issue) => issue.code === 'unmatched_territory')
        .map((issue) => issue.raw)
        .sort(),
    ).toEqual(['971', '972', '973', '974', '976', 'NA']);
    const noValue = layer.data.features
      .filter((feature) => feature.properties?.mwh === null)
      .map((feature) => feature.properties?.code)
      .sort();
    expect(noValue).toEqual(['92', '93', '94']);
    const cher = layer.data.features.find((feature) => feature.properties?.code === '18');
    expect(cher?.properties?.mwh).toBeCloseTo(2126852.73, 2);
    expect(layer.legend.filter((item) => !item.noData)).toHaveLength(5);
  });
});
