import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM_PATH);
const postgresUrl = process.env.TEST_DATABASE_URL;

if (!hasChromium) {
  const message = `Browser suite SKIPPED: no Chromium at ${CHROMIUM_PATH} (install it with: apt-get install -y chromium).`;
  if (process.env.FALTLOGG_REQUIRE_BROWSER === '1') throw new Error(message);
  console.warn(`\n${message}\n`);
}
if (!postgresUrl)
  console.warn('PostgreSQL suite skipped: set TEST_DATABASE_URL=postgres://… to run it too.\n');

const serverTests = ['src/**/*.test.ts'];

// Vite's `root` (src/web) would leak into tests; every project names its own root and files.
export default defineConfig({
  test: {
    root: '.',
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: '.vitest-tmp/results.json' }]]
      : ['default'],
    projects: [
      {
        test: {
          name: 'pglite',
          root: '.',
          include: serverTests,
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          env: { FALTLOGG_TEST_DB: 'pglite' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      ...(postgresUrl
        ? [
            {
              test: {
                name: 'postgres',
                root: '.',
                include: serverTests,
                environment: 'node' as const,
                globalSetup: ['test/support/global-setup.ts'],
                env: { FALTLOGG_TEST_DB: 'postgres', TEST_DATABASE_URL: postgresUrl },
                testTimeout: 30_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
      ...(hasChromium
        ? [
            {
              test: {
                name: 'e2e',
                root: '.',
                include: ['test/e2e/**/*.e2e.test.ts'],
                environment: 'node' as const,
                globalSetup: ['test/e2e/start-app.ts'],
                env: { CHROMIUM_PATH },
                fileParallelism: false,
                testTimeout: 60_000,
                hookTimeout: 180_000,
              },
            },
          ]
        : []),
    ],
  },
});
