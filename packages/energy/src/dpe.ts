/**
 * ADEME energy performance certificates (DPE, method of July 2021): labels, consumption and
 * emissions per m², and positions converted from Lambert-93 to WGS84 with `@datacites/geo`.
 * @packageDocumentation
 */

import {
  calendarDate,
  defineTable,
  type LoadOptions,
  readTable,
  type Source,
} from '@datacites/core';
import { z } from 'zod';
import { type EnergyLoadReport, MappingIssues } from './load-report.js';

const LABEL = z.enum(['A', 'B', 'C', 'D', 'E', 'F', 'G']);

/**
 * Table of DPE exports: `dpe03existant` snake_case names, with the accented labels of the older
 * `dpe-v2-logements-existants` export as aliases.
 */
export const DpeTable = defineTable({
  name: 'dpe',
  columns: {
    id: z.string(),
    energyLabel: LABEL.nullable().optional(),
    ghgLabel: LABEL.nullable().optional(),
    primaryEnergyPerM2: z.number().nullable().optional(),
    ghgPerM2: z.number().nullable().optional(),
    date: calendarDate('YYYY-MM-DD').optional(),
    floorArea: z.number().nullable().optional(),
    buildingType: z.string().optional(),
    inseeCode: z.string().optional(),
    address: z.string().optional(),
    commune: z.string().optional(),
    constructionYear: z.int().nullable().optional(),
    x: z.number().nullable().optional(),
    y: z.number().nullable().optional(),
    geopoint: z.string().optional(),
  },
  aliases: {
    id: ['numero_dpe', 'N°DPE', 'N°_DPE'],
    energyLabel: ['etiquette_dpe', 'Etiquette_DPE'],
    ghgLabel: ['etiquette_ges', 'Etiquette_GES'],
    primaryEnergyPerM2: ['conso_5_usages_par_m2_ep', 'Conso_5_usages_par_m²_é_primaire'],
    ghgPerM2: ['emission_ges_5_usages_par_m2', 'Emission_GES_5_usages_par_m²'],
    date: ['date_etablissement_dpe', 'Date_établissement_DPE'],
    floorArea: ['surface_habitable_logement', 'Surface_habitable_logement'],
    buildingType: ['type_batiment', 'Type_bâtiment'],
    inseeCode: ['code_insee_ban', 'Code_INSEE_(BAN)'],
    address: ['adresse_ban', 'Adresse_(BAN)'],
    commune: ['nom_commune_ban', 'Nom__commune_(BAN)', 'Nom_commune_(BAN)'],
    constructionYear: ['annee_construction', 'Année_construction'],
    x: ['coordonnee_cartographique_x_ban', 'Coordonnée_cartographique_X_(BAN)'],
    y: ['coordonnee_cartographique_y_ban', 'Coordonnée_cartographique_Y_(BAN)'],
    geopoint: ['_geopoint'],
  },
});

/** One energy performance certificate. */
export interface DpeRecord {
  /** DPE number. */
  readonly id: string;
  /** Energy label A–G (double threshold on primary energy and GHG since July 2021). */
  readonly energyLabel: string | null;
  readonly ghgLabel: string | null;
  /** Primary energy, 5 uses, kWh/m²/year. */
  readonly primaryEnergyPerM2: number | null;
  /** Greenhouse-gas emissions, 5 uses, kg CO2e/m²/year. */
  readonly ghgPerM2: number | null;
  readonly date?: string;
  /** Living area in m² (often empty for whole buildings). */
  readonly floorArea: number | null;
  readonly buildingType?: string;
  readonly inseeCode?: string;
  readonly address?: string;
  readonly commune?: string;
  readonly constructionYear: number | null;
  /** WGS84 longitude and latitude, or null when the row has no position. */
  readonly lon: number | null;
  readonly lat: number | null;
  /** Where the position comes from. */
  readonly positionSource: 'lambert93' | 'geopoint' | null;
  /** Lambert-93 (EPSG:2154) coordinates as given. */
  readonly lambert93?: readonly [number, number];
}

/** Result of {@link loadDpe}. */
export interface DpeLoad extends EnergyLoadReport {
  readonly records: DpeRecord[];
}

/** Metropolitan Lambert-93 bounds (EPSG:2154 area of use, with margin), metres. */
const L93_X = [0, 1_300_000] as const;
const L93_Y = [6_000_000, 7_200_000] as const;

