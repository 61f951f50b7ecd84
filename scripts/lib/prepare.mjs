/**
 * Steps shared by `npm start` and `npm test` that must work on a fresh clone before any
 * dependency exists: install dependencies, create and load .env. Plain Node only.
 */
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Run a command, inheriting the terminal; exit with its code if it fails. */
export function run(cmd, args, env = process.env) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env, cwd: root })
  if (result.status !== 0) {
    console.error(`\n✗ Lỗi khi chạy – failed: ${cmd} ${args.join(' ')} (${result.status ?? result.signal})`)
    process.exit(result.status || 1)
  }
}

export const bin = (name) => path.join(root, 'node_modules', '.bin', name)

/**
 * Environment for Payload's CLI (`payload run`, `migrate`, `generate:importmap`).
 * `--conditions=production` makes Node load lexical's production build directly. Its default
 * "node" entry re-exports through a top-level `await import()`, and on Node 20 that import
 * intermittently never settles: the CLI then exits 13, or 0 having done nothing, in a third to
 * two thirds of runs. With the condition, 0 failures in 24 runs (payloadcms/payload#17757).
 */
export function payloadCliEnv(env = process.env) {
  const current = (env.NODE_OPTIONS || '').split(/\s+/).filter(Boolean)
  const wanted = ['--no-deprecation', '--conditions=production'].filter((flag) => !current.includes(flag))
  return { ...env, NODE_OPTIONS: [...current, ...wanted].join(' ') }
}

/**
 * Environment for a benchmark's own Loa in `dir`: a fresh SQLite file, its own media and outbox
 * folders, no demo data, no background jobs, no SMTP (nothing leaves the machine). `extra` is added last.
 * @param {string} dir
 * @param {Record<string, string | undefined>} [extra]
 */
export function benchEnv(dir, extra = {}) {
  /** @type {Record<string, string | undefined>} */
  const env = {
    ...process.env,
    DATABASE_URL: `file:${path.join(dir, 'bench.db')}`,
    LOA_MEDIA_DIR: path.join(dir, 'media'),
    LOA_OUTBOX_DIR: path.join(dir, 'outbox'),
    LOA_DEMO: 'false',
    LOA_JOBS: 'off',
    ...extra,
  }
  delete env.SMTP_URL
  return env
}

/**
 * Install when node_modules is missing or older than package-lock.json. `npm install`, not `npm ci`:
 * our registry lacks Next's macOS/Windows binaries, so the lock cannot list them and `npm ci`
 * refuses it; `npm install` follows the lock for everything it lists. Returns true if it installed.
 */
export function ensureDependencies() {
  const lock = path.join(root, 'package-lock.json')
  const installed = path.join(root, 'node_modules', '.package-lock.json')
  if (fs.existsSync(installed) && fs.statSync(installed).mtimeMs >= fs.statSync(lock).mtimeMs) return false
  console.log('▸ Cài đặt thư viện (npm install) – installing dependencies')
  run('npm', ['install', '--no-audit', '--no-fund'])
  return true
}

/**
 * Load .env (real env vars win). On first use of the embedded SQLite default, create .env with a
 * random PAYLOAD_SECRET (zero setup). A PostgreSQL deployment is a production one: its secret is
 * set by whoever runs it, never generated here (a secret written beside one server would differ
 * on the next and sign everyone out); without one the start stops and says how to set it.
 */
export function loadEnv() {
  const envFile = path.join(root, '.env')
  const postgres = (url) => /^postgres(ql)?:\/\//.test(url ?? '')
  if (!fs.existsSync(envFile) && !postgres(process.env.DATABASE_URL)) {
    fs.writeFileSync(
      envFile,
      `# Tạo tự động lần chạy đầu – generated on first start. Keep it secret.\nPAYLOAD_SECRET=${crypto.randomBytes(32).toString('hex')}\n`,
      { mode: 0o600 },
    )
    console.log('▸ Đã tạo .env với PAYLOAD_SECRET ngẫu nhiên – created .env with a random PAYLOAD_SECRET')
  }
  if (fs.existsSync(envFile)) {
    for (const line of fs.readFileSync(envFile, 'utf8').split('\n')) {
      const m = line.match(/^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/)
      if (m && process.env[m[1]] === undefined) process.env[m[1]] = m[2].replace(/^(['"])(.*)\1$/, '$2')
    }
  }
  if (!process.env.PAYLOAD_SECRET) {
    if (postgres(process.env.DATABASE_URL)) {
      console.error(
        [
          '✗ Thiếu PAYLOAD_SECRET. Với PostgreSQL, Loa không tự tạo khóa bí mật: hãy tạo một lần và đặt cho mọi máy chủ dùng cơ sở dữ liệu này.',
          '  PAYLOAD_SECRET is missing. With PostgreSQL Loa does not generate one: create it once and give it to every server of this database:',
          '    openssl rand -hex 32',
          '  rồi đặt biến môi trường – then set it in the environment (systemd Environment=, docker -e, …)',
          '    PAYLOAD_SECRET=<64 ký tự hex – 64 hex characters>',
          '  hoặc ghi vào tệp .env cạnh package.json – or write it into .env beside package.json.',
        ].join('\n'),
      )
    } else {
      console.error('✗ PAYLOAD_SECRET trống trong .env – PAYLOAD_SECRET is empty in .env')
    }
    process.exit(1)
  }
}

/** Sizes and modification times of everything the production build depends on. */
export function sourceStamp() {
  const hash = crypto.createHash('sha256')
  const visit = (p) => {
    if (!fs.existsSync(p)) return
    const st = fs.statSync(p)
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) visit(path.join(p, name))
    } else {
      hash.update(`${path.relative(root, p)}:${st.size}:${st.mtimeMs}\n`)
    }
  }
  for (const p of ['collections', 'src', 'payload.config.ts', 'next.config.mjs', 'tsconfig.json', 'package-lock.json']) {
    visit(path.join(root, p))
  }
  return hash.digest('hex')
}

const stampFile = path.join(root, '.next', 'loa-build-stamp')

/** Whether there is a production build and it is of these very sources. */
export function buildIsCurrent() {
  return fs.existsSync(path.join(root, '.next', 'BUILD_ID')) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === sourceStamp()
}

/** Build (import map + next build) unless the last build is of these very sources. */
export function ensureBuild(env) {
  if (buildIsCurrent()) return false
  const buildEnv = { ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }
  console.log('▸ Tạo import map của trang quản trị – generating the admin import map')
  run(bin('payload'), ['generate:importmap'], payloadCliEnv(buildEnv))
  console.log('▸ Biên dịch ứng dụng (next build, vài phút) – building the app, a few minutes')
  run(bin('next'), ['build'], buildEnv)
  // Stamped after the build: it rewrites the import map and may touch tsconfig.json.
  fs.writeFileSync(stampFile, sourceStamp())
  return true
}
