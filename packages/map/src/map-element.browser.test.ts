import 'maplibre-gl/dist/maplibre-gl.css';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import departements from '../test/fixtures/departements-centre-val-de-loire-vienne.geojson?raw';
import type { MapSelection } from './create-map-options.js';
import { defineMapElements, type MapReadyDetail } from './map-element.js';

// `<datacites-map>` in real Chromium: declarative layers, events, lazy WebGL and clean-up.

type MapElement = HTMLElement & {
  mapOptions?: Record<string, unknown>;
  dataMap?: MapReadyDetail['dataMap'];
};

beforeAll(async () => {
  defineMapElements();
  await page.viewport(800, 900);
});

let element: MapElement | undefined;
afterEach(() => {
  element?.remove();
  element = undefined;
});

function makeElement(extraStyle = ''): MapElement {
  const el = document.createElement('datacites-map') as MapElement;
  el.setAttribute('center', '1.4,47.2');
  el.setAttribute('zoom', '5.6');
  el.setAttribute('lang', 'fr');
  el.setAttribute('height', '360px');
  el.style.cssText = `width:480px;${extraStyle}`;
  el.mapOptions = { fadeDuration: 0, canvasContextAttributes: { preserveDrawingBuffer: true } };
  const layer = document.createElement('datacites-layer');
  layer.setAttribute('type', 'choropleth');
  layer.setAttribute('title', 'Départements');
  layer.setAttribute('property', 'code');
  layer.setAttribute('name-property', 'nom');
  layer.setAttribute('method', 'manual');
  // Codes are text in the file, so every polygon is "no data" unless converted: the element
  // layer must draw them in the no-data grey (#bdbdbd) and report them, not fail.
  layer.setAttribute('breaks', '0,50,100');
  layer.setAttribute('colors', '#ff0000,#0000ff');
  layer.setAttribute('opacity', '1');
  const script = document.createElement('script');
  script.type = 'application/geo+json';
  script.textContent = departements;
  layer.append(script);
  el.append(layer);
  return el;
}

function pixelAt(dataMap: MapReadyDetail['dataMap'], lngLat: [number, number]): number[] {
  const canvas = dataMap.map.getCanvas();
  const gl = canvas.getContext('webgl2') as WebGL2RenderingContext;
  const ratio = gl.drawingBufferWidth / canvas.clientWidth;
  const point = dataMap.map.project(lngLat);
  const pixel = new Uint8Array(4);
  gl.readPixels(
    Math.round(point.x * ratio),
    gl.drawingBufferHeight - 1 - Math.round(point.y * ratio),
    1,
    1,
    gl.RGBA,
    gl.UNSIGNED_BYTE,
    pixel,
  );
  return [...pixel];
}

const nextEvent = <T>(target: EventTarget, type: string) =>
  new Promise<T>((resolve) =>
    target.addEventListener(type, (event) => resolve((event as CustomEvent<T>).detail), {
      once: true,
    }),
  );

describe('<datacites-map>', () => {
  it('renders its child layer, fires datacites:ready and datacites:select, frees WebGL on removal', async () => {
    element = makeElement();
    const ready = nextEvent<MapReadyDetail>(element, 'datacites:ready');
    document.body.append(element);
    const { dataMap, errors } = await ready;
    expect(errors).toEqual([]);
    await new Promise((resolve) => {
      dataMap.map.once('idle', resolve);
      dataMap.map.triggerRepaint();
    });
    // Text codes are "no data": drawn in NO_DATA_COLOR #bdbdbd, with a warning per polygon.
    expect(pixelAt(dataMap, [2.4, 47.08])).toEqual([0xbd, 0xbd, 0xbd, 255]);
    expect(
      dataMap.layers[0]?.issues.filter((issue) => issue.code === 'non_numeric_value'),
    ).toHaveLength(7);
    expect(element.querySelector('.datacites-legend')?.textContent).toContain('Pas de donnée');
    // Light DOM: the canvas is a descendant of the element itself.
    expect(element.querySelector('canvas.maplibregl-canvas')).not.toBeNull();
    expect(element.shadowRoot).toBeNull();

    const selected = nextEvent<MapSelection>(element, 'datacites:select');
    const point = dataMap.map.project([2.4, 47.08]);
    await userEvent.click(dataMap.map.getCanvas(), { position: { x: point.x, y: point.y } });
    expect((await selected).properties).toMatchObject({ code: '18', nom: 'Cher' });
    expect(document.querySelector('.maplibregl-popup h3')?.textContent).toBe('Cher');

    await new Promise((resolve) => setTimeout(resolve, 300));
    await page.screenshot({ path: '__screenshots__/element-no-data.png', element });

    const gl = dataMap.map.getCanvas().getContext('webgl2') as WebGL2RenderingContext;
    element.remove();
    expect(gl.isContextLost()).toBe(true);
    expect(element.querySelector('canvas')).toBeNull();
    expect(element.dataMap).toBeUndefined();
  });

  it('creates its WebGL map only once scrolled into view', async () => {
    element = makeElement('margin-top:3000px');
    document.body.append(element);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(element.querySelector('canvas')).toBeNull();
    const ready = nextEvent<MapReadyDetail>(element, 'datacites:ready');
    element.scrollIntoView();
    const { dataMap } = await ready;
    expect(element.querySelector('canvas')).toBe(dataMap.map.getCanvas());
  });

  it('reports a layer that cannot load in datacites:error and still shows the map', async () => {
    element = makeElement();
    const broken = document.createElement('datacites-layer');
    broken.setAttribute('id', 'broken');
    broken.setAttribute('src', '/does-not-exist.geojson');
    element.append(broken);
    const failed = nextEvent<{ layer: string; message: string }>(element, 'datacites:error');
    const ready = nextEvent<MapReadyDetail>(element, 'datacites:ready');
    document.body.append(element);
    expect((await failed).layer).toBe('broken');
    const { dataMap, errors } = await ready;
    expect(errors.map((error) => error.layer)).toEqual(['broken']);
    expect(dataMap.layers.map((layer) => layer.id)).toEqual(['layer-1']);
  });
});
