// The embed build (tsup, `loader: { '.css': 'text' }`) imports MapLibre's stylesheet as text.
declare module 'maplibre-gl/dist/maplibre-gl.css' {
  const css: string;
  export default css;
}
