/**
 * Indice ATMO published as delimited text (AASQA open-data CSV exports, e.g. Lig'Air:
 * `Longitude;Latitude;Date;code_qual;lib_qual;coul_qual;date_dif;source;type_zone;code_zone;…`).
 * @packageDocumentation
 */
import type { Source } from '@datacites/core';
import { type AtmoIndexData, type AtmoIndexRecord, atmoRecordFrom } from './atmo-index-records.js';
import { forEachCsvRow } from './csv-input.js';
import { type LoaderOptions, LoadSession, loadReport } from './load-session.js';

/**
 * Loads indice ATMO records from CSV. The day is read from `date_ech` (or `Date`, its name in
 * ArcGIS exports); published sub-indices are checked against their concentrations and the
 * arrêté, disagreements reported as warnings.
 * @example
 * const { records, issues } = await loadAtmoIndexCsv('indice-atmo-communes.csv');
 * records[0]; // { date: '2022-11-09', level: 2, label: 'Moyen', zoneCode: '18191', dominant … }
 */
export async function loadAtmoIndexCsv(
  source: Source,
  options: LoaderOptions = {},
): Promise<AtmoIndexData> {
  const session = new LoadSession(options);
  const records: AtmoIndexRecord[] = [];
  await forEachCsvRow(
    source,
    session,
    options.source ? { source: options.source } : {},
    (row, record) => {
      const raw = Object.values(row).join(';');
      const result = atmoRecordFrom(row, session, { raw: `record ${record}: ${raw}` });
      if (result) records.push(result);
    },
  );
  return { records, ...loadReport(session.issues, records.length, session.rejected) };
}
