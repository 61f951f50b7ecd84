#!/usr/bin/env node
/**
 * `npm run bench:pages`: how fast the public pages answer, as a ratio to a static file of the same
 * server (issue 18: the ratio is what survives a noisy machine), and what each page ships.
 *   1. fresh SQLite file seeded with the demo content; `next start` with jobs off
 *   2. per page: its Cache-Control, the bytes of HTML and of the scripts it loads (raw and gzipped)
 *   3. BENCH_ROUNDS rounds; in each, every page is measured right after the static file (one of
 *      Next's CSS files): BENCH_CONCURRENCY keep-alive connections asking as fast as they can for
 *      BENCH_MS ms each; the page's figure is the median over rounds of page req/s ÷ static req/s.
 * Options (env): BENCH_ROUNDS (5), BENCH_CONCURRENCY (16), BENCH_MS (1500).
 */
import http from 'node:http'
import { performance } from 'node:perf_hooks'
import zlib from 'node:zlib'

import { ensureBuild, ensureDependencies, loadEnv } from './lib/prepare.mjs'
import { startSeededServer } from './lib/server.mjs'

ensureDependencies()
loadEnv()
ensureBuild({ ...process.env, NODE_ENV: 'production' })

const rounds = Number(process.env.BENCH_ROUNDS || 5)
const concurrency = Number(process.env.BENCH_CONCURRENCY || 16)
const windowMs = Number(process.env.BENCH_MS || 1500)

console.log('▸ Tạo CSDL mới, khởi động máy chủ – seeding a fresh database, next start')
const server = await startSeededServer({ name: 'bench-pages', env: { LOA_JOBS: 'off' } })
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency })

/** One GET; resolves with its status and body (never rejects: a failure is status 0). */
function get(path) {
  return new Promise((resolve) => {
    const req = http.get(new URL(path, server.base), { agent }, (res) => {
      const chunks = []
      res.on('data', (c) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      res.on('error', () => resolve({ status: 0, headers: {}, body: Buffer.alloc(0) }))
    })
    req.on('error', () => resolve({ status: 0, headers: {}, body: Buffer.alloc(0) }))
  })
}

/** Requests per second over `windowMs` with `concurrency` loops; every answer must be 200. */
async function rate(path) {
  const end = performance.now() + windowMs
  let done = 0
  let failed = 0
  const loop = async () => {
    while (performance.now() < end) {
      const res = await get(path)
      if (res.status === 200) done++
      else failed++
    }
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: concurrency }, loop))
  if (failed) throw new Error(`${path}: ${failed} answers were not 200`)
  return (done * 1000) / (performance.now() - started)
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const kb = (n) => `${(n / 1024).toFixed(1)} KB`

let failed = false
try {
  const firstId = async (collection) => {
    const res = await get(`/api/${collection}?limit=1&depth=0`)
    return JSON.parse(res.body.toString()).docs[0]?.id
  }
  const pages = [
    '/',
    '/?nhom=4',
    '/hoi-dap',
    '/su-kien',
    `/tai-lieu/${await firstId('materials')}`,
    `/thong-diep/${await firstId('messages')}`,
    `/hoi-dap/${await firstId('questions')}`,
    '/gop-y',
  ]
  const home = (await get('/')).body.toString()
  const css = /href="(\/_next\/static\/[^"]+\.css)"/.exec(home)?.[1]
  if (!css) throw new Error('no static CSS file found on /')

  console.log('▸ Trang và dung lượng – pages and what they ship')
  const shipped = []
  for (const path of pages) {
    const res = await get(path)
    const html = res.body.toString()
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1])
    let js = 0
    let jsGzip = 0
    for (const src of scripts) {
      const body = (await get(src)).body
      js += body.length
      jsGzip += zlib.gzipSync(body).length
    }
    const inline = (html.match(/<script(?![^>]*\ssrc=)[^>]*>/g) ?? []).length
    shipped.push({
      page: path,
      status: res.status,
      'Cache-Control': res.headers['cache-control'],
      HTML: kb(res.body.length),
      'JS files': scripts.length,
      'JS (gzip)': `${kb(js)} (${kb(jsGzip)})`,
      'inline scripts': inline,
    })
  }
  console.table(shipped)

  console.log(`▸ ${rounds} vòng đo – ${rounds} rounds: ${concurrency} connections, ${windowMs} ms per page, static file ${css}`)
  for (const path of pages) await rate(path) // warm every page once
  const ratios = Object.fromEntries(pages.map((p) => [p, []]))
  const rates = Object.fromEntries(pages.map((p) => [p, []]))
  const statics = []
  for (let r = 0; r < rounds; r++) {
    for (const path of pages) {
      const s = await rate(css)
      const p = await rate(path)
      statics.push(s)
      rates[path].push(p)
      ratios[path].push(p / s)
    }
  }
  console.log(`\nbench:pages — SQLite, next start on loopback; static file: median ${median(statics).toFixed(0)} req/s`)
  console.table(
    pages.map((path) => ({
      page: path,
      'req/s (median)': Number(median(rates[path]).toFixed(0)),
      '÷ static (median)': Number(median(ratios[path]).toFixed(3)),
      '÷ static (min–max)': `${Math.min(...ratios[path]).toFixed(3)}–${Math.max(...ratios[path]).toFixed(3)}`,
    })),
  )
  console.log('each round measures the static file right before each page; /gop-y (rendered per request, with its form) for comparison')
} catch (error) {
  console.error(server.log().slice(-3000))
  console.error(`✗ ${error.message}`)
  failed = true
} finally {
  agent.destroy()
  await server.stop()
}
process.exit(failed ? 1 : 0)
