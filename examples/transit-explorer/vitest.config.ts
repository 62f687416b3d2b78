import { definePackageConfig } from '../../config/vitest.ts';

// End-to-end tests drive the built example in headless Chromium from Node (playwright).
export default definePackageConfig({ testTimeout: 60_000 });
