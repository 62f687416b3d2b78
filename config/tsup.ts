// Shared tsup setup: ESM with bundled .d.ts, one entry per public subpath.
import { defineConfig } from 'tsup';

/** Options of {@link definePackageBuild}. */
export interface PackageBuildOptions {
  /** esbuild platform. Default `neutral` (Node and browsers). */
  platform?: 'neutral' | 'node' | 'browser';
  /** Modules left as imports. Dependencies and peer dependencies are external already. */
  external?: string[];
}

/** @param entry public entry points, e.g. `{ index: 'src/index.ts' }` */
export function definePackageBuild(
  entry: Record<string, string>,
  options: PackageBuildOptions = {},
) {
  return defineConfig({
    entry,
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    splitting: true,
    target: 'es2022',
    platform: options.platform ?? 'neutral',
    external: options.external ?? [],
  });
}
