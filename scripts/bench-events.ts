/**
 * `payload run scripts/bench-events.ts` (from scripts/bench-events.mjs): one step of one side of
 * the events benchmark. Each side has its own fresh SQLite file; each step is its own process.
 *
 *   BENCH_MODE=project   (default) every row through `payload.create` as the user who would write
 *                        it (overrideAccess: false): access rules, the project's collection hooks
 *                        and field validation all run, as they do for a REST or admin request.
 *   BENCH_MODE=baseline  the same rows through a plain `payload.create` (overrideAccess: true, no
 *                        user), every collection-level hook of `events` and `feedback` removed from
 *                        the running instance first. Field validation and Payload's own field hooks
 *                        still run.
 *
 *   BENCH_PHASE=setup     seed (reference data, demo accounts, through all hooks on both sides) and
 *                         one coordinator for each other city body and for seven commune committees
 *   BENCH_PHASE=events    events BENCH_FROM..BENCH_TO-1, one at a time (BENCH_CONCURRENCY in flight,
 *                         default 1: SQLite has one writer); a reported event is created held, then
 *                         updated to reported, as the app requires
 *   BENCH_PHASE=feedback  feedback items BENCH_FROM..BENCH_TO-1, logged by staff
 *   BENCH_PHASE=final     counts, the hook check (a row only the hooks refuse), the month listing
 *
 * The inserts run in chunks of processes because the SQLite driver (libsql) keeps native memory
 * for every statement until the process ends: 0.1–0.3 MB per row written here, on both sides.
 * Rows come from a seeded PRNG, so both sides and every chunk write the very same rows; a chunk
 * regenerates the rows before its own and skips them. Steps share ids through BENCH_STATE_DIR;
 * each writes its result to BENCH_RESULT_FILE as JSON.
 */
import fs from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { getPayload, type Payload, type SanitizedConfig, type Where } from 'payload'

import configPromise from '../payload.config'
import { EVENT_KINDS, type EventKind } from '../src/domain/events'
import { vietnamDate } from '../src/domain/period'
import type { Event, Feedback, User } from '../src/payload-types'
import { seed } from '../src/seed'
import { ANSWERS, FEEDBACK_TEXTS, KIND_TITLES, NAMES, prng, QUESTIONS, VENUES } from './lib/benchData'

type Mode = 'project' | 'baseline'
type Phase = 'setup' | 'events' | 'feedback' | 'final'
type Id = number
type EventRow = Omit<Event, 'id' | 'createdAt' | 'updatedAt'>
type FeedbackRow = Omit<Feedback, 'id' | 'createdAt' | 'updatedAt'>
type Actor = User & { collection: 'users' }
type Series = { p50: number; p99: number; mean: number; queries: number; avgRows: number }
type Setup = { before: { events: number; feedback: number }; seededListing: { startAt: string; groups: Id[] }[] }

const MODE: Mode = process.env.BENCH_MODE === 'baseline' ? 'baseline' : 'project'
const PHASE = (process.env.BENCH_PHASE || 'setup') as Phase
const STATE_DIR = process.env.BENCH_STATE_DIR || '.'
const EVENTS = Number(process.env.BENCH_EVENTS || 50_000)
const FEEDBACK = Number(process.env.BENCH_FEEDBACK || 200_000)
const QUERIES = Number(process.env.BENCH_QUERIES || 200)
const CONCURRENCY = Math.max(1, Number(process.env.BENCH_CONCURRENCY || 1))
const FROM = Number(process.env.BENCH_FROM || 0)
const TO = Number(process.env.BENCH_TO || (PHASE === 'feedback' ? FEEDBACK : EVENTS))
/** Wall seconds of the chunks before this one, for the overall rate in the progress lines. */
const PRIOR_SECONDS = Number(process.env.BENCH_PRIOR_SECONDS || 0)
const PROGRESS = (total: number) => Number(process.env.BENCH_PROGRESS) || Math.max(100, Math.min(5000, Math.ceil(total / 10)))
const SLUGS = ['events', 'feedback'] as const
const tag = MODE === 'project' ? '[Loa]  ' : '[plain]'
const statePath = (name: string) => path.join(STATE_DIR, name)

