/**
 * Keeps the outreach tallies (src/domain/tallies.ts) current through Payload's Local API only, so
 * it works the same on SQLite, PostgreSQL and MongoDB.
 *
 * A write to an event or a media output records, in its own transaction, which buckets it touched
 * (a `tally-changes` row). `refreshTallies` later recomputes those buckets from the source rows and
 * then deletes exactly the change rows it read. A change committed while a refresh runs keeps its
 * row and is picked up by the next refresh, so a bucket is never left stale by a race; a bucket
 * may at worst be recomputed twice. The dashboard and the reports refresh before they read.
 * A full rebuild (rebuildTallies) runs at start-up or in the worker, never in a web request.
 */
import { APIError, commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest, type Where } from 'payload'

import { vietnamDayStart } from '../domain/period'
import { withDatabaseLock } from './databaseLock'
import {
  BucketSums,
  bucketsOf,
  emptyTally,
  eventTally,
  HELD_STATUSES,
  mediaTally,
  mergeTallies,
  monthsBetween,
  parseBucketKey,
  planBucketWrites,
  REBUILD_MARKER,
  tallyMonth,
  type Id,
  type Tally,
  type TallyDimension,
  type TallyEvent,
  type TallyMediaOutput,
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
  const collection = 'outreach-tallies'
  if (isEmpty(figures)) {
    if (existing) await payload.db.deleteOne({ collection, where: { id: { equals: existing.id } }, req })
    return
  }
  const now = new Date().toISOString()
  if (existing) await payload.db.updateOne({ collection, id: existing.id, data: tallyRow(bucket, figures, now), req, returning: false })
  else await payload.db.create({ collection, data: { ...tallyRow(bucket, figures, now), createdAt: now }, req, returning: false })
}

/**
 * A bucket's stored row. Tallies are written through the database adapter (payload.db, still
 * adapter-independent): derived rows with no hooks, access or validation to run, and the
 * operation layer cost ten times the write itself.
 */
function tallyRow(bucket: string, tally: Tally, now: string) {
  // The coverage cells are kept apart: only the dashboard's matrix reads them, and they are the bulk.
  const { cells, ...sums } = tally
  return { bucket, ...parseBucketKey(bucket)!, figures: sums as unknown as Record<string, unknown>, cells, updatedAt: now }
}

// One refresh or rebuild at a time in this process: two refreshes of the same bucket could
// otherwise finish in the wrong order and leave the older figures.
let running: Promise<unknown> = Promise.resolve()
function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const next = running.then(work)
  running = next.catch(() => undefined)
  return next
}

/**
 * Recompute every bucket with a pending change. Returns how many buckets were recomputed. With a
 * `req`, inside that request's transaction (a report saved with its figures commits them together).
 */
