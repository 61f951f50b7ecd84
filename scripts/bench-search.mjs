#!/usr/bin/env node
/**
 * `npm run bench:search`: public Q&A search against Payload's plain REST `like` filter, on 10,000
 * Q&A items in a separate database, over loopback, in one run (the machines are noisy: compare the
 * ratio, not the absolute figures).
 *   1. fresh SQLite file in a temp folder; reference data + 10,000 approved Q&A (scripts/bench-seed.ts)
 *   2. the production build served by `next start`
 *   3. correctness: both searches must return the known set of items for the query
 *   4. load: autocannon, the same connections and duration for each target; p50, p99, requests/s
 * Options (env): BENCH_QUESTIONS (10000), BENCH_SECONDS (10), BENCH_CONNECTIONS (10).
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

import { benchEnv, bin, ensureBuild, ensureDependencies, loadEnv, payloadCliEnv, root } from './lib/prepare.mjs'
import { freePort, waitFor } from './lib/server.mjs'

ensureDependencies()
loadEnv()
const seconds = Number(process.env.BENCH_SECONDS || 10)
const connections = Number(process.env.BENCH_CONNECTIONS || 10)
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-bench-'))
const port = await freePort()
const base = `http://127.0.0.1:${port}`
const env = benchEnv(dir, {
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  // The benchmark is one client on purpose: lift the public search's per-client limit.
  LOA_SEARCH_LIMIT: '100000000',
  PORT: String(port),
  SERVER_URL: base,
  BENCH_QUESTIONS: process.env.BENCH_QUESTIONS || '10000',
})

ensureBuild(env)
console.log(`▸ Tạo ${env.BENCH_QUESTIONS} câu hỏi trong CSDL riêng – seeding ${dir}`)
const resultFile = path.join(dir, 'seed.json')
const seeded = spawnSync(bin('payload'), ['run', 'scripts/bench-seed.ts'], {
  cwd: root,
  env: payloadCliEnv({ ...env, LOA_SEED_RESULT_FILE: resultFile }),
  stdio: 'inherit',
})
if (seeded.status !== 0 || !fs.existsSync(resultFile)) fail('seeding the benchmark database failed')
const { questions, withPhrase } = JSON.parse(fs.readFileSync(resultFile, 'utf8'))

console.log(`▸ Khởi động máy chủ – next start on ${base}`)
const server = spawn(bin('next'), ['start', '-p', String(port)], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
let log = ''
server.stdout.on('data', (d) => (log += d))
server.stderr.on('data', (d) => (log += d))
process.on('exit', () => server.kill('SIGTERM'))

const accented = 'bảo hiểm xã hội tự nguyện'
const plain = 'bao hiem xa hoi tu nguyen'
const targets = {
  'Loa search, no accents': `/api/questions/search?q=${encodeURIComponent(plain)}&limit=20`,
  'Loa search, accents': `/api/questions/search?q=${encodeURIComponent(accented)}&limit=20`,
  'REST find, like, accents': `/api/questions?where[question][like]=${encodeURIComponent(accented)}&limit=20&depth=0`,
}
try {
  await waitFor(`${base}${targets['Loa search, no accents']}`, 120_000, (res) => res.ok)

  // Correctness first: a fast wrong answer is no answer.
  for (const name of ['Loa search, no accents', 'Loa search, accents']) {
    const body = await (await fetch(base + targets[name])).json()
    check(body.total === withPhrase, `${name}: ${body.total} found, ${withPhrase} expected`)
    check(body.results.length === Math.min(20, withPhrase) && body.results.every((r) => r.question.includes(accented)), `${name}: results must all contain the phrase`)
  }
  const rest = await (await fetch(base + targets['REST find, like, accents'])).json()
  check(rest.totalDocs === withPhrase, `REST like: ${rest.totalDocs} found, ${withPhrase} expected`)
  const restPlain = await (await fetch(`${base}/api/questions?where[question][like]=${encodeURIComponent(plain)}&limit=1&depth=0`)).json()
  console.log(`  Đúng: cả hai tìm thấy ${withPhrase}/${questions} câu; REST "like" không dấu tìm thấy ${restPlain.totalDocs} (tìm kiếm của Loa: ${withPhrase}).`)

  const results = {}
  for (const [name, url] of Object.entries(targets)) {
    await autocannon({ url: base + url, connections: 2, duration: 2 }) // warm-up
    const r = await autocannon({ url: base + url, connections, duration: seconds })
    check(r.non2xx === 0 && r.errors === 0, `${name}: ${r.non2xx} non-2xx responses, ${r.errors} errors`)
    results[name] = { p50: r.latency.p50, p99: r.latency.p99, rps: r.requests.average, total: r.requests.total }
  }
  console.log(`\nbench:search — ${questions} Q&A items, SQLite, ${connections} connections × ${seconds} s each, loopback`)
  console.table(
    Object.fromEntries(
      Object.entries(results).map(([k, v]) => [k, { 'p50 ms': v.p50, 'p99 ms': v.p99, 'req/s': Math.round(v.rps), requests: v.total }]),
    ),
  )
  const ours = results['Loa search, no accents']
  const ref = results['REST find, like, accents']
  console.log(
    `ratio (Loa search ÷ REST like): throughput ${(ours.rps / ref.rps).toFixed(2)}×, p50 ${(ours.p50 / ref.p50).toFixed(2)}×, p99 ${(ours.p99 / ref.p99).toFixed(2)}×`,
  )
} catch (error) {
  console.error(log.slice(-3000))
  fail(error.message)
} finally {
  server.kill('SIGTERM')
  fs.rmSync(dir, { recursive: true, force: true })
}

function check(ok, message) {
  if (!ok) throw new Error(message)
}

function fail(message) {
  console.error(`✗ ${message}`)
  process.exit(1)
}