// ---------------------------------------------------------------------------------------------
// Memory: heap and RSS sampled every 100 ms and at every progress line; peak RSS from the kernel.
let peakHeap = 0
const sampleHeap = () => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)
}
const sampler = setInterval(sampleHeap, 100)
sampler.unref()
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)
const memory = () => {
  sampleHeap()
  const m = process.memoryUsage()
  return {
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    peakHeapMB: mb(peakHeap),
    rssMB: mb(m.rss),
    heapTotalMB: mb(m.heapTotal),
    externalMB: mb(m.external),
  }
}

/** The project path acts as the user, with access control; the baseline as the server, without. */
const as = (user: Actor) => (MODE === 'project' ? { overrideAccess: false, user } : { overrideAccess: true })

// ---------------------------------------------------------------------------------------------
// The steps.

async function setup(payload: Payload) {
  const started = performance.now()
  // Both sides seed through the project's hooks, so both start from the same data.
  console.log(`${tag} nạp dữ liệu tham chiếu – seeding reference data and demo accounts`)
  await seed(payload, { demo: true, content: false })
  await createCoordinators(payload)
  const ref = await referenceData(payload)
  // The seed's own events of the listing coordinator: part of the listing's expected answers.
  const seeded = await payload.find({
    collection: 'events',
    where: { and: [{ organization: { equals: ref.listing.organization } }, { status: { in: ['held', 'reported'] } }] },
    depth: 0,
    pagination: false,
    select: { startAt: true, audienceGroups: true },
  })
  const state: Setup = {
    before: {
      events: (await payload.count({ collection: 'events' })).totalDocs,
      feedback: (await payload.count({ collection: 'feedback' })).totalDocs,
    },
    seededListing: seeded.docs.map((e) => ({ startAt: e.startAt, groups: (e.audienceGroups ?? []) as Id[] })),
  }
  fs.writeFileSync(statePath('setup.json'), JSON.stringify(state))
  return { seedSeconds: (performance.now() - started) / 1000, organizations: ref.owners.length, before: state.before }
}

async function insertEvents(payload: Payload) {
  const ref = await referenceData(payload)
  const stripped = MODE === 'baseline' ? stripHooks(payload) : {}
  const gen = eventRows(ref)
  for (let i = 0; i < FROM; i++) gen.next(i) // the rows of the chunks before
  const ids: Id[] = []
  let reportedUpdates = 0
  let updateSeconds = 0
  const result = await insertAll('sự kiện – events', EVENTS, async (i) => {
    const { row, owner } = gen.next(i)
    // A new event is planned or held; a reported one is created held, then reported (as in the app).
    const reported = row.status === 'reported'
    const doc = await payload.create({ collection: 'events', data: reported ? { ...row, status: 'held' } : row, depth: 0, ...as(owner.user) })
    if (reported) {
      const t0 = performance.now()
      await payload.update({ collection: 'events', id: doc.id, data: { status: 'reported' }, depth: 0, ...as(owner.user) })
      updateSeconds += (performance.now() - t0) / 1000
      reportedUpdates++
    }
    ids[i - FROM] = doc.id
  })
  return { ...result, reportedUpdates, updateSeconds, ids, stripped }
}

async function insertFeedback(payload: Payload) {
  const ref = await referenceData(payload)
  const stripped = MODE === 'baseline' ? stripHooks(payload) : {}
  const eventIds = JSON.parse(fs.readFileSync(statePath('event-ids.json'), 'utf8')) as (Id | null)[]
  const events = eventRows(ref)
  const eventOwner = eventIds.map((_, i) => events.next(i).owner.user)
  const gen = feedbackRows(ref, eventIds, eventOwner)
  for (let i = 0; i < FROM; i++) gen.next(i)
  const result = await insertAll('ý kiến – feedback', FEEDBACK, async (i) => {
    const { row, by } = gen.next(i)
    await payload.create({ collection: 'feedback', data: row, depth: 0, ...as(by) })
  })
  return { ...result, stripped }
}

