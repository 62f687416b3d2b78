/**
 * Agence ORE / Enedis / GRDF / SDES annual consumption by territory and sector ("données locales
 * de l'énergie", article 179), in the long API layout and the wide labelled CSV exports.
 * @packageDocumentation
 */

import { defineTable, type LoadOptions, readTable, type Source } from '@datacites/core';
import { z } from 'zod';
import { type EnergyLoadReport, MappingIssues } from './load-report.js';
import type { ConsumptionRecord, EnergyCarrier, Sector, TerritoryLevel } from './model.js';

const num = z.number().nullable().optional();
const text = z.string().optional();

/** Wide layout columns of one sector: consumption, points, secret cells, quality. */
function sectorColumns(
  key: string,
  labels: { conso: string[]; points: string[]; secret: string[]; quality: string[] },
) {
  return {
    columns: {
      [`conso_${key}`]: num,
      [`points_${key}`]: num,
      [`secret_${key}`]: num,
      [`quality_${key}`]: num,
    },
    aliases: {
      [`conso_${key}`]: labels.conso,
      [`points_${key}`]: labels.points,
      [`secret_${key}`]: labels.secret,
      [`quality_${key}`]: labels.quality,
    },
  };
}

const WIDE_SECTORS: readonly [Sector, string, ReturnType<typeof sectorColumns>][] = [
  [
    'agriculture',
    'agriculture',
    sectorColumns('agriculture', {
      conso: ['Consommation Agriculture (MWh)', 'conso_totale_secteur_agriculture_enedis_mwh'],
      points: ['Nombre de points Agriculture', 'nb_sites_secteur_agriculture_enedis'],
      secret: ['Nombre de mailles secretisées (agriculture)'],
      quality: ['Indique qualité Agriculture', 'Indice qualité Agriculture'],
    }),
  ],
  [
    'industrie',
    'industrie',
    sectorColumns('industrie', {
      conso: ['Consommation Industrie (MWh)', 'conso_totale_secteur_industrie_enedis_mwh'],
      points: ['Nombre de points Industrie', 'nb_sites_secteur_industrie_enedis'],
      secret: ['Nombre de mailles secretisées (industrie)'],
      quality: ['Indice qualité Industrie'],
    }),
  ],
  [
    'tertiaire',
    'tertiaire',
    sectorColumns('tertiaire', {
      conso: ['Consommation Tertiaire (MWh)', 'conso_totale_secteur_tertiaire_enedis_mwh'],
      points: ['Nombre de points Tertiaire', 'nb_sites_secteur_tertiaire_enedis'],
      secret: ['Nombre de mailles secretisées (tertiaire)'],
      quality: ['Indice qualité Tertiaire'],
    }),
  ],
  [
    'residentiel',
    'residentiel',
    sectorColumns('residentiel', {
      conso: ['Consommation Résidentiel (MWh)', 'conso_totale_secteur_residentiel_enedis_mwh'],
      points: ['Nombre de points Résidentiel', 'nb_sites_secteur_residentiel_enedis'],
      secret: ['Nombre de mailles secretisées (résidentiel)'],
      quality: ['Indice qualité Résidentiel'],
    }),
  ],
  [
    'non-affecte',
    'non_affecte',
    sectorColumns('non_affecte', {
      conso: [
        'Consommation Secteur Inconnu (MWh)',
        'conso_totale_professionnel_non_affecte_enedis_mwh',
      ],
      points: ['Nombre de points Secteur Inconnu', 'nb_sites_professionnel_non_affecte_enedis'],
      secret: ['Nombre de mailles secretisées (secteur inconnu)'],
      quality: ['Indice qualité Non Affecté'],
    }),
  ],
];

/**
 * Columns of the ORE/Enedis/GRDF/SDES annual files. Header names of every known layout are
 * aliases: the API/long layout (`operateur, annee, filiere, code_grand_secteur, conso, pdl,
 * indqual, …`), SDES codes (`OPERATEUR, ANNEE, FILIERE, CODE_GRAND_SECTEUR, CONSO, PDL`) and the
 * wide labelled export (`Consommation Résidentiel (MWh)`, `Nombre de points Résidentiel`…).
 */
