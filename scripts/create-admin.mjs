#!/usr/bin/env node
/**
 * `npm run create-admin`: the first administrator of a deployment without demo accounts (and any
 * later one), from the command line — the web never creates an administrator.
 *   LOA_ADMIN_EMAIL=quantri@haiphong.gov.vn LOA_ADMIN_PASSWORD='…' npm run create-admin
 * Same database as `npm start` (.env and DATABASE_URL); run `npm start` once first so it is migrated.
 */
import { spawnSync } from 'node:child_process'

import { bin, loadEnv, payloadCliEnv, root } from './lib/prepare.mjs'

loadEnv()
const env = payloadCliEnv({ ...process.env, DATABASE_URL: process.env.DATABASE_URL || 'file:./data/loa.db', NODE_ENV: 'production' })
const result = spawnSync(bin('payload'), ['run', 'scripts/create-admin.ts'], { env, stdio: 'inherit', cwd: root })
process.exit(result.status ?? 1)
