/**
 * On PostgreSQL, rate limits are shared by every app process (src/lib/rateLimit.ts): two
 * limiters on two connection pools to the same database — two app servers — spend one budget.
 * SQLite runs a single app process, whose budgets stay in memory: nothing to share there.
 */
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databaseKind } from '../../src/db'
import { keyedLimiter } from '../../src/lib/rateLimit'
import { emptyPayload } from '../helpers'

const onPostgres = databaseKind(process.env.DATABASE_URL!) === 'postgres'

describe.skipIf(!onPostgres)('rate limits shared through PostgreSQL (skipped on SQLite: one process, budgets in memory)', () => {
  let payload: Payload
  let otherServer: pg.Pool

  beforeAll(async () => {
    payload = await emptyPayload()
    // The second app server's own pool.
    otherServer = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 })
  })
  afterAll(async () => {
    await otherServer?.end()
  })

  it('two app servers share one budget per client', async () => {
    const limit = { points: 5, duration: 60 }
    // This process's limiter on the adapter's own pool (registered by the config's onInit), the other on its pool.
    const here = keyedLimiter(limit, 'test-search')
    const there = keyedLimiter(limit, 'test-search', otherServer)
    const answers = []
    for (let i = 0; i < 6; i++) answers.push(await (i % 2 ? there : here)('203.0.113.7'))
    expect(answers.slice(0, 5)).toEqual([null, null, null, null, null])
    expect(answers[5], 'the sixth search, on either server, waits').toBeGreaterThan(0)
    expect(await here('203.0.113.7')).toBeGreaterThan(0)
    // Another client keeps its own budget; another limiter its own too.
    expect(await there('198.51.100.2')).toBeNull()
    expect(await keyedLimiter(limit, 'test-other', otherServer)('203.0.113.7')).toBeNull()

    const { rows } = await otherServer.query(`SELECT count(*)::int AS n FROM loa_rate_limits WHERE key LIKE 'test-search%'`)
    expect(rows[0].n, 'the budgets are in the database').toBe(2)
  })
})
