import { defineConformanceConfig } from '../../config/vitest.ts';

export default defineConformanceConfig();