export function refreshTallies(payload: Payload, req?: PayloadRequest): Promise<number> {
  return inTurn(() => (req?.transactionID ? refreshPending(payload, req) : refreshAlone(payload, req)))
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

/** Where a rebuild has got to: months done of all, buckets written so far, seconds spent reading and writing. */
export type RebuildProgress = { month: string; monthsDone: number; months: number; buckets: number; readSeconds: number; writeSeconds: number }

const EVENT_FIELDS = {
  startAt: true, locality: true, organization: true, campaign: true,
  status: true, kind: true, attendance: true, women: true, materialsHandedOut: true, questionsRaised: true,
  satisfaction: true, newVoluntaryBhxh: true, newHouseholdBhyt: true, actualCost: true, fundingSource: true,
  audienceGroups: true, topics: true, attendanceByGroup: true,
} as const
const OUTPUT_FIELDS = { publishedOn: true, organization: true, campaign: true, channel: true, views: true, audience: true, shares: true, comments: true, messages: true } as const
/** Tally writes per transaction: few commits, yet other writers wait at most one batch. */
const WRITE_BATCH = 200

/** Each page of a query in turn, `PAGE` rows at a time, sorted by id (nothing kept between pages). */
async function eachPage(payload: Payload, args: Omit<Parameters<Payload['find']>[0], 'page' | 'limit' | 'pagination' | 'sort'>, visit: (docs: Record<string, unknown>[]) => Promise<void> | void) {
  for (let page = 1; ; page++) {
    const result = await payload.find({ ...args, page, limit: PAGE, sort: 'id', depth: 0, overrideAccess: true } as Parameters<Payload['find']>[0])
    await visit(result.docs as unknown as Record<string, unknown>[])
    if (!result.hasNextPage) return
  }
}

/** The first and last month of a date field over a collection (null when it is empty). */
async function monthSpan(payload: Payload, collection: 'events' | 'media-outputs' | 'outreach-tallies', field: string, where?: Where) {
  const edge = async (sort: string) => {
    const { docs } = await payload.find({ collection, where, sort, limit: 1, pagination: false, depth: 0, overrideAccess: true, select: { [field]: true } })
    const value = (docs[0] as unknown as Record<string, unknown> | undefined)?.[field] as string | undefined
    return value ? (collection === 'outreach-tallies' ? value : tallyMonth(value)) : null
  }
  const [first, last] = await Promise.all([edge(field), edge(`-${field}`)])
  return first && last ? { first, last } : null
}

/** The tallies of one month, from one pass over its events and media outputs. */
async function sumMonth(payload: Payload, month: string): Promise<Map<string, Tally>> {
  const { from, to } = monthRange(month)
  const sums = new BucketSums()
  await eachPage(
    payload,
    {
      collection: 'events',
      where: { and: [{ startAt: { greater_than_equal: from } }, { startAt: { less_than: to } }, { status: { in: [...HELD_STATUSES] } }] },
      select: EVENT_FIELDS,
    },
    (docs) => {
      for (const e of docs) sums.add(bucketsOf('events', e), eventTally(e as TallyEvent))
    },
  )
  // The audience groups and topics of an output are those of the messages it carried (read once a month).
  const messages = new Map<string, { audienceGroups?: unknown[]; topics?: unknown[] }>()
  await eachPage(
    payload,
    { collection: 'media-outputs', where: { and: [{ publishedOn: { greater_than_equal: from } }, { publishedOn: { less_than: to } }] }, select: OUTPUT_FIELDS },
    async (docs) => {
      const carriedIds = (o: Record<string, unknown>) => ((o.messages as Id[] | undefined) ?? []).map(String)
      const missing = [...new Set(docs.flatMap(carriedIds))].filter((id) => !messages.has(id))
      if (missing.length) {
        const found = await payload.find({
          collection: 'messages',
          where: { id: { in: missing.map((id) => storedId(payload, id)) } },
          select: { audienceGroups: true, topics: true },
          pagination: false,
          depth: 0,
          overrideAccess: true,
        })
        for (const m of found.docs as { id: Id; audienceGroups?: unknown[]; topics?: unknown[] }[]) messages.set(String(m.id), m)
      }
      for (const o of docs) {
        const carried = carriedIds(o).map((id) => messages.get(id)).filter((m) => m !== undefined)
        sums.add(
          bucketsOf('media-outputs', o),
          mediaTally({ ...(o as TallyMediaOutput), audienceGroups: carried.flatMap((m) => m.audienceGroups ?? []), topics: carried.flatMap((m) => m.topics ?? []) }),
        )
      }
    },
  )
  return sums.buckets
}

/** Runs `writes` in transactions of WRITE_BATCH each (one commit per batch instead of per row). */
async function inBatches(payload: Payload, writes: ((req: PayloadRequest) => Promise<unknown>)[]) {
  for (let i = 0; i < writes.length; i += WRITE_BATCH) {
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    try {
      for (const write of writes.slice(i, i + WRITE_BATCH)) await write(req)
      await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  }
}

/** Store one month's computed tallies over what is stored for that month (tallyRow). */
async function storeMonth(payload: Payload, month: string, computed: Map<string, Tally>) {
  const { docs } = await payload.find({ collection: 'outreach-tallies', where: { month: { equals: month } }, select: { bucket: true }, pagination: false, depth: 0, overrideAccess: true })
  const stored = new Map((docs as { id: Id; bucket: string }[]).map((d) => [d.bucket, d.id]))
  const plan = planBucketWrites(computed, stored)
  const now = new Date().toISOString()
  const row = (bucket: string, tally: Tally) => tallyRow(bucket, tally, now)
  const collection = 'outreach-tallies'
  await inBatches(payload, [
    ...plan.create.map(([bucket, tally]) => (req: PayloadRequest) => payload.db.create({ collection, data: { ...row(bucket, tally), createdAt: now }, req, returning: false })),
    ...plan.update.map(([id, bucket, tally]) => (req: PayloadRequest) => payload.db.updateOne({ collection, id, data: row(bucket, tally), req, returning: false })),
    ...(plan.remove.length ? [(req: PayloadRequest) => payload.db.deleteMany({ collection, where: { id: { in: plan.remove } }, req })] : []),
  ])
  return computed.size
}

/**
 * Every tally recomputed from the events and media outputs, one month at a time: one paged pass
 * over the month's rows (only the fields tallied), its buckets summed in memory, then written in
 * batched transactions. Memory holds one month's buckets, whatever the size of the database. A
 * marker row says a rebuild is under way (readers show "being rebuilt" meanwhile, and a rebuild
 * stopped half-way is redone). Changes pending when it starts are covered by its reads and dropped;
 * changes recorded meanwhile are refreshed at the end. Never inside a
 * web request: `npm start` runs it before the server (scripts/seed.ts), the tally job in the worker.
 * Returns how many buckets were written.
 */
export function rebuildTallies(payload: Payload, options: { onProgress?: (p: RebuildProgress) => void } = {}): Promise<number> {
  return inTurn(async () => {
    const marker = await payload.find({ collection: 'outreach-tallies', where: { bucket: { equals: REBUILD_MARKER.bucket } }, limit: 1, pagination: false, depth: 0, overrideAccess: true, select: {} })
    if (!marker.docs.length) {
      await payload.create({ collection: 'outreach-tallies', data: { ...REBUILD_MARKER, figures: {} }, overrideAccess: true, depth: 0, select: {} })
    }
    const notMarker: Where = { bucket: { not_equals: REBUILD_MARKER.bucket } }
    const spans = (
      await Promise.all([
        monthSpan(payload, 'events', 'startAt', { status: { in: [...HELD_STATUSES] } }),
        monthSpan(payload, 'media-outputs', 'publishedOn'),
        // Months stored but no longer with any source row are emptied too.
        monthSpan(payload, 'outreach-tallies', 'month', notMarker),
      ])
    ).filter((s) => s !== null)
    const months = spans.length
      ? monthsBetween(spans.map((s) => s.first).sort()[0], spans.map((s) => s.last).sort().at(-1)!)
      : []
    // Changes already committed are covered by the reads below: dropped at the end, not recomputed.
    const covered: Id[] = []
    await eachPage(payload, { collection: 'tally-changes', select: {} }, (docs) => {
      for (const d of docs) covered.push(d.id as Id)
    })
    let buckets = 0
    let readSeconds = 0
    let writeSeconds = 0
    for (const [i, month] of months.entries()) {
      const t0 = performance.now()
      const sums = await sumMonth(payload, month)
      const t1 = performance.now()
      buckets += await storeMonth(payload, month, sums)
      readSeconds += (t1 - t0) / 1000
      writeSeconds += (performance.now() - t1) / 1000
      options.onProgress?.({ month, monthsDone: i + 1, months: months.length, buckets, readSeconds, writeSeconds })
    }
    for (let i = 0; i < covered.length; i += 500) {
      await payload.delete({ collection: 'tally-changes', where: { id: { in: covered.slice(i, i + 500) } }, overrideAccess: true })
    }
    await payload.delete({ collection: 'outreach-tallies', where: { bucket: { equals: REBUILD_MARKER.bucket } }, overrideAccess: true })
    // Writes made while the rebuild ran recorded their buckets: fold them in now.
    await refreshPending(payload)
    return buckets
  })
}

/**
 * Whether the tallies must be rebuilt before anyone reads them: a rebuild is under way or stopped
 * half-way (its marker), or the database has outreach but neither tallies nor pending changes
 * (upgraded from before tallies existed, or restored without them; outreach written through the
 * app leaves changes for refreshTallies instead). Two counts on most calls: cheap enough for every
 * dashboard view.
 */
export async function talliesNeedRebuild(payload: Payload, req?: PayloadRequest): Promise<boolean> {
  const count = (collection: 'outreach-tallies' | 'tally-changes' | 'events' | 'media-outputs', where?: Where) =>
    payload.count({ collection, where, overrideAccess: true, req }).then((r) => r.totalDocs)
  if (await count('outreach-tallies', { bucket: { equals: REBUILD_MARKER.bucket } })) return true
  if (await count('outreach-tallies')) return false
  const [changes, events, outputs] = await Promise.all([count('tally-changes'), count('events', { status: { in: [...HELD_STATUSES] } }), count('media-outputs')])
  return changes === 0 && events + outputs > 0
}

/**
 * Rebuild the tallies if they need it (talliesNeedRebuild). Returns how many buckets were built
 * (0: nothing to do, or another process is rebuilding them). For start-up and the worker, not for
 * a web request. Under the same database lock as refreshes, so two processes never write the same
 * buckets at once; the lock is renewed while the rebuild runs.
 */
export async function ensureTallies(payload: Payload, options: { onProgress?: (p: RebuildProgress) => void } = {}): Promise<number> {
  if (!(await talliesNeedRebuild(payload))) return 0
  const turn = await withDatabaseLock(payload, 'tallies', { ttlMs: 120_000, waitMs: 0 }, () => rebuildTallies(payload, options))
  return turn.ran ? turn.value : 0
}

export const isTalliesRebuilding = (error: unknown) => Boolean((error as { data?: { talliesRebuilding?: boolean } })?.data?.talliesRebuilding)

/** What readers raise while the tallies are missing or being rebuilt (HTTP 503: try again soon). */
export function talliesRebuildingError() {
  return new APIError(
    'Số liệu tổng hợp đang được dựng lại, vui lòng thử lại sau ít phút. – The outreach tallies are being rebuilt; please try again in a few minutes.',
    503,
    { talliesRebuilding: true },
    true,
  )
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
