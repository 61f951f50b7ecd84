import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { Config } from 'payload'

import { migrations as postgresMigrations } from './migrations/postgres'
import { migrations as sqliteMigrations } from './migrations/sqlite'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

/** The embedded default: a SQLite file under data/ (git-ignored). */
export const DEFAULT_DATABASE_URL = 'file:./data/loa.db'

export function databaseKind(url: string): DatabaseKind {
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(url)) return 'mongodb'
  if (url.startsWith('file:')) return 'sqlite'
  throw new Error(
    `DATABASE_URL không hợp lệ: "${url}". Dùng file:…, postgres://… hoặc mongodb://… ` +
      '(unsupported DATABASE_URL: use file:, postgres:// or mongodb://)',
  )
}

/**
 * DATABASE_URL picks the adapter. SQL adapters push schema changes themselves outside
 * production; in production (npm start) they apply the committed migrations instead.
 */
export function databaseAdapter(url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL): Config['db'] {
  // LOA_MIGRATIONS_DIR lets the drift test compare against a scratch copy of the migrations.
  const migrationDir = (kind: DatabaseKind) =>
    path.resolve(process.env.LOA_MIGRATIONS_DIR || path.join(process.cwd(), 'src/migrations'), kind)
  switch (databaseKind(url)) {
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: url },
        migrationDir: migrationDir('postgres'),
        prodMigrations: postgresMigrations,
      })
    case 'mongodb':
      return mongooseAdapter({ url })
    case 'sqlite':
      return sqliteAdapter({
        client: { url },
        // WAL lets the admin read while a writer commits; the timeout queues concurrent writers.
        wal: true,
        busyTimeout: 10_000,
        migrationDir: migrationDir('sqlite'),
        prodMigrations: sqliteMigrations,
      })
  }
}
