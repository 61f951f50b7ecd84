/**
 * One side of `npm run bench:memory` (scripts/bench-memory.mjs): BENCH_WRITES creates through the
 * Local API, each in its own transaction, on a fresh SQLite file, with the process's RSS sampled
 * every BENCH_SAMPLE writes. BENCH_MODE=libsql undoes Loa's transactionsOnOneConnection on this
 * process (libsql's own transaction(), a new native connection per transaction) as the baseline.
 * Writes its figures as JSON to BENCH_RESULT_FILE.
 */
import fs from 'node:fs'

import { getPayload } from 'payload'

import configPromise from '../payload.config'

const WRITES = Number(process.env.BENCH_WRITES || 3000)
const SAMPLE = Number(process.env.BENCH_SAMPLE || 500)
const MODE = process.env.BENCH_MODE === 'libsql' ? 'libsql' : 'loa'
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10

const payload = await getPayload({ config: configPromise })
const client = (payload.db as unknown as { client: { transaction: unknown } }).client
// Loa's override is an own property of the client; without it, libsql's class method answers.
if (MODE === 'libsql') delete (client as Record<string, unknown>).transaction

const samples: { writes: number; rssMB: number }[] = [{ writes: 0, rssMB: mb(process.memoryUsage().rss) }]
let peak = process.memoryUsage().rss
const started = performance.now()
for (let i = 1; i <= WRITES; i++) {
  await payload.create({ collection: 'topics', data: { code: `B${i}`, name: `Chủ đề đo bộ nhớ ${i}`, kind: 'policy' }, overrideAccess: true, depth: 0 })
  if (i % SAMPLE === 0) {
    const rss = process.memoryUsage().rss
    peak = Math.max(peak, rss)
    samples.push({ writes: i, rssMB: mb(rss) })
    console.log(`[${MODE}] ${i}/${WRITES} writes, RSS ${mb(rss)} MB`)
  }
}
const seconds = (performance.now() - started) / 1000
// What stays after a pause and a full garbage collection (when exposed) is what a long-running server keeps.
await new Promise((r) => setTimeout(r, 2000))
;(globalThis as { gc?: () => void }).gc?.()
const settled = process.memoryUsage().rss
fs.writeFileSync(process.env.BENCH_RESULT_FILE!, JSON.stringify({ mode: MODE, writes: WRITES, seconds, samples, peakMB: mb(peak), settledMB: mb(settled) }))
await payload.destroy()
process.exit(0)