/**
 * Loads an ADEME DPE export. `coordonnee_cartographique_x/y_ban` are Lambert-93 (EPSG:2154) and
 * are converted to WGS84 through `@datacites/geo`; exports that only carry `_geopoint`
 * (`"lat,lon"`, WGS84) use it. When both are present and disagree by more than 100 m a warning
 * is raised (the Lambert-93 position is kept). Labels are not recomputed from kWh/m²: since July
 * 2021 they combine energy and GHG thresholds.
 *
 * @example
 * ```ts
 * const { records } = await loadDpe('dpe03existant.csv');
 * records.filter((d) => d.energyLabel === 'F' || d.energyLabel === 'G'); // "passoires"
 * ```
 */
export async function loadDpe(source: Source, options: LoadOptions = {}): Promise<DpeLoad> {
  const result = await readTable(source, DpeTable, options);
  const mapping = new MappingIssues(result, options);
  // Loaded on first use, so importing this package does not load proj4 and turf.
  const { createReprojector, haversineDistance } = await import('@datacites/geo');
  const toWgs84 = createReprojector('EPSG:2154', 'EPSG:4326');
  const records: DpeRecord[] = [];
  for (let index = 0; index < result.rows.length; index++) {
    const row = result.rows[index]!;
    const line = result.lines[index];
    let lon: number | null = null;
    let lat: number | null = null;
    let positionSource: DpeRecord['positionSource'] = null;
    let lambert93: [number, number] | undefined;
    if (typeof row.x === 'number' && typeof row.y === 'number') {
      if (row.x < L93_X[0] || row.x > L93_X[1] || row.y < L93_Y[0] || row.y > L93_Y[1]) {
        mapping.add({
          line,
          code: 'position_out_of_bounds',
          severity: 'warning',
          field: 'x',
          message: `${row.id}: (${row.x}, ${row.y}) is outside metropolitan Lambert-93; no position`,
          raw: `${row.x};${row.y}`,
        });
      } else {
        lambert93 = [row.x, row.y];
        [lon, lat] = toWgs84(lambert93) as [number, number];
        positionSource = 'lambert93';
      }
    }
    const point = parseGeopoint(row.geopoint);
    if (row.geopoint !== undefined && row.geopoint !== '' && point === undefined) {
      mapping.add({
        line,
        code: 'invalid_geopoint',
        severity: 'warning',
        field: 'geopoint',
        message: `${row.id}: _geopoint "${row.geopoint}" is not "lat,lon"`,
        raw: row.geopoint,
      });
    }
    if (point && lon !== null && lat !== null) {
      const distance = haversineDistance(lon, lat, point.lon, point.lat);
      if (distance > 100) {
        mapping.add({
          line,
          code: 'position_mismatch',
          severity: 'warning',
          field: 'geopoint',
          message: `${row.id}: _geopoint is ${Math.round(distance)} m from the Lambert-93 position`,
          raw: row.geopoint ?? '',
        });
      }
    } else if (point) {
      lon = point.lon;
      lat = point.lat;
      positionSource = 'geopoint';
    }
    records.push({
      id: row.id,
      energyLabel: row.energyLabel ?? null,
      ghgLabel: row.ghgLabel ?? null,
      primaryEnergyPerM2: row.primaryEnergyPerM2 ?? null,
      ghgPerM2: row.ghgPerM2 ?? null,
      ...(row.date ? { date: row.date } : {}),
      floorArea: row.floorArea ?? null,
      ...(row.buildingType ? { buildingType: row.buildingType } : {}),
      ...(row.inseeCode ? { inseeCode: row.inseeCode } : {}),
      ...(row.address ? { address: row.address } : {}),
      ...(row.commune ? { commune: row.commune } : {}),
      constructionYear: row.constructionYear ?? null,
      lon,
      lat,
      positionSource,
      ...(lambert93 ? { lambert93 } : {}),
    });
  }
  return { ...mapping.merge(result), records };
}

function parseGeopoint(text: string | undefined): { lat: number; lon: number } | undefined {
  if (!text) return undefined;
  const parts = text.split(',');
  if (parts.length !== 2) return undefined;
  const lat = Number(parts[0]);
  const lon = Number(parts[1]);
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    return undefined;
  }
  return { lat, lon };
}
