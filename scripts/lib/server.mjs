/**
 * The production build served by `next start` on loopback, on a fresh SQLite file migrated and seeded
 * exactly as `npm start` does it. Shared by the browser tests' global setup, the load test and
 * `npm run bench:load`. Plain Node: the benchmark scripts run without a TypeScript loader.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { bin, payloadCliEnv, root } from './prepare.mjs'

/** A port nobody listens on now, chosen by the OS. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (probe.address())
      probe.close(() => resolve(port))
    })
  })
}

/** Resolves once `url` answers below 500 (or `ok(res)` holds); throws after `timeoutMs`. */
export async function waitFor(url, timeoutMs, ok = (/** @type {Response} */ res) => res.status < 500) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      if (ok(await fetch(url))) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`server at ${url} did not answer within ${timeoutMs / 1000} s`)
}

export const hasBuild = () => fs.existsSync(path.join(root, '.next', 'BUILD_ID'))

/**
 * @typedef {object} SeededServer
 * @property {string} base       http://localhost:<port>
 * @property {string} dir        the temp folder holding the database and the outbox
 * @property {() => string} log  what the server printed so far
 * @property {(env?: Record<string, string>) => Promise<void>} restart  same database, new process with `env` instead of the
 *   first one's (in-memory rate limits start afresh)
 * @property {() => Promise<void>} stop  stops the server and deletes the folder
 */

/**
 * Seeds a fresh SQLite file in a temp folder (demo accounts on) and serves the production build on a
 * free port. `env` adds to or overrides the server's environment (e.g. rate limits). Resolves once the
 * demo admin can log in, which proves the server answering is this one, on this database.
 * @param {{ name: string, env?: Record<string, string> }} options
 * @returns {Promise<SeededServer>}
 */
export async function startSeededServer({ name, env: extra = {} }) {
  if (!hasBuild()) throw new Error('No production build: run `npm test` (it builds) or `npm run build` first.')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `loa-${name}-`))
  const port = await freePort()
  const base = `http://localhost:${port}`
  /** @type {Record<string, string | undefined>} */
  const common = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_OPTIONS: '--no-deprecation',
    // At least 32 characters: the production build refuses a shorter one (src/lib/payloadSecret.ts).
    PAYLOAD_SECRET: `${name}-test-secret-not-for-production-use`,
    DATABASE_URL: `file:${path.join(dir, `${name}.db`)}`,
    LOA_MEDIA_DIR: path.join(dir, 'media'),
    LOA_OUTBOX_DIR: path.join(dir, 'outbox'),
    SERVER_URL: base,
    PORT: String(port),
    LOA_DEMO: 'true',
  }
  delete common.SMTP_URL
  const env = { ...common, ...extra }
  const resultFile = path.join(dir, 'seed-result.json')
  const seeded = spawnSync(bin('payload'), ['run', 'scripts/seed.ts'], {
    cwd: root,
    env: payloadCliEnv({ ...env, LOA_SEED_RESULT_FILE: resultFile }),
    encoding: 'utf8',
  })
  // The result file is the evidence: a CLI that exits 0 without it did not seed.
  if (seeded.status !== 0 || !fs.existsSync(resultFile)) {
    fs.rmSync(dir, { recursive: true, force: true })
    throw new Error(`seeding the ${name} database failed (${seeded.status}):\n${seeded.stdout}\n${seeded.stderr}`)
  }

  let log = ''
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let server
  const launch = async (/** @type {Record<string, string | undefined>} */ serverEnv) => {
    const child = spawn(bin('next'), ['start', '-p', String(port)], { cwd: root, env: serverEnv, stdio: 'pipe' })
    server = child
    let exited = false
    child.stdout?.on('data', (d) => (log += d))
    child.stderr?.on('data', (d) => (log += d))
    child.on('exit', () => (exited = true))
    try {
      await waitFor(`${base}/admin/login`, 90_000)
      const login = await fetch(`${base}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@demo.loa', password: env.DEMO_PASSWORD || 'loa-demo-2026' }),
      })
      if (exited || login.status !== 200) {
        throw new Error(`the server on port ${port} is not the seeded one (login → ${login.status}, exited: ${exited})`)
      }
    } catch (error) {
      child.kill('SIGKILL')
      throw new Error(`${/** @type {Error} */ (error).message}\nseed output:\n${seeded.stdout}\nserver log:\n${log}`)
    }
  }
  const halt = async () => {
    const child = server
    server = undefined
    if (!child || child.exitCode !== null || child.signalCode !== null) return
    const gone = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    // A server that ignores SIGTERM for 10 s is killed: the port and the database must be free after.
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
    await gone
    clearTimeout(timer)
  }

  try {
    await launch(env)
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true })
    throw error
  }
  return {
    base,
    dir,
    log: () => log,
    restart: async (more = {}) => {
      await halt()
      await launch({ ...common, ...more })
    },
    stop: async () => {
      await halt()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