async function final(payload: Payload) {
  const ref = await referenceData(payload)
  const stripped = MODE === 'baseline' ? stripHooks(payload) : {}
  const hooksLeft = Object.fromEntries(SLUGS.map((slug) => [slug, hookNames(payload, slug)]))
  const setupState = JSON.parse(fs.readFileSync(statePath('setup.json'), 'utf8')) as Setup
  const counts = {
    events: (await payload.count({ collection: 'events' })).totalDocs - setupState.before.events,
    feedback: (await payload.count({ collection: 'feedback' })).totalDocs - setupState.before.feedback,
  }

  // Do the hooks run? A row the project's hooks refuse: refused by Loa, stored by the baseline.
  const hookCheck = await invalidRowCheck(payload, ref)
  console.log(`${tag} kiểm tra hook – hook check: event ${hookCheck.events.outcome}; feedback ${hookCheck.feedback.outcome}`)

  // The listing's expected answers: the seed's events of that coordinator and the generated ones.
  const tally = new Map<string, number>()
  for (const e of setupState.seededListing) countForListing(tally, e.startAt, e.groups)
  const gen = eventRows(ref)
  for (let i = 0; i < EVENTS; i++) {
    const { row, owner } = gen.next(i)
    if (owner === ref.listing && (row.status === 'held' || row.status === 'reported')) countForListing(tally, row.startAt, row.audienceGroups as Id[])
  }
  console.log(`${tag} liệt kê sự kiện theo tháng – month listing, ${QUERIES} queries per variant`)
  const listing = await monthListing(payload, ref, tally)
  return { counts, hookCheck, listing, hooks: { remaining: hooksLeft, stripped } }
}

function countForListing(tally: Map<string, number>, startAt: string, groups: Id[]) {
  const month = vietnamDate(startAt).slice(0, 7)
  tally.set(month, (tally.get(month) ?? 0) + 1)
  for (const g of new Set(groups.map(String))) tally.set(`${month}|${g}`, (tally.get(`${month}|${g}`) ?? 0) + 1)
}

/** The collection-level hooks of a collection, by kind, as function names. */
function hookNames(payload: Payload, slug: (typeof SLUGS)[number]): Record<string, string[]> {
  const hooks = payload.collections[slug].config.hooks as unknown as Record<string, unknown[] | undefined>
  const names: Record<string, string[]> = {}
  for (const [kind, list] of Object.entries(hooks)) {
    if (Array.isArray(list) && list.length) names[kind] = list.map((fn) => (fn as { name?: string }).name || '(anonymous)')
  }
  return names
}

/**
 * The baseline: every collection-level hook of events and feedback removed from the running
 * instance (operations read `collection.config.hooks` on each call). A new object with empty lists;
 * the arrays shared with collections/* are left as they were. Returns what was removed.
 */
function stripHooks(payload: Payload) {
  const removed: Record<string, Record<string, string[]>> = {}
  for (const slug of SLUGS) {
    const collection = payload.collections[slug].config
    removed[slug] = hookNames(payload, slug)
    collection.hooks = Object.fromEntries(Object.keys(collection.hooks).map((kind) => [kind, []])) as unknown as typeof collection.hooks
    const left = hookNames(payload, slug)
    if (Object.keys(left).length) throw new Error(`${slug}: hooks left after stripping: ${JSON.stringify(left)}`)
  }
  return removed
}

