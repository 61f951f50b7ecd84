import path from 'node:path'

import { defineConfig } from 'vitest/config'

/**
 * Four projects: plain domain functions (unit), the Local API on a fresh database per test
 * file (integration), the built app in headless Chromium (browser), and bursts of concurrent
 * requests on the built app (load).
 */
export default defineConfig({
  // The app's import alias for the Payload config (tsconfig "paths"), so site code runs in tests.
  resolve: { alias: { '@payload-config': path.resolve(import.meta.dirname, 'payload.config.ts') } },
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
          // One file at a time: two Chromiums and the server on two cores starve each other.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'load',
          include: ['test/load/**/*.test.ts'],
          // Starts its own server (high rate limits, unlike the browser project's); alone on the machine.
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
})
