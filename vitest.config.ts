import { defineConfig } from 'vitest/config'

/**
 * Three projects: plain domain functions (unit), the Local API on a fresh database per test
 * file (integration), and the built app in headless Chromium (browser).
 */
export default defineConfig({
  test: {
    environment: 'node',
    // Two cores: one Payload instance per worker keeps memory and CPU in check.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          setupFiles: ['test/setup/database.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/setup/server.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
