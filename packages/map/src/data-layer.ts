import type { LoadIssue } from '@datacites/core';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';

/** What a data layer shows. */
export type DataLayerKind = 'points' | 'lines' | 'choropleth' | 'heatmap' | 'grid' | 'air-quality';

/** A text in both languages of the widgets, or one text for both. */
export type LocalizedText = string | { readonly fr: string; readonly en: string };

/** One entry of a legend: a colour swatch and what it stands for. */
export interface LegendItem {
  readonly color: string;
  /** How the swatch is drawn. */
  readonly shape: 'fill' | 'line' | 'circle';
  /** A label; when absent the legend shows the range `from`–`to`, or "no data". */
  readonly label?: LocalizedText;
  /** Lower bound of a class (inclusive). */
  readonly from?: number;
  /** Upper bound of a class (exclusive, except for the last class). */
  readonly to?: number;
  /** True for the swatch of features without a value. */
  readonly noData?: boolean;
}

/** A property shown in popups and in the data table. */
export interface DataField {
  /** The GeoJSON property name. */
  readonly property: string;
  /** Column header and popup label; defaults to the property name. */
  readonly label?: LocalizedText;
}

/** How many input features a layer read, kept and rejected (read = kept + rejected). */
export interface FeatureAccount {
  readonly read: number;
  readonly kept: number;
  readonly rejected: number;
}

/**
 * A layer of data ready for the map: a GeoJSON source, the MapLibre layers drawing it (all
 * reading the source named {@link DataLayer.id}), its legend, the fields for popups and for the
 * text alternative, and what was wrong with the input.
 */
export interface DataLayer {
  readonly id: string;
  readonly title: LocalizedText;
  readonly kind: DataLayerKind;
  /** The features drawn (input features without a usable geometry are left out and reported). */
  readonly data: FeatureCollection;
  /** MapLibre layers, drawn in order, each with `source` = {@link DataLayer.id}. */
  readonly layers: readonly LayerSpecification[];
  readonly legend: readonly LegendItem[];
  readonly fields: readonly DataField[];
  /** Property naming each feature in popups and in the table. */
  readonly nameProperty?: string;
  /** Property holding each feature's time (ISO 8601 text or epoch milliseconds). */
  readonly timeProperty?: string;
  /** Source and licence of the data, shown in the attribution control. */
  readonly attribution?: string;
  readonly issues: readonly LoadIssue[];
  readonly account: FeatureAccount;
}

/** Options every layer builder takes. */
export interface DataLayerOptions {
  /** Unique id, used for the MapLibre source and as prefix of its layers. */
  readonly id: string;
  /** Name shown in the legend, the layer switcher and the table caption. */
  readonly title?: LocalizedText;
  /** The data, WGS84 GeoJSON. Anything else is reported as an issue and draws nothing. */
  readonly data: FeatureCollection | unknown;
  readonly fields?: readonly DataField[];
  readonly nameProperty?: string;
  readonly timeProperty?: string;
  readonly attribution?: string;
}

/** Issues kept per code; the rest are counted in one summary issue. */
const MAX_ISSUES_PER_CODE = 100;

/** Collects issues for one layer, keeping at most {@link MAX_ISSUES_PER_CODE} per code. */
export class LayerIssues {
  readonly #issues: LoadIssue[] = [];
  readonly #counts = new Map<string, number>();
  constructor(readonly source: string) {}

