#!/usr/bin/env node
/**
 * The production roles, one process each (issue 14), beside `npm start`'s all-in-one:
 *   npm run migrate  the release step: apply pending migrations (`payload migrate`), nothing else
 *   npm run serve    web only: `next start` of the existing build, with no jobs (LOA_JOBS=off), no
 *                    seeding, no building, no migrating; refuses a missing or stale build
 *   npm run worker   the one process that runs the jobs queue: scheduled tasks (reminders,
 *                    publication dates, tally refreshes) and queued emails (scripts/worker.ts)
 * Each reads .env if there is one (real environment variables win). Plain Node, as start.mjs.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { bin, buildIsCurrent, loadEnv, payloadCliEnv, root } from './lib/prepare.mjs'

process.chdir(root)
const role = process.argv[2]
// Never a fresh random secret here (as `npm start` makes on first run): servers behind one load
// balancer must share theirs, so it comes from .env or the environment, set by whoever deploys.
if (fs.existsSync(path.join(root, '.env'))) loadEnv()
else if (!process.env.PAYLOAD_SECRET) {
  console.error('✗ Thiếu PAYLOAD_SECRET (trong .env hoặc biến môi trường) – PAYLOAD_SECRET is missing (.env or the environment)')
  process.exit(1)
}
process.umask(0o077)

const env = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  DATABASE_URL: process.env.DATABASE_URL || 'file:./data/loa.db',
  // Only the release step migrates (src/db.ts): several servers starting together must not race to.
  LOA_MIGRATE_ON_START: 'off',
}

if (role === 'migrate') {
  run(bin('payload'), ['migrate'], payloadCliEnv(env))
  // Keys of rows stored before a "one per …" key existed, once the schema is current.
  run(bin('payload'), ['run', 'scripts/backfill-unique-keys.ts'], payloadCliEnv(env))
} else if (role === 'serve') {
  if (!buildIsCurrent()) {
    console.error(
      '✗ Chưa có bản dựng, hoặc bản dựng cũ hơn mã nguồn: chạy `npm run build` trước – ' +
        'no production build, or it is older than the sources: run `npm run build` first',
    )
    process.exit(1)
  }
  const port = Number(process.env.PORT || 3000)
  run(bin('next'), ['start', '-p', String(port)], {
    ...env,
    PORT: String(port),
    SERVER_URL: process.env.SERVER_URL || `http://localhost:${port}`,
    // The worker runs the jobs; a web process beside it runs none.
    LOA_JOBS: 'off',
  })
} else if (role === 'worker') {
  run(bin('payload'), ['run', 'scripts/worker.ts'], payloadCliEnv(env))
} else {
  console.error('Dùng / usage: node scripts/roles.mjs migrate|serve|worker')
  process.exit(2)
}

/** Runs one child, passing SIGINT/SIGTERM on (the worker then stops after its current job), and exits as it does. */
function run(cmd, args, childEnv) {
  const child = spawn(cmd, args, { env: childEnv, stdio: 'inherit', cwd: root })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}
