import type { Feature, Geometry, Position } from 'geojson';
import type { DataLayer } from './data-layer.js';
import type { MapLanguage, MapMessages } from './i18n.js';
import { displayValue, element, textIn } from './text.js';

/**
 * The content of a popup for a feature: its name as a heading and its fields as a description
 * list. Every value from the data is set as text, so markup in a dataset is shown, not run.
 */
export function renderFeaturePopup(
  doc: Document,
  layer: DataLayer,
  properties: Record<string, unknown>,
  language: MapLanguage,
  messages: MapMessages,
): HTMLElement {
  const root = element(doc, 'div', 'datacites-popup');
  const name = layer.nameProperty ? properties[layer.nameProperty] : undefined;
  root.append(
    element(
      doc,
      'h3',
      undefined,
      name === undefined || name === null
        ? `${textIn(layer.title, language)} – ${messages.feature}`
        : String(name),
    ),
  );
  const list = element(doc, 'dl');
  for (const field of layer.fields) {
    if (field.property === layer.nameProperty) continue;
    list.append(
      element(doc, 'dt', undefined, field.label ? textIn(field.label, language) : field.property),
      element(doc, 'dd', undefined, displayValue(properties[field.property], language)),
    );
  }
  root.append(list);
  return root;
}

function collectPositions(geometry: Geometry, out: Position[]): void {
  switch (geometry.type) {
    case 'Point':
      out.push(geometry.coordinates);
      break;
    case 'MultiPoint':
    case 'LineString':
      out.push(...geometry.coordinates);
      break;
    case 'MultiLineString':
    case 'Polygon':
      for (const line of geometry.coordinates) out.push(...line);
      break;
    case 'MultiPolygon':
      for (const polygon of geometry.coordinates) for (const ring of polygon) out.push(...ring);
      break;
    case 'GeometryCollection':
      for (const part of geometry.geometries) collectPositions(part, out);
      break;
  }
}

/** Bounding box `[west, south, east, north]` of a feature, or undefined without positions. */
export function featureBounds(feature: Feature): [number, number, number, number] | undefined {
  if (!feature.geometry) return undefined;
  const positions: Position[] = [];
  collectPositions(feature.geometry, positions);
  if (positions.length === 0) return undefined;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of positions as [number, number][]) {
    west = Math.min(west, x);
    east = Math.max(east, x);
    south = Math.min(south, y);
    north = Math.max(north, y);
  }
  return [west, south, east, north];
}

/** Where a popup for a feature opens: a point's position, else its bounding box centre. */
export function featureAnchor(feature: Feature): [number, number] | undefined {
  if (feature.geometry?.type === 'Point') return feature.geometry.coordinates as [number, number];
  const bounds = featureBounds(feature);
  return bounds && [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2];
}