export const OreConsumptionTable = defineTable({
  name: 'ore-consumption',
  columns: {
    operator: text,
    year: z.int(),
    carrier: text,
    sector: text,
    conso: num,
    points: num,
    quality: num,
    secret_cells: num,
    total: num,
    network: text,
    address: text,
    dwellings: num,
    iris: text,
    iris_name: text,
    commune: text,
    commune_name: text,
    epci: text,
    epci_name: text,
    departement: text,
    departement_name: text,
    region: text,
    region_name: text,
    ...Object.assign({}, ...WIDE_SECTORS.map(([, , s]) => s.columns)),
  } as Record<string, z.ZodType>,
  aliases: {
    operator: ['Opérateur', 'operateur', 'OPERATEUR', "Nom de l'opérateur"],
    year: ['Année', 'annee', 'ANNEE', 'Millésime des données'],
    carrier: ['Filière', 'filiere', 'FILIERE', 'Énergie concernée', 'Energie concernée'],
    sector: ['code_grand_secteur', 'CODE_GRAND_SECTEUR', 'CODE GRAND SECTEUR', 'segment_de_client'],
    conso: [
      'conso',
      'CONSO',
      'Conso totale (MWh)',
      'Consommation (en MWh)',
      'consommation_annuelle_totale_de_l_adresse_mwh',
    ],
    points: ['pdl', 'PDL', 'Nb sites', 'Nombre de points de livraison'],
    quality: ['indqual', 'INDQUAL'],
    secret_cells: ['nombre_mailles_secretisees'],
    total: ['Consommation totale (MWh)'],
    network: ['ID', 'index'],
    address: ['adresse', 'Adresse'],
    dwellings: ['nombre_de_logements', 'Nombre de logements'],
    iris: ['code_iris', 'IRIS_CODE', 'IRIS', 'Code IRIS'],
    iris_name: ['libelle_iris', 'IRIS_LIBELLE', 'nom_iris'],
    commune: ['code_commune', 'Code Commune', 'CODE_COMMUNE'],
    commune_name: ['libelle_commune', 'nom_commune', 'Libellé Commune'],
    epci: ['code_epci', 'Code EPCI', 'CODE_EPCI'],
    epci_name: ['libelle_epci', 'Libellé EPCI'],
    departement: ['code_departement', 'Code Département', 'CODE_DEPARTEMENT'],
    departement_name: ['libelle_departement', 'Libellé Département'],
    region: ['code_region', 'Code Région', 'CODE_REGION'],
    region_name: ['libelle_region', 'Libellé Région'],
    ...Object.assign({}, ...WIDE_SECTORS.map(([, , s]) => s.aliases)),
  },
});

type OreRow = Record<string, string | number | null | undefined>;

/**
 * Sector codes of the long layouts (`code_grand_secteur` R/T/I/A/X), and the labels of the
 * Enedis address files' `segment_de_client` (upper-cased); professional segments without a
 * sector are `non-affecte`.
 */
export const SECTOR_CODES: Readonly<Record<string, Sector>> = {
  R: 'residentiel',
  T: 'tertiaire',
  I: 'industrie',
  A: 'agriculture',
  X: 'non-affecte',
  NA: 'non-affecte',
  RESIDENTIEL: 'residentiel',
  RÉSIDENTIEL: 'residentiel',
  RES: 'residentiel',
  TERTIAIRE: 'tertiaire',
  INDUSTRIE: 'industrie',
  AGRICULTURE: 'agriculture',
  PROFESSIONNEL: 'non-affecte',
  PRO: 'non-affecte',
  ENTREPRISE: 'non-affecte',
  ENT: 'non-affecte',
};

/** Maps a "filière" (code or label) to a carrier. */
export function carrierOf(value: string | undefined): EnergyCarrier | undefined {
  const v = (value ?? '').trim().toLowerCase();
  if (v === 'e' || v.startsWith('électricité') || v.startsWith('electricit')) return 'electricite';
  if (v === 'g' || v.startsWith('gaz')) return 'gaz';
  if (v === 'c' || v.startsWith('chaleur')) return 'chaleur';
  if (v === 'f' || v.startsWith('froid')) return 'froid';
  return undefined;
}

