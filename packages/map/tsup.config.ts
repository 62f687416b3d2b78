import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import { definePackageBuild } from '../../config/tsup.ts';

const require = createRequire(import.meta.url);
const maplibreDist = dirname(require.resolve('maplibre-gl/package.json'));

/**
 * The embed bundle: one ES module with MapLibre, its CSS and the custom elements; MapLibre's
 * worker is copied beside it, where MapLibre looks for it (next to `import.meta.url`). Also used
 * by `test/embed.test.ts` to build into a temporary folder.
 */
export function embedBuildOptions(outDir: string): Options {
  return {
    entry: { 'datacites-map': new URL('./src/embed.ts', import.meta.url).pathname },
    outDir,
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
    // Workspace dependencies (geo, air) are bundled from their TypeScript sources, so the embed
    // bundle builds without building them first; a published dependency resolves to its dist.
    esbuildOptions(options) {
      options.conditions = ['@datacites/source'];
    },
    outExtension: () => ({ js: '.js' }),
    onSuccess: async () => {
      mkdirSync(outDir, { recursive: true });
      copyFileSync(
        join(maplibreDist, 'dist/maplibre-gl-worker.mjs'),
        join(outDir, 'maplibre-gl-worker.mjs'),
      );
      copyFileSync(join(maplibreDist, 'LICENSE.txt'), join(outDir, 'MAPLIBRE-LICENSE.txt'));
    },
  };
}

export default defineConfig([
  // The npm entry: the widgets alone, MapLibre as a peer dependency.
  definePackageBuild(
    { index: 'src/index.ts' },
    { platform: 'browser', external: ['maplibre-gl'] },
  ) as Options,
  embedBuildOptions('dist/embed'),
]);
