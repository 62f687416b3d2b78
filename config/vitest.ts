// Shared Vitest setup for every package: a Node project for `*.test.ts`, and a browser project
// (real headless Chromium through Playwright) for `*.browser.test.ts`.
import { playwright } from '@vitest/browser-playwright';
import {
  defineConfig,
  type TestProjectInlineConfiguration,
  type ViteUserConfig,
} from 'vitest/config';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.mjs';

/** Resolve workspace packages to their TypeScript sources, so tests need no prior build. */
const SOURCE_CONDITIONS = ['@datacites/source'];

/** Options of {@link definePackageConfig}. */
export interface PackageTestOptions {
  /** Run `*.browser.test.ts` in headless Chromium. Default false. */
  browser?: boolean;
  /** Run `*.test.ts` in Node. Default true. */
  node?: boolean;
  /** Per-test timeout in ms. Default 20 000. */
  testTimeout?: number;
}

export function definePackageConfig(options: PackageTestOptions = {}): ViteUserConfig {
  const { browser = false, node = true, testTimeout = 20_000 } = options;
  const projects: TestProjectInlineConfiguration[] = [];
  if (node) {
    projects.push({
      extends: true,
      test: {
        name: 'node',
        environment: 'node',
        include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
        exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
      },
    });
  }
  if (browser) {
    projects.push({
      extends: true,
      test: {
        name: 'browser',
        // A cold start (Vite's dependency optimisation, SwiftShader WebGL) is slow on 2 cores.
        testTimeout: Math.max(testTimeout, 60_000),
        hookTimeout: 60_000,
        include: ['src/**/*.browser.test.ts', 'test/**/*.browser.test.ts'],
        browser: {
          enabled: true,
          headless: true,
          screenshotFailures: true,
          provider: playwright({
            launchOptions: { executablePath: ensureChromium(), args: CHROMIUM_ARGS },
          }),
          instances: [{ browser: 'chromium' }],
        },
      },
    });
  }
  return defineConfig({
    resolve: { conditions: SOURCE_CONDITIONS },
    ssr: { resolve: { conditions: SOURCE_CONDITIONS } },
    test: {
      testTimeout,
      projects,
      reporters: ['default', 'json'],
      outputFile: { json: '.vitest-report/results.json' },
    },
  });
}

/**
 * Where the real datasets shared beside the repository live (`../shared/data` from the root).
 * Read only by conformance runs and benchmarks, never by `pnpm test`.
 */
export const SHARED_DATA_DIR =
  process.env.DATACITES_SHARED_DATA ?? new URL('../../shared/data', import.meta.url).pathname;

/**
 * Vitest config of a package's conformance run (`pnpm conformance`): `conformance/**\/*.test.ts`
 * in Node, over the real files of {@link SHARED_DATA_DIR}, reported to
 * `.vitest-report/conformance.json`. Tests read the folder from `process.env.DATACITES_SHARED_DATA`.
 */
export function defineConformanceConfig(options: { testTimeout?: number } = {}): ViteUserConfig {
  return defineConfig({
    resolve: { conditions: SOURCE_CONDITIONS },
    ssr: { resolve: { conditions: SOURCE_CONDITIONS } },
    test: {
      name: 'conformance',
      environment: 'node',
      include: ['conformance/**/*.test.ts'],
      testTimeout: options.testTimeout ?? 120_000,
      env: { DATACITES_SHARED_DATA: SHARED_DATA_DIR },
      reporters: ['default', 'json'],
      outputFile: { json: '.vitest-report/conformance.json' },
    },
  });
}
