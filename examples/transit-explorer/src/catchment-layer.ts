import { choroplethLayer, type DataLayer, type DataMap } from '@datacites/map';
import type { FeatureCollection } from 'geojson';

/** Id of the area layer (and of its MapLibre source). */
export const CATCHMENT_LAYER = 'catchment';

/**
 * The area within 400 m of frequent stops as a map layer: one translucent teal fill, one legend
 * entry "400 m".
 *
 * @example
 * ```ts
 * dataMap.addLayer(catchmentLayer(result.area, 'À 400 m d’un arrêt fréquent (≤ 15 min)'));
 * ```
 */
export function catchmentLayer(area: FeatureCollection, title: string): DataLayer {
  const layer = choroplethLayer({
    id: CATCHMENT_LAYER,
    title,
    data: {
      type: 'FeatureCollection',
      features: area.features.map((f) => ({ ...f, properties: { served: 1 } })),
    },
    property: 'served',
    breaks: [0, 2],
    colors: ['#2a9d8f'],
    opacity: 0.35,
  });
  const legend = layer.legend
    .filter((item) => !item.noData)
    .map((item) => ({ ...item, label: { fr: '400 m', en: '400 m' } }));
  return { ...layer, legend };
}

/**
 * Puts the area `layer` on a loaded map (`dataMap.ready`), replacing the previous area, beneath
 * the other layers so that routes and stops stay drawn over it. The other layers are left in
 * place: the area arrives from the worker after them, and re-adding them would make them flicker.
 *
 * @example
 * ```ts
 * await dataMap.ready;
 * placeBeneath(dataMap, catchmentLayer(result.area, title));
 * ```
 */
export function placeBeneath(dataMap: DataMap, layer: DataLayer): void {
  dataMap.removeLayer(layer.id);
  dataMap.addLayer(layer);
  const lowest = dataMap.layers.find((other) => other.id !== layer.id)?.layers[0]?.id;
  if (lowest === undefined) return;
  for (const spec of layer.layers) dataMap.map.moveLayer(spec.id, lowest);
}
