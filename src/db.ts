import { AsyncLocalStorage } from 'node:async_hooks'
import { randomUUID } from 'node:crypto'
import path from 'node:path'

import { createClient, type Client, type InStatement, type ResultSet, type Transaction, type TransactionMode } from '@libsql/client'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter, type SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Config, DatabaseAdapterObj } from 'payload'

import { withUniqueKeyErrors } from './lib/uniqueKeyErrors'
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
      return withUniqueKeyErrors(
        postgresAdapter({
          pool: { connectionString: url },
          migrationDir: migrationDir('postgres'),
          prodMigrations: migrateOnStart() ? postgresMigrations : undefined,
        }),
      )
    case 'mongodb':
      return withUniqueKeyErrors(mongooseAdapter({ url }))
    case 'sqlite':
      return withUniqueKeyErrors(inTurns(
        sqliteAdapter({
          client: { url },
          // WAL lets the admin read while a writer commits; the timeout queues other processes' writers.
          wal: true,
          busyTimeout: SQLITE_BUSY_MS,
          // Off unless given: without them a write's rows, its audit entry and an import's rows were
          // committed one statement at a time, and a killed process left half of them
          // (test/integration/faults.test.ts). They begin at their first write and take turns: inTurns.
          transactionOptions: {},
          migrationDir: migrationDir('sqlite'),
          prodMigrations: migrateOnStart() ? sqliteMigrations : undefined,
        }),
      ))
  }
}

/**
 * Whether a production process applies pending migrations when it connects (`npm start`'s seed
 * step does). `npm run serve` and `npm run worker` set LOA_MIGRATE_ON_START=off: migrating is the
 * release step (`npm run migrate`), not something several processes race to do at once.
 */
function migrateOnStart() {
  return process.env.LOA_MIGRATE_ON_START !== 'off'
}

const SQLITE_BUSY_MS = 10_000
/** The adapter's methods that read. */
const READS = ['count', 'countGlobalVersions', 'countVersions', 'find', 'findDistinct', 'findGlobal', 'findGlobalVersions', 'findOne', 'findVersions', 'queryDrafts'] as const
/** The adapter's methods that write; each finds its transaction from `req.transactionID`. */
const WRITES = [
  'create', 'createGlobal', 'createGlobalVersion', 'createVersion', 'deleteMany', 'deleteOne', 'deleteVersions',
  'updateGlobal', 'updateGlobalVersion', 'updateJobs', 'updateMany', 'updateOne', 'updateVersion', 'upsert',
] as const

/**
 * SQLite writes take turns within this process (docs/payload-workarounds.md, entry 1). With transactions on, libsql gives each one its own
 * connection, begins it IMMEDIATE (the write lock at once, whatever transactionOptions say) and
 * waits for locks synchronously: a second writer while one transaction is open would block the
 * event loop the first needs to finish, then fail with "database is locked" (19 of 20 concurrent
 * creates did). So here:
 * - a transaction is begun only at its first write, not when Payload opens it: Payload writes some
 *   things outside an operation's transaction on purpose, before its first write (a password-reset
 *   request's reservation, failed-login counts), and reads need no lock in WAL mode;
 * - one writer at a time, the others queued: a transaction from its first write to its commit or
 *   rollback, a write outside any transaction for its own statement. A turn not given within
 *   SQLITE_BUSY_MS fails as a busy database would (e.g. a hook writing without its `req`, waiting
 *   for the transaction it runs in);
 * - transactions run on one connection of their own (transactionsOnOneConnection below).
 */
export function inTurns(adapter: DatabaseAdapterObj<SQLiteAdapter>): DatabaseAdapterObj<SQLiteAdapter> {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      const { beginTransaction, commitTransaction, rollbackTransaction, connect } = db
      db.connect = async function (this: SQLiteAdapter, options) {
        await connect?.call(this, options)
        transactionsOnOneConnection(db.client, () => createClient(db.clientConfig), [
          `PRAGMA busy_timeout = ${SQLITE_BUSY_MS};`,
          ...(db.wal && typeof db.wal === 'object' ? [`PRAGMA synchronous = ${db.wal.synchronous};`] : []),
        ])
      }
      type TransactionId = Parameters<SQLiteAdapter['commitTransaction']>[0]
      const turns = turnQueue(SQLITE_BUSY_MS)
      const inTurn = new AsyncLocalStorage<true>() // a write inside a write (upsert → updateOne) takes no second turn
      const opened = new Map<string, { begun?: Promise<void>; release?: () => void }>() // transactions Payload opened, begun or not yet
      const takeTurn = () => turns.take()

      db.beginTransaction = async () => {
        const id = randomUUID()
        opened.set(id, {})
        return id
      }
      /** Begins `id` for real, under its turn, with the adapter's own session registered under Payload's id. */
      const begin = async (id: string) => {
        const release = await takeTurn()
        try {
          const real = await beginTransaction.call(db)
          if (real === null) throw new Error('SQLite: transactions are off')
          db.sessions[id] = db.sessions[real]
          delete db.sessions[real]
          opened.get(id)!.release = release
        } catch (error) {
          release()
          throw error
        }
      }
      const ending = (end: (id: TransactionId) => Promise<void>) => async (incoming: TransactionId) => {
        const id = String(await incoming) // as the adapter does: an id still being made is awaited
        const transaction = opened.get(id)
        opened.delete(id)
        await transaction?.begun?.catch(() => undefined)
        if (!transaction?.release) return // never wrote: nothing to commit or roll back
        try {
          await end.call(db, id)
        } finally {
          transaction.release()
        }
      }
      db.commitTransaction = ending(commitTransaction)
      db.rollbackTransaction = ending(rollbackTransaction)

      for (const name of READS) {
        const read = db[name] as (this: SQLiteAdapter, args: unknown) => Promise<unknown>
        ;(db as unknown as Record<string, unknown>)[name] = async function (this: SQLiteAdapter, args: unknown) {
          await otherRequestsFirst()
          return read.call(this, args)
        }
      }
      for (const name of WRITES) {
        const write = db[name] as (this: SQLiteAdapter, args: { req?: { transactionID?: unknown } }) => Promise<unknown>
        ;(db as unknown as Record<string, unknown>)[name] = async function (this: SQLiteAdapter, args: { req?: { transactionID?: unknown } }) {
          await otherRequestsFirst()
          const id = args?.req?.transactionID ? String(await args.req.transactionID) : null
          const transaction = id ? opened.get(id) : undefined
          if (transaction) {
            // Two writes of one transaction at once (Promise.all in a hook) begin it once.
            transaction.begun ??= begin(id!)
            await transaction.begun
            return write.call(this, args)
          }
          if (inTurn.getStore()) return write.call(this, args)
          const release = await takeTurn()
          try {
            return await inTurn.run(true, () => write.call(this, args))
          } finally {
            release()
          }
        }
      }
      return db
    },
  }
}

