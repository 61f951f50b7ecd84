/**
 * Production (`npm start`) builds SQL schemas from the committed migrations, not from the
 * collections. This proves the migrations apply to an empty database and match the collections:
 * a schema change without `npm run migrate:create` fails here, not in production.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { payloadCliEnv } from '../../scripts/lib/prepare.mjs'
import { databaseKind } from '../../src/db'

const root = path.resolve(__dirname, '../..')
const kind = databaseKind(process.env.DATABASE_URL!)

/** Payload's CLI in a child process (asynchronously: a blocked worker would look dead to vitest). */
function payloadCli(args: string[], env: Record<string, string>): Promise<{ status: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      path.join(root, 'node_modules/.bin/payload'),
      args,
      {
        cwd: root,
        env: payloadCliEnv({ ...process.env, NODE_ENV: 'development', DISABLE_LOGGING: 'false', NO_COLOR: '1', ...env }),
        timeout: 180_000,
      },
      (error, stdout, stderr) =>
        resolve({
          status: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
          // Stack frames of tsx-compiled files carry data: URLs that vitest's reporter chokes on.
          output: (stdout + stderr)
            .replace(/data:text\/javascript,\S+/g, '<compiled>')
            .replace(/\u001b\[[0-9;]*m/g, '')
            .slice(-3000),
        }),
    )
  })
}

describe.runIf(kind !== 'mongodb')(`migrations (${kind})`, () => {
  it('apply to an empty database and match the collections', async () => {
    // Inside the project, so the migration files resolve the adapters from node_modules.
    const cache = path.join(root, 'node_modules', '.cache')
    fs.mkdirSync(cache, { recursive: true })
    const scratch = fs.mkdtempSync(path.join(cache, 'loa-migrations-'))
    fs.cpSync(path.join(root, 'src/migrations'), scratch, { recursive: true })
    const env = { LOA_MIGRATIONS_DIR: scratch }

    const migrate = await payloadCli(['migrate'], env)
    // The exit status is the signal: Payload's CLI exits before its piped log is always flushed.
    expect(migrate.status, migrate.output).toBe(0)
    // Evidence that they ran: the status table goes through console.log, which is flushed.
    const status = await payloadCli(['migrate:status'], env)
    const files = fs.readdirSync(path.join(scratch, kind)).filter((f) => /^\d.*\.ts$/.test(f))
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) {
      expect(status.output, status.output).toMatch(new RegExp(`${file.replace(/\.ts$/, '')}\\s*│\\s*1\\s*│\\s*Yes`))
    }

    const before = fs.readdirSync(path.join(scratch, kind))
    const create = await payloadCli(['migrate:create', 'drift', '--skip-empty'], env)
    expect(create.status, create.output).toBe(0)
    const added = fs.readdirSync(path.join(scratch, kind)).filter((f) => !before.includes(f))
    expect(added, 'the collections changed without a migration: run `npm run migrate:create -- <name>`').toEqual([])
    fs.rmSync(scratch, { recursive: true, force: true })
  }, 400_000)
})
