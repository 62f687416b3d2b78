import { defaultClientConditions, defineConfig } from 'vite';

// Workspace packages are compiled from their TypeScript sources (the `@datacites/source` export
// condition), so the example needs no prior build of the packages. A copy of this example outside
// the workspace uses the published packages instead: delete the `resolve` entry.
export default defineConfig({
  resolve: { conditions: ['@datacites/source', ...defaultClientConditions] },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  // The catchment worker (src/catchment-worker.ts) is started with `{ type: 'module' }`: built as
  // an ES module too, next to the page's files (relative URL, so it works under `--base ./`).
  worker: { format: 'es' },
});
