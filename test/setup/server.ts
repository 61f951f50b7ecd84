/**
 * Global setup of the browser project: the production build served by `next start` on its own
 * port, on a fresh SQLite file migrated and seeded exactly as `npm start` does it (scripts/lib/server.mjs).
 */
import type { TestProject } from 'vitest/node'

import { startSeededServer } from '../../scripts/lib/server.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
  }
}

export default async function setup(project: TestProject) {
  const server = await startSeededServer({
    name: 'browser',
    // Small enough for the browser test to reach the public form's rate limit.
    env: { LOA_FEEDBACK_LIMIT: '2' },
  })
  project.provide('baseURL', server.base)
  return async () => {
    // LOA_SERVER_LOG=<file> keeps what the server printed, to see why a page failed.
    if (process.env.LOA_SERVER_LOG) (await import('node:fs')).writeFileSync(process.env.LOA_SERVER_LOG, server.log())
    await server.stop()
  }
}
