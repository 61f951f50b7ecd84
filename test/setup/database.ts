/**
 * Runs before each integration test file imports the Payload config: gives the file a fresh,
 * empty database and an empty upload directory of its own. SQLite by default (a temp file); with
 * TEST_DATABASE_URL=postgres://… (or mongodb://…) a new database on that server is created for
 * the file and dropped afterwards.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll } from 'vitest'

process.env.PAYLOAD_SECRET ||= 'test-secret-not-for-production'
process.env.DISABLE_LOGGING = 'true'
process.env.LOA_OUTBOX_DIR ||= fs.mkdtempSync(path.join(os.tmpdir(), 'loa-outbox-'))
delete process.env.SMTP_URL

// Uploaded files go to a directory of this test file's own, never the project's media/.
const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-media-'))
process.env.LOA_MEDIA_DIR = mediaDir
afterAll(() => fs.rmSync(mediaDir, { recursive: true, force: true }))

const server = process.env.TEST_DATABASE_URL
const unique = `${process.pid}_${Date.now()}_${Math.random().toString(36).slice(2, 7)}`

if (server?.startsWith('postgres')) {
  const { default: pg } = await import('pg')
  const name = `loa_test_${unique}`
  const admin = new pg.Client({ connectionString: server })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(server)
  url.pathname = `/${name}`
  process.env.DATABASE_URL = url.toString()
  afterAll(async () => {
    // Dropping the database ends this file's idle pooled connections: expected, not an error.
    const pool = (globalThis as { loaTestPayload?: { db?: { pool?: { on: (e: string, f: () => void) => void } } } })
      .loaTestPayload?.db?.pool
    pool?.on('error', () => undefined)
    const client = new pg.Client({ connectionString: server })
    await client.connect()
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await client.end()
  })
} else if (server?.startsWith('mongodb')) {
  // Untested here (no MongoDB server on our machines): a database per test file, dropped afterwards.
  const url = new URL(server)
  url.pathname = `/loa_test_${unique}`
  process.env.DATABASE_URL = url.toString()
  afterAll(async () => {
    const db = (globalThis as { loaTestPayload?: { db?: { connection?: { dropDatabase?: () => Promise<void> } } } })
      .loaTestPayload?.db
    await db?.connection?.dropDatabase?.()
  })
} else {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-test-'))
  process.env.DATABASE_URL = `file:${path.join(dir, 'test.db')}`
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))
}
