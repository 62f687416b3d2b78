import { mergeConfig } from 'vitest/config';
import { definePackageConfig } from '../../config/vitest.ts';

// MapLibre 6 finds its worker next to its own module (import.meta.url): serve it from
// node_modules as published instead of letting Vite pre-bundle it elsewhere.
export default mergeConfig(definePackageConfig({ browser: true }), {
  optimizeDeps: { exclude: ['maplibre-gl'] },
});
