// The embed build (tsup, `loader: { '.css': 'text' }`) imports MapLibre's stylesheet as text.
declare module 'maplibre-gl/dist/maplibre-gl.css' {
  const css: string;
  export default css;
}

// Browser tests import fixtures as text through Vite's `?raw` suffix.
declare module '*?raw' {
  const text: string;
  export default text;
}