const BEGIN: Record<TransactionMode, string> = { write: 'BEGIN IMMEDIATE', read: 'BEGIN TRANSACTION READONLY', deferred: 'BEGIN DEFERRED' }

/**
 * libsql hands a transaction the client's connection, opens a new one for the client, and never
 * closes the transaction's: every transaction left a native SQLite connection (its page cache and
 * schema) to the garbage collector, which does not see native memory and seldom ran — 0.2–0.7 MB
 * kept per write, 2.3 MB per tally bucket rebuilt (issue 18). Loa's transactions take turns
 * (inTurns), so one connection of their own, opened once with `pragmas` (which SQLite keeps per
 * connection), serves them all; the client keeps its connection for reads, which in WAL mode see
 * only what is committed, as before.
 */
export function transactionsOnOneConnection(client: Client, open: () => Client, pragmas: string[]) {
  let connection: Promise<Client> | undefined
  let open_ = false
  const ready = () =>
    (connection ??= (async () => {
      const c = open()
      for (const pragma of pragmas) await c.execute(pragma)
      return c
    })())
  client.transaction = async (mode: TransactionMode = 'write'): Promise<Transaction> => {
    const c = await ready()
    if (open_) throw new Error('SQLite: a transaction is already open (transactions take turns: see inTurns)')
    await c.execute(BEGIN[mode])
    open_ = true
    const inside = () => {
      if (!open_) throw Object.assign(new Error('The transaction is closed'), { code: 'TRANSACTION_CLOSED' })
      return c
    }
    const end = async (sql: 'COMMIT' | 'ROLLBACK') => {
      try {
        await c.execute(sql)
      } catch (error) {
        // SQLite may have rolled back already (some errors end the transaction themselves).
        if (sql === 'COMMIT' || !/no transaction is active/i.test(String((error as Error)?.message))) throw error
      } finally {
        open_ = false
      }
    }
    return {
      execute: async (stmt: InStatement): Promise<ResultSet> => inside().execute(stmt),
      batch: async (stmts: InStatement[]) => {
        const results: ResultSet[] = []
        for (const stmt of stmts) results.push(await inside().execute(stmt))
        return results
      },
      // The client's executeMultiple rolls back whatever is open when it ends: not inside a transaction.
      executeMultiple: async () => {
        throw new Error('SQLite: executeMultiple is not available inside a transaction')
      },
      commit: async () => {
        inside()
        await end('COMMIT')
      },
      rollback: async () => {
        if (open_) await end('ROLLBACK')
      },
      close: () => {
        if (open_) void end('ROLLBACK')
      },
      get closed() {
        return !open_
      },
    }
  }
}

/** How long one request may hold the event loop through database calls before others are served. */
const SLICE_MS = 20
let loopSeen = performance.now()
let watching = false

/**
 * Lets the event loop serve what is waiting (other requests' sockets, timers) before the next
 * statement, when it has not been free for SLICE_MS. libsql runs a statement synchronously and
 * its promise is already settled, so a request of many statements (an import of 1,710 rows, a
 * GraphQL query of many aliases) went from one to the next in microtasks, and every other request
 * waited for all of it: 17.5 s for a visitor during the largest figure import
 * (test/load/heavy-requests.test.ts). A timer marks when the loop last ran; yielding at every
 * statement instead slowed a burst of 500 writes until some waited past their turn.
 */
export async function otherRequestsFirst(): Promise<void> {
  if (!watching) {
    watching = true
    setInterval(() => (loopSeen = performance.now()), SLICE_MS / 2).unref()
  }
  if (performance.now() - loopSeen < SLICE_MS) return
  await new Promise<void>((resolve) => setImmediate(resolve))
  loopSeen = performance.now()
}

/** One holder at a time, the others waiting in order; `take` resolves to the holder's release, or fails after `waitMs`. */
export function turnQueue(waitMs: number) {
  let held = false
  const waiting: (() => void)[] = []
  const next = () => {
    const grant = waiting.shift()
    if (grant) grant()
    else held = false
  }
  const take = () =>
    new Promise<() => void>((resolve, reject) => {
      let released = false
      const release = () => {
        if (released) return
        released = true
        next()
      }
      const grant = () => {
        clearTimeout(timer)
        held = true
        resolve(release)
      }
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(grant), 1)
        reject(new Error(`SQLITE_BUSY: database is locked (another write held it for ${waitMs} ms)`))
      }, waitMs)
      if (held) waiting.push(grant)
      else grant()
    })
  return { take }
}