const TERRITORY_COLUMNS: readonly [
  TerritoryLevel,
  'address' | 'iris' | 'commune' | 'epci' | 'departement' | 'region',
][] = [
  ['address', 'address'],
  ['iris', 'iris'],
  ['commune', 'commune'],
  ['epci', 'epci'],
  ['departement', 'departement'],
  ['region', 'region'],
];

/** Sectors of the wide layouts and the key of their column group. */
export const WIDE_SECTOR_KEYS: readonly (readonly [Sector, string])[] = WIDE_SECTORS.map(
  ([sector, key]) => [sector, key] as const,
);

/** Options of {@link loadOreConsumption}. */
export interface OreLoadOptions extends LoadOptions {
  /**
   * Carrier of files without a "filière" column (the Enedis address files are electricity:
   * pass `'electricite'`). Rows without a carrier are rejected otherwise.
   */
  readonly carrier?: EnergyCarrier;
}

/** Result of {@link loadOreConsumption}. */
export interface OreConsumptionLoad extends EnergyLoadReport {
  /** One record per row and sector (wide layouts give up to five per row). */
  readonly records: ConsumptionRecord[];
}

/**
 * Loads annual consumption by territory and sector from Agence ORE, Enedis, GRDF or SDES files,
 * current or older layouts, wide or long. Values are MWh; gas values are flagged PCS (network
 * metering basis). Masked values (`secret`, `nd`) become `value: null` with `mask` set, never 0.
 * The territory level is the finest code column present (address → IRIS → commune → EPCI →
 * département → région); Enedis address files (`adresse`, `segment_de_client`,
 * `consommation_annuelle_totale_de_l_adresse_mwh`, `nombre_de_logements`) need
 * `{ carrier: 'electricite' }`. In wide files, the total column is checked against the sum of the sectors.
 *
 * @example
 * ```ts
 * const { records, account, issues } = await loadOreConsumption('conso-departement.csv');
 * records.filter((r) => r.year === 2019 && r.sector === 'residentiel');
 * ```
 */