/** Insert rows FROM..TO-1 of `total`, CONCURRENCY at a time; a progress line every few thousand rows. */
async function insertAll(label: string, total: number, insert: (i: number) => Promise<void>) {
  const every = PROGRESS(total)
  const errors: string[] = []
  let next = FROM
  let done = 0
  let failed = 0
  const rssStart = process.memoryUsage().rss
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  const worker = async () => {
    while (next < TO) {
      const i = next++
      try {
        await insert(i)
      } catch (error) {
        failed++
        if (errors.length < 5) errors.push(`row ${i}: ${describe(error)}`)
      }
      done++
      if ((FROM + done) % every === 0 || FROM + done === total) {
        sampleHeap()
        const s = (performance.now() - t0) / 1000
        const m = process.memoryUsage()
        console.log(
          `${tag} ${label} ${FROM + done}/${total}: ${Math.round((FROM + done) / (PRIOR_SECONDS + s))} rows/s so far, ` +
            `${(PRIOR_SECONDS + s).toFixed(1)} s, heap ${mb(m.heapUsed)} MB, RSS ${mb(m.rss)} MB${failed ? `, ${failed} FAILED` : ''}`,
        )
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, Math.max(TO - FROM, 1)) }, worker))
  const seconds = (performance.now() - t0) / 1000
  // CPU time of this process (the SQLite engine runs inside it): less sensitive than wall time to
  // other work on a shared machine.
  const cpu = process.cpuUsage(cpu0)
  for (const e of errors) console.error(`${tag} ✗ ${label} ${e}`)
  return { rows: TO - FROM, failed, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, rssGrowthMB: mb(process.memoryUsage().rss - rssStart), errors }
}

function describe(error: unknown): string {
  const e = error as { message?: string; data?: { errors?: { path?: string; message?: string }[] } }
  const fields = e.data?.errors?.map((x) => `${x.path}: ${x.message}`).join('; ')
  return `${e.message ?? String(error)}${fields ? ` (${fields})` : ''}`
}

// ---------------------------------------------------------------------------------------------
// Reference data: the seeded catalogues and the users who write events and feedback.

type Owner = { user: Actor; organization: Id; commune: Id | null; weight: number }
type Ref = Awaited<ReturnType<typeof referenceData>>

/** The organizations that get a bench coordinator: every city body without one, seven commune committees. */
async function benchOrganizations(payload: Payload) {
  const organizations = (await payload.find({ collection: 'organizations', depth: 0, pagination: false, sort: 'name' })).docs
  const demo = await payload.find({ collection: 'users', where: { email: { contains: '@demo.loa' } }, depth: 0, pagination: false })
  const taken = new Set(demo.docs.filter((u) => u.role === 'coordinator').map((u) => String(typeof u.organization === 'object' ? u.organization?.id : u.organization)))
  const free = organizations.filter((o) => !taken.has(String(o.id)))
  const cityBodies = free.filter((o) => o.kind !== 'commune_committee')
  const communes = free.filter((o) => o.kind === 'commune_committee').filter((_, i) => i % 16 === 3).slice(0, 7)
  return [...cityBodies, ...communes].map((org, i) => ({ org, email: `bench-${i + 1}@bench.loa` }))
}

async function createCoordinators(payload: Payload) {
  for (const [i, { org, email }] of (await benchOrganizations(payload)).entries()) {
    await payload.create({
      collection: 'users',
      data: { email, password: 'bench-events-2026', name: `Điều phối viên ${i + 1}`, role: 'coordinator', organization: org.id },
      depth: 0,
    })
  }
}

async function referenceData(payload: Payload) {
  const all = async <T>(collection: 'organizations' | 'localities' | 'audience-groups' | 'topics', sort: string) =>
    (await payload.find({ collection, depth: 0, pagination: false, sort })).docs as unknown as T[]
  const organizations = await all<{ id: Id; name: string; kind: string; locality?: Id | null }>('organizations', 'name')
  const localities = await all<{ id: Id; name: string }>('localities', 'name')
  const groups = await all<{ id: Id; code: string; name: string }>('audience-groups', 'code')
  const topics = await all<{ id: Id; code: string; name: string }>('topics', 'code')
  const user = async (email: string): Promise<Actor> => {
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0 })
    if (!docs[0]) throw new Error(`no user ${email}`)
    return { ...docs[0], collection: 'users' }
  }
  const orgOf = (u: Actor) => (typeof u.organization === 'object' ? u.organization?.id : u.organization) as Id
  const localityOf = (org: Id) => organizations.find((o) => o.id === org && o.kind === 'commune_committee')?.locality ?? null

  // The demo coordinators keep 44 % of the events; the bench coordinators split the rest evenly.
  const owners: Owner[] = []
  const add = (u: Actor, weight: number) => owners.push({ user: u, organization: orgOf(u), commune: localityOf(orgOf(u)), weight })
  add(await user('ldld@demo.loa'), 25)
  add(await user('hoinongdan@demo.loa'), 15)
  add(await user('thienhuong@demo.loa'), 4)
  const bench = await benchOrganizations(payload)
  for (const { email } of bench) add(await user(email), 56 / bench.length)
  const listing = owners[0]
  const editor = await user('editor@demo.loa')
  return { localities, groups, topics, owners, listing, editor }
}

