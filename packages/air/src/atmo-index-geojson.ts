/**
 * Indice ATMO published as GeoJSON (or ArcGIS/WFS JSON with `features[].properties` or
 * `features[].attributes`).
 * @packageDocumentation
 */
import { type AtmoIndexData, type AtmoIndexRecord, atmoRecordFrom } from './atmo-index-records.js';
import { asNumber, asRecord, type JsonInput, readJson } from './json-input.js';
import { type LoaderOptions, LoadSession, loadReport } from './load-session.js';

/**
 * Loads indice ATMO records from a GeoJSON FeatureCollection (AASQA open data) or an ArcGIS JSON
 * response (`date_ech` in epoch ms). Point geometries fill the position when `x_wgs84/y_wgs84` are
 * absent. Every feature is kept or rejected with an issue; published values that contradict the
 * arrêté are kept with a warning.
 * @example
 * const { records } = loadAtmoIndexGeoJson(await (await fetch(url)).text());
 * records[0]; // { date: '2025-11-08', level: 2, label: 'Moyen', zoneCode: '97101', … }
 */
export function loadAtmoIndexGeoJson(input: JsonInput, options: LoaderOptions = {}): AtmoIndexData {
  const session = new LoadSession(options);
  const records: AtmoIndexRecord[] = [];
  const features = asRecord(readJson(input, session))?.features;
  if (!Array.isArray(features)) {
    session.issue(
      'unexpected_structure',
      'error',
      'no features array (expected GeoJSON or ArcGIS JSON)',
    );
  } else {
    features.forEach((item, index) => {
      const feature = asRecord(item);
      const props = asRecord(feature?.properties) ?? asRecord(feature?.attributes);
      const raw = JSON.stringify(item ?? null);
      if (!props) {
        session.reject('invalid_record', `feature ${index + 1} has no properties`, { raw });
        return;
      }
      const geometry = asRecord(feature?.geometry);
      const coords = geometry?.coordinates;
      const withPosition = { ...props };
      if (Array.isArray(coords) && props.x_wgs84 === undefined) {
        withPosition.x_wgs84 = asNumber(coords[0]);
        withPosition.y_wgs84 = asNumber(coords[1]);
      }
      const record = atmoRecordFrom(withPosition, session, { raw });
      if (record) records.push(record);
    });
  }
  return { records, ...loadReport(session.issues, records.length, session.rejected) };
}