  /** Records an issue of this layer. */
  add(issue: Omit<LoadIssue, 'source'>): void {
    const count = (this.#counts.get(issue.code) ?? 0) + 1;
    this.#counts.set(issue.code, count);
    if (count <= MAX_ISSUES_PER_CODE) this.#issues.push({ source: this.source, ...issue });
  }

  /** The issues kept, then one `issues_not_kept` summary per code that had more. */
  list(): LoadIssue[] {
    const summary: LoadIssue[] = [];
    for (const [code, count] of this.#counts) {
      if (count > MAX_ISSUES_PER_CODE) {
        summary.push({
          source: this.source,
          code: 'issues_not_kept',
          severity: 'info',
          message: `${count - MAX_ISSUES_PER_CODE} more "${code}" issues were counted but not kept (${count} in all).`,
        });
      }
    }
    return [...this.#issues, ...summary];
  }
}

const POSITION_OK = (position: unknown): boolean =>
  Array.isArray(position) &&
  typeof position[0] === 'number' &&
  typeof position[1] === 'number' &&
  Math.abs(position[0]) <= 180 &&
  Math.abs(position[1]) <= 90;

function rawOf(feature: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(feature) ?? String(feature);
  } catch {
    text = String(feature);
  }
  return text.length <= 120 ? text : `${text.slice(0, 119)}…`;
}

/**
 * Keeps the features whose geometry is one of `accepted` and, for points, has WGS84 coordinates
 * in range; every other input feature is reported as an error issue and counted as rejected.
 */
export function acceptFeatures(
  data: unknown,
  accepted: readonly Geometry['type'][],
  issues: LayerIssues,
): { collection: FeatureCollection; account: FeatureAccount } {
  let input = data as Partial<FeatureCollection> | null;
  // A single Feature (or a bare geometry) is valid GeoJSON too: draw it as a one-feature collection.
  const single = data as { type?: unknown; coordinates?: unknown; geometries?: unknown } | null;
  if (single?.type === 'Feature') {
    input = { type: 'FeatureCollection', features: [data as Feature] };
  } else if (
    typeof single?.type === 'string' &&
    single.type !== 'FeatureCollection' &&
    (Array.isArray(single.coordinates) || Array.isArray(single.geometries))
  ) {
    input = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: data as Geometry }],
    };
  }
  if (input?.type !== 'FeatureCollection' || !Array.isArray(input.features)) {
    issues.add({
      code: 'not_feature_collection',
      severity: 'error',
      message:
        'The layer data is not GeoJSON (FeatureCollection, Feature or geometry); nothing is drawn.',
      raw: rawOf(data),
    });
    return {
      collection: { type: 'FeatureCollection', features: [] },
      account: { read: 0, kept: 0, rejected: 0 },
    };
  }
  const kept: Feature[] = [];
  const features = input.features as unknown[];
  for (let index = 0; index < features.length; index++) {
    const feature = features[index] as Partial<Feature> | null;
    const geometry = feature?.geometry as Geometry | null | undefined;
    if (feature?.type !== 'Feature' || !geometry) {
      issues.add({
        code: 'missing_geometry',
        severity: 'error',
        field: 'geometry',
        message: `Feature ${index} has no geometry; it is not drawn.`,
        raw: rawOf(feature),
      });
    } else if (!accepted.includes(geometry.type)) {
      issues.add({
        code: 'unexpected_geometry',
        severity: 'error',
        field: 'geometry',
        message: `Feature ${index} is a ${geometry.type}; this layer draws ${accepted.join(' or ')}.`,
        raw: rawOf(feature),
      });
    } else if (geometry.type === 'Point' && !POSITION_OK(geometry.coordinates)) {
      issues.add({
        code: 'invalid_coordinates',
        severity: 'error',
        field: 'geometry',
        message: `Feature ${index} has coordinates outside WGS84 longitude/latitude.`,
        raw: rawOf(feature),
      });
    } else {
      kept.push(feature as Feature);
    }
  }
  return {
    collection: { type: 'FeatureCollection', features: kept },
    account: { read: features.length, kept: kept.length, rejected: features.length - kept.length },
  };
}

/**
 * Reports, as warnings, kept features whose `property` is not a finite number: they stay on the
 * map in the "no data" colour.
 */
export function reportNonNumeric(
  collection: FeatureCollection,
  property: string,
  issues: LayerIssues,
): number {
  let missing = 0;
  collection.features.forEach((feature, index) => {
    const value = feature.properties?.[property];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      missing++;
      issues.add({
        code: 'non_numeric_value',
        severity: 'warning',
        field: property,
        message: `Feature ${index} has no numeric "${property}"; it is drawn as "no data".`,
        raw: rawOf(value ?? null),
      });
    }
  });
  return missing;
}

/**
 * The fields of a layer: the given ones, or every plain property of the first feature (not the
 * `__datacites…` helpers the builders add).
 */
export function fieldsOf(
  collection: FeatureCollection,
  fields: readonly DataField[] | undefined,
): readonly DataField[] {
  if (fields) return fields;
  const first = collection.features[0]?.properties ?? {};
  return Object.keys(first)
    .filter((key) => !key.startsWith('__datacites'))
    .filter((key) => typeof first[key] !== 'object' || first[key] === null)
    .map((property) => ({ property }));
}

/** The common part of every built layer. */
export function baseLayer(
  options: DataLayerOptions,
  kind: DataLayerKind,
  collection: FeatureCollection,
  account: FeatureAccount,
): Omit<DataLayer, 'layers' | 'legend' | 'issues'> {
  return {
    id: options.id,
    title: options.title ?? options.id,
    kind,
    data: collection,
    fields: fieldsOf(collection, options.fields),
    account,
    ...(options.nameProperty ? { nameProperty: options.nameProperty } : {}),
    ...(options.timeProperty ? { timeProperty: options.timeProperty } : {}),
    ...(options.attribution ? { attribution: options.attribution } : {}),
  };
}
