/**
 * Keeps the outreach tallies (src/domain/tallies.ts) current through Payload's Local API only, so
 * it works the same on SQLite, PostgreSQL and MongoDB.
 *
 * A write to an event or a media output records, in its own transaction, which buckets it touched
 * (a `tally-changes` row). `refreshTallies` later recomputes those buckets from the source rows and
 * then deletes exactly the change rows it read. A change committed while a refresh runs keeps its
 * row and is picked up by the next refresh, so a bucket is never left stale by a race; a bucket
 * may at worst be recomputed twice. The dashboard and the reports refresh before they read.
 */
import type { Payload, PayloadRequest, Where } from 'payload'

import { vietnamDayStart } from '../domain/period'
import { withDatabaseLock } from './databaseLock'
import {
  bucketsOf,
  emptyTally,
  eventTally,
  HELD_STATUSES,
  mediaTally,
  mergeTallies,
  parseBucketKey,
  type Tally,
  type TallyDimension,
  type TallySource,
} from '../domain/tallies'

/** Record the buckets a write touched, inside the write's own transaction. */
export async function recordTallyChanges(req: PayloadRequest, buckets: string[]) {
  const unique = [...new Set(buckets)]
  if (!unique.length) return
  await req.payload.create({ collection: 'tally-changes', data: { buckets: unique }, req, overrideAccess: true, depth: 0 })
}

const FIELD: Record<TallyDimension, string> = { commune: 'locality', organization: 'organization', campaign: 'campaign' }
const PAGE = 2000

/** A relationship id as the adapter stores it (numbers on SQL, strings on MongoDB). */
function storedId(payload: Payload, key: string): number | string {
  return payload.db.defaultIDType === 'number' && /^\d+$/.test(key) ? Number(key) : key
}

/** First instant of a Vietnam month and of the next one. */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number)
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
  return { from: vietnamDayStart(`${month}-01`).toISOString(), to: vietnamDayStart(`${next}-01`).toISOString() }
}

/** Every page of a query, `PAGE` rows at a time (bounded memory for the largest buckets). */
async function findAll<T>(payload: Payload, args: Omit<Parameters<Payload['find']>[0], 'page' | 'limit' | 'pagination'>, req?: PayloadRequest) {
  const docs: T[] = []
  for (let page = 1; ; page++) {
    const result = await payload.find({ ...args, page, limit: PAGE, depth: 0, overrideAccess: true, req } as Parameters<Payload['find']>[0])
    docs.push(...(result.docs as T[]))
    if (!result.hasNextPage) return docs
  }
}

/** The tally of one bucket, computed from its source rows. */
export async function computeBucket(
  payload: Payload,
  { source, dimension, key, month }: { source: TallySource; dimension: TallyDimension; key: string; month: string },
  req?: PayloadRequest,
): Promise<Tally> {
  const { from, to } = monthRange(month)
  const owner: Where = { [FIELD[dimension]]: { equals: storedId(payload, key) } }
  if (source === 'events') {
    const events = await findAll<Record<string, unknown>>(payload, {
      collection: 'events',
      where: { and: [owner, { startAt: { greater_than_equal: from } }, { startAt: { less_than: to } }, { status: { in: [...HELD_STATUSES] } }] },
      select: {
        status: true, kind: true, attendance: true, women: true, materialsHandedOut: true, questionsRaised: true,
        satisfaction: true, newVoluntaryBhxh: true, newHouseholdBhyt: true, actualCost: true, fundingSource: true,
        audienceGroups: true, topics: true, attendanceByGroup: true,
      },
    }, req)
    return mergeTallies(events.map(eventTally))
  }
  const outputs = await findAll<Record<string, unknown>>(payload, {
    collection: 'media-outputs',
    where: { and: [owner, { publishedOn: { greater_than_equal: from } }, { publishedOn: { less_than: to } }] },
    select: { channel: true, views: true, audience: true, shares: true, comments: true, messages: true },
  }, req)
  // The audience groups and topics of an output are those of the messages it carried.
  const messageIds = [...new Set(outputs.flatMap((o) => (o.messages as (number | string)[] | undefined) ?? []))]
  const messages = messageIds.length
    ? await findAll<{ id: number | string; audienceGroups?: unknown[]; topics?: unknown[] }>(payload, {
        collection: 'messages',
        where: { id: { in: messageIds } },
        select: { audienceGroups: true, topics: true },
      }, req)
    : []
  const byId = new Map(messages.map((m) => [String(m.id), m]))
  return mergeTallies(
    outputs.map((o) => {
      const carried = ((o.messages as (number | string)[] | undefined) ?? []).map((id) => byId.get(String(id))).filter((m) => m !== undefined)
      return mediaTally({
        ...(o as object),
        audienceGroups: carried.flatMap((m) => m.audienceGroups ?? []),
        topics: carried.flatMap((m) => m.topics ?? []),
      })
    }),
  )
}

const isEmpty = (t: Tally) => t.events === 0 && t.outputs === 0

/** Write one bucket's tally (or remove it when nothing is left in it). */
async function storeBucket(payload: Payload, bucket: string, req?: PayloadRequest) {
  const parsed = parseBucketKey(bucket)
  if (!parsed) return
  const figures = await computeBucket(payload, parsed, req)
  const { docs } = await payload.find({ collection: 'outreach-tallies', where: { bucket: { equals: bucket } }, limit: 1, depth: 0, overrideAccess: true, select: {}, req })
  const existing = docs[0]
  if (isEmpty(figures)) {
    if (existing) await payload.delete({ collection: 'outreach-tallies', id: existing.id, overrideAccess: true, req })
    return
  }
  // The coverage cells are kept apart: only the dashboard's matrix reads them, and they are the bulk.
  const { cells, ...sums } = figures
  const data = { bucket, ...parsed, figures: sums as unknown as Record<string, unknown>, cells }
  if (existing) await payload.update({ collection: 'outreach-tallies', id: existing.id, data, overrideAccess: true, depth: 0, req })
  else await payload.create({ collection: 'outreach-tallies', data, overrideAccess: true, depth: 0, req })
}

