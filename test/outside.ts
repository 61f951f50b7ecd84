/**
 * Looking at the app from outside its process, as an operator would: commands run to their end,
 * and the database read directly (not through Payload) to count every table or check the SQLite
 * file. Shared by the backup and fault tests; raw SQL is for these checks only, never the app.
 */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import pg from 'pg'

import { root } from '../scripts/lib/prepare.mjs'
import { databaseKind } from '../src/db'

export type Run = { code: number | null; stdout: string; stderr: string }

/** Runs a command in the project to its end and collects what it printed. */
export function spawnCollect(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

/** SQLite's own client, the one Payload's adapter uses, on a `file:` URL. */
function sqliteClient(url: string) {
  const { createClient } = createRequire(path.join(root, 'node_modules/@payloadcms/db-sqlite/package.json'))('@libsql/client')
  return createClient({ url: pathToFileURL(url.slice('file:'.length)).href }) as {
    execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }>
    close: () => void
  }
}

/** Rows in every table, straight from the database (PostgreSQL: every schema but the system ones). */
export async function tableCounts(url: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  if (databaseKind(url) === 'postgres') {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      const { rows } = await client.query<{ schemaname: string; tablename: string }>(
        "SELECT schemaname, tablename FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')",
      )
      for (const { schemaname, tablename } of rows) {
        const r = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${schemaname}"."${tablename}"`)
        counts[schemaname === 'public' ? tablename : `${schemaname}.${tablename}`] = Number(r.rows[0].n)
      }
    } finally {
      await client.end()
    }
    return counts
  }
  const client = sqliteClient(url)
  try {
    const tables = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'")
    for (const { name } of tables.rows as unknown as { name: string }[]) {
      const r = await client.execute(`SELECT count(*) AS n FROM "${name}"`)
      counts[name] = Number(r.rows[0].n)
    }
  } finally {
    client.close()
  }
  return counts
}

/** A SQLite file's own verdict on itself (`PRAGMA integrity_check`: "ok") and the journal it runs on. */
export async function sqliteHealth(url: string): Promise<{ integrity: string; journalMode: string }> {
  const client = sqliteClient(url)
  try {
    const integrity = (await client.execute('PRAGMA integrity_check')).rows.map((r) => String(Object.values(r)[0])).join('\n')
    const journalMode = String(Object.values((await client.execute('PRAGMA journal_mode')).rows[0])[0])
    return { integrity, journalMode }
  } finally {
    client.close()
  }
}
