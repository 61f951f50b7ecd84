/**
 * Global setup of the browser project: the production build served by `next start` on its own
 * port, on a fresh SQLite file migrated and seeded exactly as `npm start` does it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { payloadCliEnv } from '../../scripts/lib/prepare.mjs'

const root = path.resolve(__dirname, '../..')
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
  }
}

async function waitFor(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url)
      if (res.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`server at ${url} did not answer within ${timeoutMs / 1000} s`)
}

/** A port nobody listens on now, chosen by the OS. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

export default async function setup(project: TestProject) {
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    throw new Error('No production build: run `npm test` (it builds) or `npm run build` first.')
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-browser-'))
  const port = await freePort()
  const env = {
    ...process.env,
    NODE_ENV: 'production' as const,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_OPTIONS: '--no-deprecation',
    PAYLOAD_SECRET: 'browser-test-secret',
    DATABASE_URL: `file:${path.join(dir, 'browser.db')}`,
    LOA_OUTBOX_DIR: path.join(dir, 'outbox'),
    SERVER_URL: `http://localhost:${port}`,
    PORT: String(port),
    LOA_DEMO: 'true',
    // Small enough for the browser test to reach the public form's rate limit.
    LOA_FEEDBACK_LIMIT: '2',
  }
  delete (env as Record<string, string | undefined>).SMTP_URL
  const resultFile = path.join(dir, 'seed-result.json')
  const seeded = spawnSync(bin('payload'), ['run', 'scripts/seed.ts'], {
    cwd: root,
    env: payloadCliEnv({ ...env, LOA_SEED_RESULT_FILE: resultFile }),
    encoding: 'utf8',
  })
  // The result file is the evidence: a CLI that exits 0 without it did not seed.
  if (seeded.status !== 0 || !fs.existsSync(resultFile)) {
    throw new Error(`seeding the browser database failed (${seeded.status}):\n${seeded.stdout}\n${seeded.stderr}`)
  }

  const server: ChildProcess = spawn(bin('next'), ['start', '-p', String(port)], { cwd: root, env, stdio: 'pipe' })
  let log = ''
  server.stdout?.on('data', (d) => (log += d))
  server.stderr?.on('data', (d) => (log += d))
  let exited = false
  server.on('exit', () => (exited = true))
  try {
    await waitFor(`http://localhost:${port}/admin/login`, 90_000)
    // Make sure the server answering is this one, on the database seeded above.
    const login = await fetch(`http://localhost:${port}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@demo.loa', password: 'loa-demo-2026' }),
    })
    if (exited || login.status !== 200) {
      throw new Error(`the server on port ${port} is not the seeded one (login → ${login.status}, exited: ${exited})`)
    }
  } catch (error) {
    server.kill('SIGKILL')
    throw new Error(`${(error as Error).message}\nseed output:\n${seeded.stdout}\nserver log:\n${log}`)
  }
  project.provide('baseURL', `http://localhost:${port}`)

  return () => {
    server.kill('SIGTERM')
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
