/**
 * Locks that hold across processes (two app servers, a worker started twice), kept in the
 * database through Payload's adapter API so they work alike on SQLite, PostgreSQL and MongoDB.
 *
 * A lock is a row of `locks` (collections/Locks.ts) with a unique name: creating it is taking the
 * lock, and the unique index lets exactly one of two racing creates through. A holder that died
 * leaves its row behind; once its `expiresAt` has passed, the row is deleted by one conditional
 * statement and the lock taken again by a create (so the unique index still decides). While the
 * work runs, the holder pushes `expiresAt` forward. Releasing deletes the row, only if it is still
 * the holder's own.
 */
import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

const COLLECTION = 'locks' as const

/** Whether an error is the unique index refusing a second row of the same name. */
function isTaken(error: unknown): boolean {
  const e = error as { name?: string; data?: { errors?: { path?: string }[] } }
  return e?.name === 'ValidationError' && Boolean(e.data?.errors?.some((x) => x.path === 'name'))
}

/**
 * Takes `name` for `ttlMs` if nobody holds it (or its holder's time has run out). Resolves to the
 * holder's token, or null when someone else holds it.
 */
export async function acquireLock(payload: Payload, name: string, ttlMs: number): Promise<string | null> {
  const owner = randomUUID()
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await payload.create({
        collection: COLLECTION,
        data: { name, owner, expiresAt: new Date(Date.now() + ttlMs).toISOString() },
        overrideAccess: true,
        depth: 0,
        select: {},
      })
      return owner
    } catch (error) {
      if (!isTaken(error)) throw error
    }
    // Held: take it over only if it has expired. One DELETE … WHERE (not a find then a delete by
    // id), so a lock renewed or taken meanwhile is left alone; the create above then decides.
    await payload.db.deleteMany({
      collection: COLLECTION,
      where: { and: [{ name: { equals: name } }, { expiresAt: { less_than: new Date().toISOString() } }] },
    })
  }
  return null
}

/** Gives `name` back, if `owner` still holds it. */
export async function releaseLock(payload: Payload, name: string, owner: string): Promise<void> {
  await payload.db.deleteMany({ collection: COLLECTION, where: { and: [{ name: { equals: name } }, { owner: { equals: owner } }] } })
}

/** Keeps `owner`'s hold on `name` for `ms` from now (e.g. a finished job's claim, kept for a while). */
export async function extendLock(payload: Payload, name: string, owner: string, ms: number): Promise<void> {
  await payload.db.updateMany({
    collection: COLLECTION,
    where: { and: [{ name: { equals: name } }, { owner: { equals: owner } }] },
    data: { expiresAt: new Date(Date.now() + ms).toISOString() },
    returning: false,
  })
}

/** Removes every expired lock (finished jobs' claims past their keeping time, dead holders'). */
export async function deleteExpiredLocks(payload: Payload): Promise<void> {
  await payload.db.deleteMany({ collection: COLLECTION, where: { expiresAt: { less_than: new Date().toISOString() } } })
}

export type LockOptions = {
  /** How long a holder may go silent before others may take over; renewed every third of it. */
  ttlMs: number
  /** How long to wait for another holder to finish (0: give up at once). */
  waitMs?: number
  /** Poll interval while waiting. */
  pollMs?: number
  /** Once `fn` succeeded, keep the lock this long instead of releasing it (a claim: "done, do not redo"). */
  keepMs?: number
}

export type LockResult<T> = { ran: true; value: T } | { ran: false }

/**
 * Runs `fn` while holding `name` in the database, or resolves to `{ ran: false }` if another
 * process (or another call in this one) still held it after `waitMs`. An error from `fn` releases
 * the lock and is thrown again.
 */
export async function withDatabaseLock<T>(payload: Payload, name: string, options: LockOptions, fn: () => Promise<T>): Promise<LockResult<T>> {
  const { ttlMs, waitMs = 0, pollMs = 250, keepMs } = options
  const deadline = Date.now() + waitMs
  let owner = await acquireLock(payload, name, ttlMs)
  while (!owner && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(pollMs, Math.max(1, deadline - Date.now()))))
    owner = await acquireLock(payload, name, ttlMs)
  }
  if (!owner) return { ran: false }

  // Long work keeps its lock: a renewal failing (the database away for a moment) is retried at the next tick.
  let renewing: Promise<void> = Promise.resolve()
  const renewal = setInterval(() => {
    renewing = extendLock(payload, name, owner, ttlMs).catch((error) => payload.logger.warn({ err: error, msg: `Không gia hạn được khóa ${name}` }))
  }, Math.max(1000, Math.floor(ttlMs / 3)))
  renewal.unref()
  // A renewal still on its way must land before the release or the keeping, not after.
  const stopRenewing = async () => {
    clearInterval(renewal)
    await renewing
  }
  let value: T
  try {
    value = await fn()
  } catch (error) {
    await stopRenewing()
    await releaseLock(payload, name, owner)
    throw error
  }
  await stopRenewing()
  if (keepMs) await extendLock(payload, name, owner, keepMs)
  else await releaseLock(payload, name, owner)
  return { ran: true, value }
}