// ---------------------------------------------------------------------------------------------
// Rows: deterministic (mulberry32), the same in both processes.



const FUNDING = ['state_budget', 'bhxh_funds', 'other'] as const
const DAY_MS = 24 * 3600 * 1000

function eventRows(ref: Ref) {
  const r = prng(20262030)
  const totalWeight = ref.owners.reduce((s, o) => s + o.weight, 0)
  const groupIds = ref.groups.map((g) => g.id)
  const topicIds = ref.topics.map((t) => t.id)
  const firstDay = Date.UTC(2026, 0, 1)
  const days = Math.round((Date.UTC(2030, 11, 31) - firstDay) / DAY_MS) + 1
  return {
    next(i: number): { row: EventRow; owner: Owner } {
      let w = r.next() * totalWeight
      const owner = ref.owners.find((o) => (w -= o.weight) < 0) ?? ref.owners[ref.owners.length - 1]
      const kind = r.pick(EVENT_KINDS)
      const localityId = owner.commune ?? r.pick(ref.localities).id
      const locality = ref.localities.find((l) => l.id === localityId)
      // 07:00–16:45 Vietnam time on a day of the term; 1–4 hours.
      const startAt = new Date(firstDay + r.int(0, days - 1) * DAY_MS + (r.int(7 * 4, 16 * 4 + 3) * 15 - 7 * 60) * 60_000)
      const endAt = new Date(startAt.getTime() + r.int(4, 16) * 15 * 60_000)
      const groups = r.distinct(groupIds, r.int(1, 3))
      const planned = r.int(20, 400)
      const status = r.chance(0.1) ? 'planned' : r.chance(0.5) ? 'held' : 'reported'
      const row: EventRow = {
        title: `${KIND_TITLES[kind]} – ${locality?.name ?? ''} (${i + 1})`,
        kind,
        organization: owner.organization,
        startAt: startAt.toISOString(),
        endAt: endAt.toISOString(),
        locality: localityId,
        venue: r.pick(VENUES),
        audienceGroups: groups,
        topics: r.distinct(topicIds, r.int(1, 2)),
        plannedAttendance: planned,
        status,
      }
      if (status !== 'planned') {
        const attendance = r.int(Math.round(planned * 0.5), Math.round(planned * 1.1))
        let left = attendance
        row.attendance = attendance
        row.women = r.int(0, attendance)
        row.materialsHandedOut = r.int(0, attendance * 2)
        row.attendanceByGroup = groups.map((group) => {
          const count = r.int(0, left)
          left -= count
          return { group, count }
        })
        row.questionsRaised = r.distinct(QUESTIONS, r.int(1, 2)).map((text) => ({ text }))
        row.satisfaction = r.int(55, 100)
        row.newVoluntaryBhxh = r.int(0, Math.ceil(attendance / 10))
        row.newHouseholdBhyt = r.int(0, Math.ceil(attendance / 5))
        row.actualCost = r.int(0, 400) * 50_000
        row.fundingSource = r.pick(FUNDING)
      }
      return { row, owner }
    },
  }
}