export async function loadOreConsumption(
  source: Source,
  options: OreLoadOptions = {},
): Promise<OreConsumptionLoad> {
  const result = await readTable(source, OreConsumptionTable, options);
  const mapping = new MappingIssues(result, options.maxIssuesPerCode);
  const records: ConsumptionRecord[] = [];
  const masks = new Map<number, Map<string, string>>();
  for (const m of result.masks) {
    let row = masks.get(m.row);
    if (!row) {
      row = new Map();
      masks.set(m.row, row);
    }
    row.set(m.field, m.reason);
  }
  const lines = lineNumbers(result);
  result.rows.forEach((raw, index) => {
    const row = raw as OreRow;
    const line = lines(index);
    const carrier =
      row.carrier === undefined && options.carrier !== undefined
        ? options.carrier
        : carrierOf(row.carrier as string | undefined);
    if (carrier === undefined) {
      mapping.reject({
        code: 'unknown_carrier',
        line,
        field: 'carrier',
        message: `Energy carrier "${row.carrier ?? ''}" is not electricity, gas, heat or cold`,
        raw: String(row.carrier ?? ''),
      });
      return;
    }
    let level: TerritoryLevel | undefined;
    let code: string | undefined;
    let name: string | undefined;
    for (const [lv, key] of TERRITORY_COLUMNS) {
      const c = row[key];
      if (typeof c === 'string' && c.trim() !== '') {
        level = lv;
        code = c.trim();
        name = (row[`${key}_name`] as string | undefined) ?? undefined;
        break;
      }
    }
    if (level === undefined || code === undefined) {
      mapping.reject({
        code: 'missing_territory',
        line,
        message: 'No territory code (IRIS, commune, EPCI, département or région) in the row',
      });
      return;
    }
    if (code === 'NA' || code === 'nd') {
      mapping.add({
        code: 'unknown_territory_code',
        severity: 'warning',
        line,
        field: level,
        message: `Territory code "${code}": consumption not assigned to a ${level}; kept as is`,
        raw: code,
      });
    }
    const rowMasks = masks.get(index);
    const base = {
      territoryCode: code,
      territoryLevel: level,
      ...(name ? { territoryName: name } : {}),
      carrier,
      year: row.year as number,
      unit: 'MWh' as const,
      ...(carrier === 'gaz' ? { heatingValue: 'PCS' as const } : {}),
      ...(typeof row.operator === 'string' && row.operator !== ''
        ? { operator: row.operator }
        : {}),
      ...(typeof row.network === 'string' && row.network !== '' ? { network: row.network } : {}),
      ...(typeof row.dwellings === 'number' ? { dwellings: row.dwellings } : {}),
      ...(line === undefined ? {} : { line }),
    };
    const wide = WIDE_SECTORS.some(([, key]) => row[`conso_${key}`] !== undefined);
    if (wide) {
      let sum = 0;
      for (const [sector, key] of WIDE_SECTORS) {
        const value = row[`conso_${key}`];
        if (value === undefined) continue;
        const mask = rowMasks?.get(`conso_${key}`);
        records.push(
          record(base, sector, value as number | null, row[`points_${key}`], mask, {
            quality: row[`quality_${key}`],
            secretCells: row[`secret_${key}`],
          }),
        );
        if (typeof value === 'number') sum += value;
      }
      const total = row.total;
      if (typeof total === 'number' && Math.abs(total - sum) > 0.01 + 1e-9 * Math.abs(total)) {
        mapping.add({
          code: 'total_mismatch',
          severity: 'warning',
          line,
          field: 'total',
          message: `Total ${total} MWh differs from the sum of sectors ${sum.toFixed(2)} MWh`,
          raw: String(total),
        });
      }
      return;
    }
    const sectorCode = typeof row.sector === 'string' ? row.sector.trim() : '';
    const sector: Sector | undefined =
      sectorCode === '' ? 'total' : (SECTOR_CODES[sectorCode.toUpperCase()] ?? undefined);
    if (sector === undefined || sectorCode === 'nd') {
      if (sectorCode !== 'nd') {
        mapping.reject({
          code: 'unknown_sector',
          line,
          field: 'sector',
          message: `Sector code "${sectorCode}" is not R, T, I, A or X`,
          raw: sectorCode,
        });
        return;
      }
    }
    records.push(
      record(
        base,
        sectorCode === 'nd' ? 'non-affecte' : (sector as Sector),
        (row.conso ?? null) as number | null,
        row.points,
        rowMasks?.get('conso') ?? (sectorCode === 'nd' ? 'nd' : undefined),
        { quality: row.quality, secretCells: row.secret_cells },
      ),
    );
    if (sectorCode === 'nd') {
      mapping.add({
        code: 'sector_not_available',
        severity: 'info',
        line,
        field: 'sector',
        message: 'Sector "nd" (not available): kept as non-affecté with a masked value',
        raw: 'nd',
      });
    }
  });
  return { ...mapping.merge(result), records };
}

function record(
  base: Omit<ConsumptionRecord, 'sector' | 'value' | 'deliveryPoints'>,
  sector: Sector,
  value: number | null,
  points: unknown,
  mask: string | undefined,
  extra: { quality: unknown; secretCells: unknown },
): ConsumptionRecord {
  return {
    ...base,
    sector,
    value: typeof value === 'number' ? value : null,
    deliveryPoints: typeof points === 'number' ? points : null,
    ...(mask === 'secret' || mask === 's' ? { mask: 'secret' as const } : {}),
    ...(mask !== undefined && mask !== 'secret' && mask !== 's' ? { mask: 'nd' as const } : {}),
    ...(typeof extra.quality === 'number' ? { quality: extra.quality } : {}),
    ...(typeof extra.secretCells === 'number' ? { secretCells: extra.secretCells } : {}),
  };
}

/**
 * Physical line of each kept row: exact only when every data line became a row (no blank,
 * footer or rejected line before it); otherwise unknown (undefined), never guessed.
 */
function lineNumbers(result: {
  account: { preambleLines: number; blankLines: number; footerLines: number; rowsRejected: number };
}): (index: number) => number | undefined {
  const { account } = result;
  const exact = account.blankLines === 0 && account.rowsRejected === 0;
  const first = account.preambleLines + 2;
  return (index) => (exact ? first + index : undefined);
}