// One refresh at a time in this process: two refreshes of the same bucket could otherwise finish
// in the wrong order and leave the older figures.
let running: Promise<unknown> = Promise.resolve()

/**
 * Recompute every bucket with a pending change. Returns how many buckets were recomputed. With a
 * `req`, inside that request's transaction (a report saved with its figures commits them together).
 */
export function refreshTallies(payload: Payload, req?: PayloadRequest): Promise<number> {
  const next = running.then(() => (req?.transactionID ? refreshPending(payload, req) : refreshAlone(payload, req)))
  running = next.catch(() => undefined)
  return next
}

/**
 * One refresh at a time across processes too (two app servers, the worker), waiting briefly for
 * another's to end: it may have read the change rows before this caller's write committed, so
 * this one still runs after it. Inside a caller's transaction (a report's save) the lock cannot be
 * taken, as its row must commit on its own and, on SQLite, a write beside an open transaction waits
 * for it: that refresh is serialized within its process only.
 */
async function refreshAlone(payload: Payload, req?: PayloadRequest): Promise<number> {
  const turn = await withDatabaseLock(payload, 'tallies', { ttlMs: 60_000, waitMs: 30_000, pollMs: 100 }, () => refreshPending(payload, req))
  if (!turn.ran) throw new Error('Một tiến trình khác đang cập nhật số liệu tổng hợp quá lâu – another process is still refreshing the tallies')
  return turn.value
}

async function refreshPending(payload: Payload, req?: PayloadRequest): Promise<number> {
  let total = 0
  for (;;) {
    const { docs } = await payload.find({ collection: 'tally-changes', limit: 500, sort: 'id', depth: 0, overrideAccess: true, req })
    if (!docs.length) return total
    const buckets = new Set(docs.flatMap((d) => (Array.isArray(d.buckets) ? (d.buckets as string[]) : [])))
    for (const bucket of buckets) await storeBucket(payload, bucket, req)
    await payload.delete({ collection: 'tally-changes', where: { id: { in: docs.map((d) => d.id) } }, overrideAccess: true, req })
    total += buckets.size
  }
}

/**
 * Mark every bucket that has source rows as changed (a database filled before tallies existed,
 * or a bulk load that skipped the hooks), then refresh. Returns how many buckets were recomputed.
 */
export async function rebuildTallies(payload: Payload, req?: PayloadRequest): Promise<number> {
  for (const source of ['events', 'media-outputs'] as const) {
    const buckets = new Set<string>()
    for (let page = 1; ; page++) {
      const result = await payload.find({
        collection: source,
        page,
        limit: 5000,
        depth: 0,
        overrideAccess: true,
        req,
        select: source === 'events' ? { startAt: true, locality: true, organization: true, campaign: true } : { publishedOn: true, organization: true, campaign: true },
      })
      for (const doc of result.docs) for (const b of bucketsOf(source, doc as unknown as Record<string, unknown>)) buckets.add(b)
      if (!result.hasNextPage) break
    }
    const list = [...buckets]
    for (let i = 0; i < list.length; i += 1000) {
      await payload.create({ collection: 'tally-changes', data: { buckets: list.slice(i, i + 1000) }, overrideAccess: true, depth: 0, req })
    }
  }
  return refreshTallies(payload, req)
}

/**
 * Tallies for a database that has outreach but no tallies yet (upgraded from before they existed):
 * rebuilt once, then kept by the hooks. Returns how many buckets were built (0: nothing to do).
 */
export async function ensureTallies(payload: Payload, req?: PayloadRequest): Promise<number> {
  const [tallies, events, outputs] = await Promise.all([
    payload.count({ collection: 'outreach-tallies', overrideAccess: true, req }),
    payload.count({ collection: 'events', overrideAccess: true, where: { status: { in: [...HELD_STATUSES] } }, req }),
    payload.count({ collection: 'media-outputs', overrideAccess: true, req }),
  ])
  return tallies.totalDocs === 0 && events.totalDocs + outputs.totalDocs > 0 ? rebuildTallies(payload, req) : 0
}

/**
 * The stored tallies of a scope over some months (refresh first for current figures), in one
 * query: the rows are bounded (keys × months). `withCells` adds the coverage cells.
 */
export async function readTallies(
  payload: Payload,
  query: { source: TallySource; dimension: TallyDimension; keys?: string[]; months: string[]; withCells?: boolean },
  req?: PayloadRequest,
): Promise<{ key: string; month: string; figures: Tally }[]> {
  const and: Where[] = [{ source: { equals: query.source } }, { dimension: { equals: query.dimension } }, { month: { in: query.months } }]
  if (query.keys) and.push({ key: { in: query.keys } })
  const { docs } = await payload.find({
    collection: 'outreach-tallies',
    where: { and },
    select: { key: true, month: true, figures: true, ...(query.withCells ? { cells: true } : {}) },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return (docs as unknown as { key: string; month: string; figures: Tally; cells?: Tally['cells'] }[]).map((d) => ({
    key: d.key,
    month: d.month,
    figures: { ...emptyTally(), ...d.figures, cells: d.cells ?? {} },
  }))
}