function feedbackRows(ref: Ref, eventIds: (Id | null)[], eventOwner: Actor[]) {
  const r = prng(13_2023)
  const cityOrgs = ref.owners.map((o) => o.organization)
  const created = eventIds.flatMap((id, i) => (id === null || id === undefined ? [] : [{ id, owner: eventOwner[i] }]))
  return {
    next(i: number): { row: FeedbackRow; by: Actor } {
      const source = r.pick(['event', 'event', 'hotline', 'hotline', 'visit', 'web_form', 'web_form', 'web_form'] as const)
      const atEvent = source === 'event' && created.length ? r.pick(created) : null
      const consent = r.chance(0.4)
      const status = r.pick(['new', 'new', 'new', 'assigned', 'assigned', 'answered', 'answered', 'closed', 'escalated'] as const)
      const row: FeedbackRow = {
        kind: r.pick(['question', 'question', 'complaint', 'suggestion'] as const),
        source,
        text: `${r.pick(FEEDBACK_TEXTS)} (ý kiến ${i + 1})`,
        locality: r.pick(ref.localities).id,
        audienceGroup: r.pick(ref.groups).id,
        topic: r.pick(ref.topics).id,
        consent,
        status,
      }
      if (atEvent) row.event = atEvent.id
      if (consent) {
        row.name = r.pick(NAMES)
        if (r.chance(0.8)) row.phone = `09${String(r.int(0, 99_999_999)).padStart(8, '0')}`
        if (r.chance(0.5)) row.email = `nguoidan${i + 1}@example.vn`
      }
      if (status !== 'new') {
        row.assignedTo = atEvent ? (atEvent.owner.organization as Id) : r.pick(cityOrgs)
      }
      if (status === 'answered' || status === 'closed') {
        row.answer = r.pick(ANSWERS)
        if (r.chance(0.5)) row.satisfaction = r.pick(['satisfied', 'neutral', 'unsatisfied'] as const)
      }
      // Logged by the coordinator of the event it was raised at, otherwise by BHXH communications staff.
      return { row, by: atEvent ? atEvent.owner : ref.editor }
    },
  }
}

// ---------------------------------------------------------------------------------------------
// Checks and the month listing.

/** One event and one feedback item that the project's hooks refuse (and no field validation does). */
async function invalidRowCheck(payload: Payload, ref: Ref) {
  const owner = ref.listing
  const event: EventRow = {
    title: 'Hàng sai có chủ đích – deliberately invalid',
    kind: 'conference',
    organization: owner.organization,
    startAt: '2027-03-10T01:00:00.000Z',
    endAt: '2027-03-10T03:00:00.000Z',
    locality: ref.localities[0].id,
    status: 'held',
    attendance: 10,
    women: 20, // more women than people
    attendanceByGroup: [{ group: ref.groups[0].id, count: 50 }], // more than the total
  }
  const feedback: FeedbackRow = {
    kind: 'question',
    source: 'hotline',
    text: 'Hàng sai có chủ đích: họ tên và điện thoại nhưng không đồng ý.',
    name: 'Nguyễn Văn An',
    phone: '0912345678',
    consent: false, // personal data without consent
    status: 'new',
  }
  const attempt = async (collection: 'events' | 'feedback', data: EventRow | FeedbackRow, user: Actor) => {
    const before = (await payload.count({ collection })).totalDocs
    try {
      const doc = await payload.create({ collection, data: data as never, depth: 0, ...as(user) })
      await payload.delete({ collection, id: doc.id, overrideAccess: true })
      const after = (await payload.count({ collection })).totalDocs
      return { accepted: true, outcome: `accepted (then deleted: ${after === before ? 'ok' : 'count differs'})`, countUnchanged: after === before }
    } catch (error) {
      const after = (await payload.count({ collection })).totalDocs
      return { accepted: false, outcome: `refused: ${describe(error).slice(0, 200)}`, countUnchanged: after === before }
    }
  }
  return {
    events: await attempt('events', event, owner.user),
    feedback: await attempt('feedback', feedback, ref.editor),
  }
}

/** Start of a month in Vietnam time (UTC+7), as an ISO instant. */
const monthStart = (year: number, month0: number) => new Date(Date.UTC(year, month0, 1) - 7 * 3600 * 1000).toISOString()

