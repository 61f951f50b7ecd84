#!/usr/bin/env node
/**
 * `npm run bench:memory`: the memory a long-running embedded server keeps per write. BENCH_WRITES
 * creates (each its own transaction) through the Local API on a fresh SQLite file, RSS sampled as
 * they go, in two processes that take turns: Loa as it runs (transactions on one connection of
 * their own, src/db.ts) and the baseline, libsql's own transactions (a new native connection each,
 * never closed). Prints RSS growth per 1,000 writes, peak and settled RSS for each, and the ratio.
 * Options (env): BENCH_WRITES (3000), BENCH_SAMPLE (500), BENCH_ROUNDS (1).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { benchEnv, bin, ensureDependencies, loadEnv, payloadCliEnv, root } from './lib/prepare.mjs'

ensureDependencies()
loadEnv()
const writes = process.env.BENCH_WRITES || '3000'
const rounds = Number(process.env.BENCH_ROUNDS || 1)
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-bench-memory-'))
const results = { loa: [], libsql: [] }
try {
  for (let round = 0; round < rounds; round++) {
    for (const mode of round % 2 ? ['libsql', 'loa'] : ['loa', 'libsql']) {
      const side = path.join(dir, `${mode}-${round}`)
      fs.mkdirSync(side)
      const resultFile = path.join(side, 'result.json')
      const env = benchEnv(side, {
        NODE_ENV: 'development', // schema pushed, as in the tests
        NODE_OPTIONS: '--no-deprecation --expose-gc',
        BENCH_MODE: mode,
        BENCH_WRITES: writes,
        BENCH_RESULT_FILE: resultFile,
      })
      const run = spawnSync(bin('payload'), ['run', 'scripts/bench-memory.ts'], { cwd: root, env: payloadCliEnv(env), stdio: 'inherit' })
      if (run.status !== 0 || !fs.existsSync(resultFile)) throw new Error(`${mode}: scripts/bench-memory.ts failed (${run.status ?? run.signal})`)
      results[mode].push(JSON.parse(fs.readFileSync(resultFile, 'utf8')))
    }
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true })
}

/** RSS growth per 1,000 writes, from the first sample after start-up to the last. */
const perThousand = (r) => {
  const first = r.samples[1] ?? r.samples[0]
  const last = r.samples.at(-1)
  return ((last.rssMB - first.rssMB) * 1000) / Math.max(1, last.writes - first.writes)
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const row = (mode) => {
  const rs = results[mode]
  return { growth: median(rs.map(perThousand)), peak: Math.max(...rs.map((r) => r.peakMB)), settled: median(rs.map((r) => r.settledMB)), rate: median(rs.map((r) => r.writes / r.seconds)) }
}
const loa = row('loa')
const base = row('libsql')
const f = (n) => n.toFixed(1)
console.log(`\nbench:memory — ${writes} writes per process, ${rounds} round(s), ${os.cpus().length} cores, ${new Date().toISOString().slice(0, 10)}`)
console.log('baseline: libsql’s own transactions (a new native connection per transaction), same process, same writes')
console.log(`            RSS growth per 1,000 writes   peak RSS   settled RSS   writes/s`)
console.log(`Loa         ${f(loa.growth).padStart(8)} MB ${f(loa.peak).padStart(19)} MB ${f(loa.settled).padStart(9)} MB ${f(loa.rate).padStart(10)}`)
console.log(`libsql      ${f(base.growth).padStart(8)} MB ${f(base.peak).padStart(19)} MB ${f(base.settled).padStart(9)} MB ${f(base.rate).padStart(10)}`)
console.log(`ratio (Loa / baseline): growth ${(loa.growth / base.growth).toFixed(2)}×, peak ${(loa.peak / base.peak).toFixed(2)}×, writes/s ${(loa.rate / base.rate).toFixed(2)}×`)
