import { definePackageConfig } from '../../config/vitest.ts';

export default definePackageConfig({ browser: true });
