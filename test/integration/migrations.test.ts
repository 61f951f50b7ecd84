/**
 * Production (`npm start`) builds SQL schemas from the committed migrations, not from the
 * collections. This proves the migrations apply to an empty database and match the collections:
 * a schema change without `npm run migrate:create` fails here, not in production.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { databaseKind } from '../../src/db'

const root = path.resolve(__dirname, '../..')
const kind = databaseKind(process.env.DATABASE_URL!)

function payloadCli(args: string[], env: Record<string, string>) {
  return spawnSync(path.join(root, 'node_modules/.bin/payload'), args, {
    cwd: root,
    env: { ...process.env, NODE_OPTIONS: '--no-deprecation', NODE_ENV: 'development', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  })
}

describe.runIf(kind !== 'mongodb')(`migrations (${kind})`, () => {
  it('apply to an empty database and match the collections', () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-migrations-'))
    fs.cpSync(path.join(root, 'src/migrations'), scratch, { recursive: true })
    const env = { LOA_MIGRATIONS_DIR: scratch }

    const migrate = payloadCli(['migrate'], env)
    expect(migrate.status, migrate.stdout + migrate.stderr).toBe(0)

    const before = fs.readdirSync(path.join(scratch, kind))
    const create = payloadCli(['migrate:create', 'drift', '--skip-empty'], env)
    expect(create.status, create.stdout + create.stderr).toBe(0)
    const added = fs.readdirSync(path.join(scratch, kind)).filter((f) => !before.includes(f))
    expect(added, 'the collections changed without a migration: run `npm run migrate:create -- <name>`').toEqual([])
    fs.rmSync(scratch, { recursive: true, force: true })
  }, 240_000)
})
