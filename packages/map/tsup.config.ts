import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import { definePackageBuild } from '../../config/tsup.ts';

const require = createRequire(import.meta.url);
const maplibreDist = dirname(require.resolve('maplibre-gl/package.json'));

export default defineConfig([
  // The npm entry: the widgets alone, MapLibre as a peer dependency.
  definePackageBuild(
    { index: 'src/index.ts' },
    { platform: 'browser', external: ['maplibre-gl'] },
  ) as Options,
  // The embed bundle: one ES module with MapLibre, its CSS and the custom elements; MapLibre's
  // worker is copied beside it, where MapLibre looks for it (next to `import.meta.url`).
  {
    entry: { 'datacites-map': 'src/embed.ts' },
    outDir: 'dist/embed',
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    dts: false,
    clean: true,
    minify: true,
    sourcemap: false,
    splitting: false,
    noExternal: [/.*/],
    loader: { '.css': 'text' },
    outExtension: () => ({ js: '.js' }),
    onSuccess: async () => {
      mkdirSync('dist/embed', { recursive: true });
      copyFileSync(
        join(maplibreDist, 'dist/maplibre-gl-worker.mjs'),
        'dist/embed/maplibre-gl-worker.mjs',
      );
      copyFileSync(join(maplibreDist, 'LICENSE.txt'), 'dist/embed/MAPLIBRE-LICENSE.txt');
    },
  },
]);
