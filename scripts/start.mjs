#!/usr/bin/env node
/**
 * `npm start`: everything a fresh clone needs, then the app.
 *   1. install dependencies when node_modules is missing or older than package-lock.json
 *   2. create .env with a random PAYLOAD_SECRET on first start
 *   3. build (import map + next build) when the sources changed since the last build
 *   4. apply migrations and seed an empty database (scripts/seed.ts)
 *   5. next start, then print where to log in
 * Plain Node on purpose: it runs before any dependency is installed.
 *
 * Flags: --build-only (stop after step 3), --dev (next dev on data/loa-dev.db, no build).
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import { bin, ensureBuild, ensureDependencies, loadEnv, payloadCliEnv, root } from './lib/prepare.mjs'

process.chdir(root)
const args = new Set(process.argv.slice(2))
const started = Date.now()
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`
const step = (msg) => console.log(`\n▸ ${msg}  [${elapsed()}]`)

ensureDependencies()
loadEnv()

const port = Number(process.env.PORT || 3000)
const dev = args.has('--dev')
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  NODE_OPTIONS: [process.env.NODE_OPTIONS, '--no-deprecation'].filter(Boolean).join(' '),
  PORT: String(port),
  SERVER_URL: process.env.SERVER_URL || `http://localhost:${port}`,
  // A dev server pushes schema changes itself; keep it off the migrated production file.
  DATABASE_URL: process.env.DATABASE_URL || (dev ? 'file:./data/loa-dev.db' : 'file:./data/loa.db'),
}
// The database, its journal, backups and the outbox hold personal data: for the server's own user only.
process.umask(0o077)
fs.mkdirSync(path.join(root, 'data', 'outbox'), { recursive: true })
fs.chmodSync(path.join(root, 'data'), 0o700)
if (env.DATABASE_URL.startsWith('file:')) {
  const file = path.resolve(root, env.DATABASE_URL.slice('file:'.length))
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (fs.existsSync(f)) fs.chmodSync(f, 0o600)
}

if (dev) {
  const devEnv = { ...env, NODE_ENV: 'development' }
  seedDatabase(devEnv)
  serve(['dev', '-p', String(port)], devEnv)
} else {
  step('Kiểm tra bản dựng – checking the build')
  if (!ensureBuild(env)) console.log('  Bản dựng còn mới – the build is up to date')
  if (args.has('--build-only')) process.exit(0)
  const prodEnv = { ...env, NODE_ENV: 'production' }
  seedDatabase(prodEnv)
  serve(['start', '-p', String(port)], prodEnv)
}

/** Apply migrations and seed an empty database; remember the demo accounts for the banner. */
function seedDatabase(seedEnv) {
  step('Cập nhật cơ sở dữ liệu và dữ liệu mẫu – migrating and seeding the database')
  const resultFile = path.join(root, 'data', '.seed-result.json')
  fs.rmSync(resultFile, { force: true })
  const result = spawnSync(bin('payload'), ['run', 'scripts/seed.ts'], {
    env: payloadCliEnv({ ...seedEnv, LOA_SEED_RESULT_FILE: resultFile }),
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  if (result.status !== 0 || !fs.existsSync(resultFile)) {
    console.error('\n✗ Không khởi tạo được cơ sở dữ liệu – database setup failed (see above)')
    process.exit(result.status || 1)
  }
  const { seeded, accounts } = JSON.parse(fs.readFileSync(resultFile, 'utf8'))
  console.log(seeded ? '  Đã tạo dữ liệu ban đầu – seeded a new database' : '  Dùng lại dữ liệu hiện có – reusing the existing data')
  seedDatabase.accounts = accounts
}

function serve(nextArgs, serveEnv) {
  step(`Khởi động máy chủ – starting the server on port ${port}`)
  const child = spawn(bin('next'), nextArgs, { env: serveEnv, stdio: 'inherit', cwd: root })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code) => process.exit(code ?? 0))
  // The first request also initializes Payload, so the banner appears when the admin really answers.
  waitUntilUp(`http://localhost:${port}/admin/login`, () => banner(serveEnv))
}

function waitUntilUp(url, then, tries = 600) {
  const retry = () => tries > 0 && setTimeout(() => waitUntilUp(url, then, tries - 1), 500)
  http
    .get(url, (res) => {
      res.resume()
      if (res.statusCode && res.statusCode < 500) then()
      else retry()
    })
    .on('error', retry)
}

function banner(serveEnv) {
  const accounts = seedDatabase.accounts || []
  const rule = '═'.repeat(72)
  const lines = [
    '',
    rule,
    ` Loa đã sẵn sàng – Loa is up (${elapsed()})`,
    ` Trang quản trị / admin:   ${serveEnv.SERVER_URL}/admin`,
    ` Trang công khai / site:   ${serveEnv.SERVER_URL}/`,
    ` Cơ sở dữ liệu / database: ${serveEnv.DATABASE_URL.replace(/\/\/[^@/]*@/, '//***@')}`,
  ]
  if (accounts.length) {
    lines.push(` Tài khoản demo – demo accounts (mật khẩu / password: ${process.env.DEMO_PASSWORD || 'loa-demo-2026'}):`)
    for (const a of accounts) lines.push(`   ${a.email.padEnd(22)} ${a.role.padEnd(12)} ${a.organization ?? ''}`)
    lines.push(' Đây là bản dùng thử với tài khoản demo – a trial install with demo accounts.')
    lines.push(' Triển khai thật: PostgreSQL (demo tắt) hoặc LOA_DEMO=false – a real deployment runs on PostgreSQL or sets LOA_DEMO=false')
  } else {
    lines.push(' Không có tài khoản demo. Tài khoản quản trị đầu tiên – the first administrator:')
    lines.push('   LOA_ADMIN_EMAIL=… LOA_ADMIN_PASSWORD=… npm run create-admin')
  }
  lines.push(rule, '')
  console.log(lines.join('\n'))
}
