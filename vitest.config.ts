import { defineConfig } from 'vitest/config';

// One run covers every layer: unit tests per package, the API over HTTP, the built app in Chromium.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'data', root: 'data', include: ['test/**/*.test.ts'] } },
      { test: { name: 'server', root: 'server', include: ['test/**/*.test.{ts,tsx}'] } },
      { test: { name: 'charts', root: 'web/charts', include: ['test/**/*.test.{ts,tsx}'] } },
      { test: { name: 'i18n', root: 'web/i18n', include: ['test/**/*.test.ts'] } },
      'web/vitest.config.ts',
      {
        test: {
          name: 'api',
          root: 'tests',
          include: ['api/**/*.test.ts'],
          globalSetup: ['support/server-setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        // nginx from deploy/ in front of two instances, under load: after the others, alone,
        // so that neither slows the other down.
        test: {
          name: 'deploy',
          root: 'tests',
          include: ['deploy/**/*.test.ts'],
          sequence: { groupOrder: 1 },
          testTimeout: 90_000,
        },
      },
      {
        test: {
          name: 'e2e',
          root: 'tests',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['support/server-setup.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
