import type { ClassificationMethod } from '@datacites/geo/classify';
import { airQualityLayer } from './air-quality-layer.js';
import { choroplethLayer } from './choropleth-layer.js';
import type { ClassOptions } from './classed-colors.js';
import { isColorRampName } from './color-ramps.js';
import type { DataField, DataLayer, DataLayerOptions } from './data-layer.js';
import { gridLayer } from './grid-layer.js';
import { heatmapLayer } from './heatmap-layer.js';
import { lineLayer } from './line-layer.js';
import { pointLayer } from './point-layer.js';

/** The attributes of a `<datacites-layer>` element, read as text. */
export type LayerAttributes = Readonly<Record<string, string | undefined>>;

const numberList = (text: string | undefined): number[] | undefined =>
  text === undefined || text.trim() === ''
    ? undefined
    : text
        .split(/[\s,;]+/)
        .filter(Boolean)
        .map(Number);

const fieldList = (text: string | undefined): DataField[] | undefined =>
  text?.trim()
    ? text
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
        .map((item) => {
          const [property, label] = item.split(':').map((part) => part.trim());
          return label ? { property: property!, label } : { property: property! };
        })
    : undefined;

const METHODS = new Set(['quantile', 'equal-interval', 'jenks', 'ckmeans', 'standard-deviation']);

function classOptions(attributes: LayerAttributes): ClassOptions {
  const method = attributes.method ?? 'quantile';
  const breaks = numberList(attributes.breaks);
  const classes = attributes.classes ? Number(attributes.classes) : undefined;
  const ramp = attributes.ramp;
  const colors = attributes.colors?.split(/[\s,;]+/).filter(Boolean);
  if (method === 'manual' && !breaks) throw new RangeError('method="manual" needs breaks="…".');
  if (method !== 'manual' && !METHODS.has(method)) {
    throw new RangeError(`Unknown classification method "${method}".`);
  }
  if (ramp !== undefined && !isColorRampName(ramp)) throw new RangeError(`Unknown ramp "${ramp}".`);
  return {
    ...(breaks ? { breaks } : { method: method as Exclude<ClassificationMethod, 'manual'> }),
    ...(classes ? { classes } : {}),
    ...(ramp ? { ramp } : {}),
    ...(colors?.length ? { colors } : {}),
  };
}

/**
 * Builds a data layer from the attributes of a `<datacites-layer>` element and its data:
 * `type` (`points`, `lines`, `choropleth`, `heatmap`, `grid`, `air-quality`), `id`, `title`,
 * `property`, `method`, `classes`, `breaks`, `ramp`, `colors`, `color`, `color-property`,
 * `name-property`, `time-property`, `fields` (`prop:Label,…`), `index`, `level-property`,
 * `cell-size`, `aggregate`, `weight-property`, `opacity`, `attribution`.
 *
 * @throws RangeError on an unknown type, method or ramp (the element reports it as an event).
 * @example
 * ```ts
 * layerFromAttributes({ type: 'choropleth', id: 'c', property: 'mwh', classes: '5' }, geojson);
 * ```
 */
export function layerFromAttributes(attributes: LayerAttributes, data: unknown): DataLayer {
  const type = attributes.type ?? 'points';
  const fields = fieldList(attributes.fields);
  const base: DataLayerOptions = {
    id: attributes.id ?? `layer-${type}`,
    data,
    ...(attributes.title ? { title: attributes.title } : {}),
    ...(fields ? { fields } : {}),
    ...(attributes['name-property'] ? { nameProperty: attributes['name-property'] } : {}),
    ...(attributes['time-property'] ? { timeProperty: attributes['time-property'] } : {}),
    ...(attributes.attribution ? { attribution: attributes.attribution } : {}),
  };
  const property = attributes.property;
  switch (type) {
    case 'choropleth':
      if (!property) throw new RangeError('A choropleth layer needs property="…".');
      return choroplethLayer({
        ...base,
        property,
        ...classOptions(attributes),
        ...(attributes.opacity ? { opacity: Number(attributes.opacity) } : {}),
      });
    case 'points':
      return pointLayer({
        ...base,
        ...(property ? { color: { property, ...classOptions(attributes) } } : {}),
        ...(!property && attributes.color ? { color: attributes.color } : {}),
        ...(attributes.radius ? { radius: Number(attributes.radius) } : {}),
      });
    case 'lines':
      return lineLayer({
        ...base,
        ...(attributes['color-property'] ? { colorProperty: attributes['color-property'] } : {}),
        ...(attributes.color ? { color: attributes.color } : {}),
        ...(attributes['legend-property']
          ? { legendLabelProperty: attributes['legend-property'] }
          : {}),
      });
    case 'heatmap':
      return heatmapLayer({
        ...base,
        ...(attributes['weight-property'] ? { weightProperty: attributes['weight-property'] } : {}),
      });
    case 'grid':
      return gridLayer({
        ...base,
        cellSize: Number(attributes['cell-size'] ?? 1000),
        aggregate: (attributes.aggregate ?? 'count') as 'count' | 'sum' | 'mean',
        ...(property ? { property } : {}),
        ...classOptions(attributes),
      });
    case 'air-quality':
      return airQualityLayer({
        ...base,
        index: attributes.index === 'eaqi' ? 'eaqi' : 'atmo',
        ...(attributes['level-property'] ? { levelProperty: attributes['level-property'] } : {}),
      });
    default:
      throw new RangeError(`Unknown layer type "${type}".`);
  }
}