async function monthListing(payload: Payload, ref: Ref, tally: Map<string, number>) {
  const owner = ref.listing
  const months: { key: string; from: string; to: string }[] = []
  for (let y = 2026; y <= 2030; y++) {
    for (let m = 0; m < 12; m++) {
      months.push({ key: `${y}-${String(m + 1).padStart(2, '0')}`, from: monthStart(y, m), to: monthStart(y, m + 1) })
    }
  }
  const groupIds = ref.groups.map((g) => g.id)
  const mismatches: string[] = []

  const query = async (q: number, withGroup: boolean) => {
    const month = months[(q * 17) % months.length]
    const group = groupIds[q % groupIds.length]
    const and: Where[] = [
      { organization: { equals: owner.organization } },
      { startAt: { greater_than_equal: month.from } },
      { startAt: { less_than: month.to } },
      { status: { in: ['held', 'reported'] } },
    ]
    if (withGroup) and.push({ audienceGroups: { in: [group] } })
    const args = { collection: 'events' as const, where: { and }, sort: 'startAt', limit: 100, depth: 0 }
    const t0 = performance.now()
    const res = await payload.find({ ...args, ...as(owner.user) })
    const ms = performance.now() - t0
    // Correct answers only: the generator knows how many events each month and group has.
    const expected = tally.get(withGroup ? `${month.key}|${group}` : month.key) ?? 0
    const sorted = res.docs.every((d, i) => i === 0 || d.startAt >= res.docs[i - 1].startAt)
    const inside = res.docs.every(
      (d) =>
        String(d.organization) === String(owner.organization) &&
        d.startAt >= month.from &&
        d.startAt < month.to &&
        (d.status === 'held' || d.status === 'reported') &&
        (!withGroup || (d.audienceGroups ?? []).some((g) => String(g) === String(group))),
    )
    if ((res.totalDocs !== expected || res.docs.length !== Math.min(100, expected) || !sorted || !inside) && mismatches.length < 5) {
      mismatches.push(`${month.key}${withGroup ? ` group ${group}` : ''}: ${res.totalDocs} found, ${expected} expected${sorted ? '' : ', not sorted'}${inside ? '' : ', rows outside the filter'}`)
    }
    return { ms, rows: res.docs.length }
  }

  const series = async (withGroup: boolean): Promise<Series> => {
    for (let q = 0; q < Math.min(10, QUERIES); q++) await query(q + 1000, withGroup) // warm-up
    const times: number[] = []
    let rows = 0
    for (let q = 0; q < QUERIES; q++) {
      const { ms, rows: n } = await query(q, withGroup)
      times.push(ms)
      rows += n
    }
    times.sort((a, b) => a - b)
    const pct = (p: number) => times[Math.min(times.length - 1, Math.max(0, Math.ceil((p / 100) * times.length) - 1))] ?? 0
    return {
      p50: pct(50),
      p99: pct(99),
      mean: times.reduce((s, t) => s + t, 0) / (times.length || 1),
      queries: times.length,
      avgRows: rows / (QUERIES || 1),
    }
  }

  const withGroup = await series(true)
  const monthOnly = await series(false)
  return { coordinator: owner.user.email, withGroup, monthOnly, mismatches }
}

// ---------------------------------------------------------------------------------------------
// Main (last: the constants above must exist before the top-level await runs).
const config: SanitizedConfig = await configPromise
const payload = await getPayload({ config })
let exitCode = 0
try {
  const steps = { setup, events: insertEvents, feedback: insertFeedback, final }
  if (!(PHASE in steps)) throw new Error(`unknown BENCH_PHASE ${PHASE}`)
  const result = { mode: MODE, phase: PHASE, ...(await steps[PHASE](payload)), memory: memory() }
  clearInterval(sampler)
  const json = JSON.stringify(result)
  if (process.env.BENCH_RESULT_FILE) fs.writeFileSync(process.env.BENCH_RESULT_FILE, json)
  else console.log(json)
} catch (error) {
  console.error(error)
  exitCode = 1
} finally {
  await payload.destroy()
}
process.exit(exitCode)
