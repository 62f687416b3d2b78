/**
 * Column declaration of the ORE/Enedis/GRDF/SDES annual consumption files (every known layout as
 * aliases) and the code lists the consumption loaders share.
 * @packageDocumentation
 */

import { defineTable } from '@datacites/core';
import { z } from 'zod';
import type { EnergyCarrier, Sector, TerritoryLevel } from './model.js';

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

/** Territory code columns, finest first, with the level they give. */
export const TERRITORY_COLUMNS: readonly [
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
