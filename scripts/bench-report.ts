/**
 * `payload run scripts/bench-report.ts` (from scripts/bench-report.mjs): one step of the report
 * benchmark, on the SQLite file the driver made for it (DATABASE_URL). Each step is its own process.
 *
 *   BENCH_PHASE=build    schema pushed by getPayload (NODE_ENV=development), the plan's reference data
 *                        (seed: 114 communes, their People's Committees, the city bodies, audience
 *                        groups, topics, targets), then, through payload.create (few rows, every hook
 *                        on): campaigns, approved standard messages, annual plans with budget lines,
 *                        more city and commune targets. The bulk — events with their results,
 *                        feedback, media outputs, participation figures — goes straight into the
 *                        tables with multi-row INSERTs in transactions on the adapter's own libsql
 *                        client: through payload.create it would take over an hour (≈20 ms a row).
 *                        The rows are written as Payload writes them (ISO UTC date strings with
 *                        milliseconds, hasMany relationships in `<table>_rels` with `path` and
 *                        `order`, arrays in their own tables with `_order`, `_parent_id` and a text
 *                        id, participation rates computed by the app's participationRates). No
 *                        tally is written here.
 *   BENCH_PHASE=tallies  the outreach tallies built by the app's own code, rebuildTallies(payload)
 *                        (timed: the one-off "build tallies" figure, with its RSS month by month
 *                        and its peak), then the cost of keeping them current (saves recording
 *                        their buckets, and the refresh folding them in), then a few unit reports
 *                        through payload.create (each compiles its figures through the app).
 *   BENCH_PHASE=time     the timing process. Creates (untimed) the consolidated city report doc for
 *                        BENCH_YEAR and the final 2026–2030 review doc, then, BENCH_REPEAT times
 *                        after one cold call each, in turns: the city dashboard for BENCH_YEAR,
 *                        the city report (buildOfficialReport, then reportDocx and reportXlsx), the
 *                        final review (same), and for each of the three the floor: the same figures
 *                        computed by hand-written SQL, one query per figure, on the same file and
 *                        connection. The app's figures must equal the floor's (exit 1 otherwise).
 *                        Then the dashboard's parts, timed one by one through the same Local API
 *                        calls dashboardData makes.
 *
 * The floor is what the figures cost when computed from the source rows with the schema's own
 * indexes (nothing is added to the file); the app reads pre-aggregated monthly tallies instead,
 * so for outreach it can beat the floor, and the ratio shows where it does not.
 *
 * On SQLite the libsql client answers synchronously: a chain of awaits on it never lets the event
 * loop turn, so timers do not fire while the app works. The heap is therefore sampled after every
 * Local API call (observe()), the rebuild's progress is counted from its own writes, and the
 * timing step reports how many dashboard calls never yielded (loopWatched()).
 *
 * Options (env): BENCH_EVENTS (50000 events with results, held or reported; one planned or
 * cancelled event is added for every nine of them), BENCH_FEEDBACK (200000), BENCH_MEDIA (50000),
 * BENCH_YEAR (2028), BENCH_REPEAT (15 timed calls after the cold one), BENCH_CHUNK (5000 rows per
 * insert transaction), BENCH_PROGRESS (2000 tallies between progress lines), BENCH_KEEP_CURRENT (100
 * events and 100 media outputs saved for the keeping-current cost). Rows come from a
 * seeded PRNG (mulberry32): every run builds the same data. Each step writes its result to
 * BENCH_RESULT_FILE as JSON.
 */
import fs from 'node:fs'
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import v8 from 'node:v8'

import { getPayload, type Payload, type SanitizedConfig, type Where } from 'payload'

import configPromise from '../payload.config'
import { FUNDING_SOURCE_LABELS } from '../src/domain/budget'
import { perThousand, periodMonths, periodRange, previousPeriod } from '../src/domain/dashboard'
import { EVENT_KINDS } from '../src/domain/events'
import { MEDIA_CHANNEL_LABELS } from '../src/domain/mediaOutputs'
import { reportTables, type OfficialReport, type ReportCell, type ReportTable } from '../src/domain/officialReport'
import { COUNT_FIELDS, figureErrors, participationRates, type Counts } from '../src/domain/participation'
import { vietnamDayStart } from '../src/domain/period'
import { currentTallies, dashboardData, type Dashboard } from '../src/lib/dashboardData'
import { buildOfficialReport } from '../src/lib/reportCompiler'
import { reportDocx } from '../src/lib/reportDocx'
import { reportXlsx } from '../src/lib/reportXlsx'
import { readTallies, rebuildTallies, refreshTallies } from '../src/lib/tallies'
import type { Report } from '../src/payload-types'
import { seed } from '../src/seed'
import { ANSWERS, FEEDBACK_TEXTS, KIND_TITLES, NAMES, prng, QUESTIONS, VENUES, type Rng } from './lib/benchData'

type Phase = 'build' | 'tallies' | 'time'
type Id = number
type Row = (string | number | null)[]
type Stmt = { sql: string; args: (string | number | null)[] }
type Sql = {
  execute: (stmt: Stmt | string) => Promise<{ rows: Record<string, unknown>[] }>
  batch: (stmts: Stmt[], mode: 'write') => Promise<unknown>
}

const PHASE = (process.env.BENCH_PHASE || 'build') as Phase
const WITH_RESULTS = Number(process.env.BENCH_EVENTS || 50_000)
const WITHOUT_RESULTS = Math.round(WITH_RESULTS / 9)
const FEEDBACK = Number(process.env.BENCH_FEEDBACK || 200_000)
const MEDIA = Number(process.env.BENCH_MEDIA || 50_000)
const YEAR = Number(process.env.BENCH_YEAR || 2028)
const REPEAT = Math.max(1, Number(process.env.BENCH_REPEAT || 15))
const CHUNK = Math.max(100, Number(process.env.BENCH_CHUNK || 5000))
const FIRST_YEAR = 2026
const LAST_YEAR = 2030
/** Bound parameters per INSERT statement (SQLite allows 32,766). */
const MAX_PARAMS = 30_000
const DAY_MS = 24 * 3600 * 1000
const VN_MS = 7 * 3600 * 1000
/** Day 0 of the term in Vietnam's calendar; the term has TERM_DAYS days (2026-01-01 … 2030-12-31). */
const FIRST_DAY = Date.UTC(FIRST_YEAR, 0, 1)
const TERM_DAYS = Math.round((Date.UTC(LAST_YEAR + 1, 0, 1) - FIRST_DAY) / DAY_MS)

// ---------------------------------------------------------------------------------------------
// Memory: heap sampled every 100 ms between calls and after every Local API call (observe(),
// below); peak RSS from the kernel.
let peakHeap = 0
const sampleHeap = () => {
  peakHeap = Math.max(peakHeap, v8.getHeapStatistics().used_heap_size)
}
const sampler = setInterval(sampleHeap, 100)
sampler.unref()
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)
const memory = () => {
  sampleHeap()
  return { maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024), peakHeapMB: mb(peakHeap), rssMB: mb(process.memoryUsage().rss) }
}
const seconds = (t0: number) => (performance.now() - t0) / 1000
const log = (line: string) => console.log(`[bench:report] ${line}`)

/** The adapter's own libsql client (SQLite only: the benchmark loads and measures a SQLite file). */
function sqlClient(payload: Payload): Sql {
  const client = (payload.db as unknown as { client?: Sql }).client
  if (!client?.batch || !String(process.env.DATABASE_URL || '').startsWith('file:')) {
    throw new Error('bench:report needs a SQLite DATABASE_URL (file:…): it bulk-loads and measures the SQLite file directly')
  }
  return client
}
/** Times of the floor's queries, by query (first words of its SQL), while `profile` is set. */
let profile: Map<string, number[]> | null = null
const all = async (sql: Sql, text: string, args: (string | number | null)[] = []) => {
  const t0 = performance.now()
  const { rows } = await sql.execute({ sql: text, args })
  if (profile) {
    const key = text.replace(/\s+/g, ' ').trim().slice(0, 90)
    profile.set(key, [...(profile.get(key) ?? []), performance.now() - t0])
  }
  return rows
}
const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v))

// ---------------------------------------------------------------------------------------------
// Deterministic rows (scripts/lib/benchData.ts).


/** ISO instant (as Payload stores it) of a Vietnam wall-clock time: day of the term, minutes after midnight. */
const vnInstant = (day: number, minutes: number) => new Date(FIRST_DAY + day * DAY_MS + minutes * 60_000 - VN_MS)
/** A day of the term, Sundays half as likely as other days. */
function termDay(r: Rng): number {
  for (;;) {
    const day = r.int(0, TERM_DAYS - 1)
    if (new Date(FIRST_DAY + day * DAY_MS).getUTCDay() !== 0 || r.chance(0.5)) return day
  }
}
/** Array-row ids: 24 hex characters, like the ObjectIds Payload gives array rows. */
const arrayId = (prefix: string, n: number) => `${prefix}${n.toString(16).padStart(23, '0')}`

const FUNDING = Object.keys(FUNDING_SOURCE_LABELS)
const CHANNELS = Object.keys(MEDIA_CHANNEL_LABELS) as (keyof typeof MEDIA_CHANNEL_LABELS)[]
const OUTLETS: Record<string, string> = {
  print: 'Báo Hải Phòng',
  online_news: 'Báo Hải Phòng điện tử',
  tv: 'Đài PT-TH Hải Phòng',
  radio: 'Đài PT-TH Hải Phòng',
  loudspeaker: 'Đài truyền thanh cơ sở',
  portal: 'Cổng thông tin điện tử',
  facebook: 'Trang Facebook BHXH Hải Phòng',
  zalo: 'Zalo OA BHXH Hải Phòng',
  tiktok: 'TikTok BHXH Hải Phòng',
  youtube: 'Kênh YouTube BHXH Hải Phòng',
  sms: 'Tin nhắn thương hiệu',
}

// ---------------------------------------------------------------------------------------------
// Reference data, read back through the Local API.

type Ref = Awaited<ReturnType<typeof referenceData>>

async function referenceData(payload: Payload) {
  const list = async <T>(collection: 'organizations' | 'localities' | 'audience-groups' | 'topics' | 'campaigns' | 'messages', sort = 'id') =>
    (await payload.find({ collection, depth: 0, pagination: false, sort, overrideAccess: true })).docs as unknown as T[]
  const organizations = await list<{ id: Id; name: string; kind: string; locality?: Id | null }>('organizations')
  const localities = await list<{ id: Id; name: string }>('localities')
  const groups = await list<{ id: Id; code: string }>('audience-groups')
  const topics = await list<{ id: Id; code: string }>('topics')
  const committees = organizations.filter((o) => o.kind === 'commune_committee')
  const committeeOf = new Map(committees.map((o) => [Number(o.locality), o.id]))
  const cityBodies = organizations.filter((o) => o.kind !== 'commune_committee')
  return { organizations, localities, groups, topics, committees, committeeOf, cityBodies }
}

// ---------------------------------------------------------------------------------------------
// Step 1: build.

/** Multi-row INSERTs of `rows` into `table`, as few statements as the parameter limit allows. */
function inserts(table: string, columns: string[], rows: Row[]): Stmt[] {
  const per = Math.max(1, Math.min(1000, Math.floor(MAX_PARAMS / columns.length)))
  const one = `(${columns.map(() => '?').join(',')})`
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(',')}) VALUES `
  const out: Stmt[] = []
  for (let i = 0; i < rows.length; i += per) {
    const slice = rows.slice(i, i + per)
    out.push({ sql: head + slice.map(() => one).join(','), args: slice.flat() })
  }
  return out
}

/** Rows written in one transaction per chunk; a progress line per chunk. */
async function load(sql: Sql, label: string, total: number, chunkOf: (from: number, to: number) => Stmt[]) {
  const t0 = performance.now()
  for (let from = 0; from < total; from += CHUNK) {
    const to = Math.min(total, from + CHUNK)
    await sql.batch(chunkOf(from, to), 'write')
    if (to === total || (to / CHUNK) % Math.max(1, Math.round(total / CHUNK / 5)) === 0) {
      log(`${label} ${to}/${total}: ${seconds(t0).toFixed(1)} s, RSS ${mb(process.memoryUsage().rss)} MB`)
    }
  }
  return seconds(t0)
}

async function build(payload: Payload) {
  const sql = sqlClient(payload)
  const times: Record<string, number> = {}
  let t0 = performance.now()
  log('nạp dữ liệu tham chiếu – seeding reference data (114 communes, organizations, groups, topics, targets)')
  await seed(payload, { demo: false, content: false })
  // The figures below are invented: the reports printed from them say "Số liệu minh họa".
  await payload.updateGlobal({ slug: 'demo-data', data: { illustrative: true }, depth: 0 })
  const ref = await referenceData(payload)
  times.seedSeconds = seconds(t0)

  // Few rows, through payload.create with every hook on (no user: trusted server code, as the seed).
  t0 = performance.now()
  const r = prng(20262030)
  const create = async (collection: 'campaigns' | 'messages' | 'plans' | 'targets', data: Record<string, unknown>) =>
    (await payload.create({ collection, data: data as never, depth: 0, overrideAccess: true })).id as Id
  const bhxh = ref.cityBodies.find((o) => o.kind === 'social_insurance') ?? ref.cityBodies[0]
  const messageIds: Id[] = []
  for (let i = 0; i < 30; i++) {
    messageIds.push(
      await create('messages', {
        title: `Thông điệp chuẩn ${i + 1}: ${r.pick(['BHXH tự nguyện', 'BHYT hộ gia đình', 'VssID', 'Luật BHXH 2024', 'BHYT học sinh'])}`,
        short: `Tham gia BHXH, BHYT để được bảo vệ khi ốm đau, tuổi già (${i + 1}). Hỏi đáp: 1900 9068.`,
        ownerOrganization: bhxh.id,
        audienceGroups: r.distinct(ref.groups, r.int(1, 2)).map((g) => g.id),
        topics: r.distinct(ref.topics, r.int(1, 2)).map((t) => t.id),
        status: 'approved',
      }),
    )
  }
  // Campaigns: ten a year, one to three months each; events and outputs in their window may join them.
  const campaigns: { id: Id; from: number; to: number }[] = []
  for (let i = 0; i < 50; i++) {
    const year = FIRST_YEAR + Math.floor(i / 10)
    const from = Math.round((Date.UTC(year, 0, 1) - FIRST_DAY) / DAY_MS) + r.int(0, 300)
    const to = Math.min(TERM_DAYS - 1, from + r.int(30, 90))
    const lead = r.chance(0.7) ? r.pick(ref.cityBodies) : r.pick(ref.committees)
    const id = await create('campaigns', {
      name: `Chiến dịch ${i + 1}: ${r.pick(['Tháng vận động BHXH tự nguyện', 'BHYT cho mọi nhà', 'Luật BHXH 2024 đến khu công nghiệp', 'Học sinh với BHYT'])} ${year}`,
      organization: lead.id,
      startDate: vietnamDayStart(new Date(FIRST_DAY + from * DAY_MS).toISOString().slice(0, 10)).toISOString(),
      endDate: vietnamDayStart(new Date(FIRST_DAY + to * DAY_MS).toISOString().slice(0, 10)).toISOString(),
      status: 'closed',
      audienceGroups: r.distinct(ref.groups, 2).map((g) => g.id),
      topics: r.distinct(ref.topics, 2).map((t) => t.id),
      budgetEstimate: r.int(20, 400) * 1_000_000,
    })
    campaigns.push({ id, from, to })
  }
  const campaignsOn: Id[][] = Array.from({ length: TERM_DAYS }, () => [])
  for (const c of campaigns) for (let d = c.from; d <= c.to; d++) campaignsOn[d].push(c.id)
  // Annual plans with budget lines: every city body and 20 commune committees a year; most approved.
  let plans = 0
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    for (const org of [...ref.cityBodies, ...r.distinct(ref.committees, 20)]) {
      await create('plans', {
        title: `Kế hoạch tuyên truyền BHXH, BHYT năm ${year} – ${org.name}`,
        organization: org.id,
        periodKind: 'year',
        year,
        status: r.chance(0.8) ? 'approved' : r.pick(['draft', 'submitted']),
        budget: r.distinct(FUNDING, r.int(1, 3)).map((source) => ({ source, amount: r.int(5, 300) * 1_000_000 })),
      })
      plans++
    }
  }
  // Targets the seed leaves out: city-wide BHYT and BHXH for every year, and some communes' own.
  let targets = 0
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    const existing = await payload.find({ collection: 'targets', where: { and: [{ year: { equals: year } }, { locality: { exists: false } }] }, depth: 0, pagination: false, overrideAccess: true })
    const has = new Set(existing.docs.map((t) => t.indicator))
    const city = { bhytCoverage: 95.5 + (year - FIRST_YEAR) * 0.4, bhxhParticipation: 56.8 + (year - FIRST_YEAR) * 1.3 }
    for (const [indicator, minimum] of Object.entries(city)) {
      if (has.has(indicator as never)) continue
      await create('targets', { indicator, year, minimum: Math.round(minimum * 10) / 10, source: 'bench:report' })
      targets++
    }
    for (const l of r.distinct(ref.localities, 12)) {
      await create('targets', { indicator: 'bhytCoverage', year, locality: l.id, minimum: Math.round((94 + r.next() * 4) * 10) / 10, source: 'bench:report' })
      targets++
    }
  }
  times.payloadCreateSeconds = seconds(t0)
  log(`qua payload.create – through payload.create: ${messageIds.length} messages, ${campaigns.length} campaigns, ${plans} plans, ${targets} targets (${times.payloadCreateSeconds.toFixed(1)} s)`)

  // ---- Events, with their hasMany relationships and arrays. ----
  const totalEvents = WITH_RESULTS + WITHOUT_RESULTS
  const firstEventId = num((await all(sql, 'SELECT COALESCE(MAX(id), 0) AS m FROM events'))[0].m) + 1
  const groupIds = ref.groups.map((g) => g.id)
  const topicIds = ref.topics.map((t) => t.id)
  const cityWeights = ref.cityBodies.map((_, i) => 1 + (i % 4))
  const heldEvents: { id: Id; day: number; organization: Id }[] = []
  let abgRows = 0
  let questionRows = 0
  let relRows = 0
  const er = prng(4_2026)
  // Which events have results: a fixed share, spread evenly (every tenth is planned or cancelled).
  const hasResults = (i: number) => Math.floor(((i + 1) * WITH_RESULTS) / totalEvents) > Math.floor((i * WITH_RESULTS) / totalEvents)
  times.eventsSeconds = await load(sql, 'sự kiện – events', totalEvents, (from, to) => {
    const events: Row[] = []
    const rels: Row[] = []
    const abg: Row[] = []
    const questions: Row[] = []
    for (let i = from; i < to; i++) {
      const id = firstEventId + i
      const day = termDay(er)
      const commune = er.chance(0.6)
      const organization = commune ? er.pick(ref.committees) : ref.cityBodies[er.weighted(cityWeights)]
      const locality = commune ? Number(organization.locality) : er.pick(ref.localities).id
      const localityName = ref.localities.find((l) => l.id === locality)?.name ?? ''
      const kind = er.pick(EVENT_KINDS)
      const start = vnInstant(day, er.int(7 * 4, 16 * 4 + 3) * 15)
      const end = new Date(start.getTime() + er.int(4, 16) * 15 * 60_000)
      const groups = er.distinct(groupIds, er.int(1, 3))
      const topics = er.distinct(topicIds, er.int(1, 2))
      const onDay = campaignsOn[day]
      const campaign = onDay.length && er.chance(0.35) ? er.pick(onDay) : null
      const planned = er.int(20, 400)
      const results = hasResults(i)
      const status = results ? (er.chance(0.6) ? 'reported' : 'held') : er.chance(0.75) ? 'planned' : 'cancelled'
      const createdAt = new Date(start.getTime() - er.int(3, 40) * DAY_MS).toISOString()
      const updatedAt = results ? new Date(end.getTime() + er.int(1, 10) * DAY_MS).toISOString() : createdAt
      let attendance: number | null = null
      let women: number | null = null
      let materials: number | null = null
      let satisfaction: number | null = null
      let newVoluntary: number | null = null
      let newHousehold: number | null = null
      let cost: number | null = null
      let funding: string | null = null
      if (results) {
        attendance = er.int(Math.round(planned * 0.5), Math.round(planned * 1.1))
        women = er.int(0, attendance)
        materials = er.int(0, attendance * 2)
        satisfaction = er.chance(0.9) ? er.int(55, 100) : null
        newVoluntary = er.int(0, Math.ceil(attendance / 10))
        newHousehold = er.int(0, Math.ceil(attendance / 5))
        cost = er.chance(0.95) ? er.int(0, 400) * 50_000 : null
        funding = cost !== null && er.chance(0.92) ? er.pick(FUNDING) : null
        let left = attendance
        groups.forEach((group, k) => {
          const count = k === groups.length - 1 && er.chance(0.5) ? left : er.int(0, left)
          left -= count
          abg.push([k + 1, id, arrayId('a', abgRows++), group, count])
        })
        er.distinct(QUESTIONS, er.int(1, 2)).forEach((text, k) => questions.push([k + 1, id, arrayId('b', questionRows++), text]))
        heldEvents.push({ id, day, organization: organization.id })
      }
      groups.forEach((g, k) => rels.push([k + 1, id, 'audienceGroups', null, g, null]))
      topics.forEach((t, k) => rels.push([k + 1, id, 'topics', null, null, t]))
      if (er.chance(0.2)) rels.push([1, id, 'coOrganizers', er.pick(ref.cityBodies).id, null, null])
      events.push([
        id,
        `${KIND_TITLES[kind]} – ${localityName} (${i + 1})`,
        kind,
        campaign,
        organization.id,
        start.toISOString(),
        end.toISOString(),
        locality,
        er.pick(VENUES),
        planned,
        status,
        status === 'cancelled' ? 'Trùng lịch công tác của địa phương' : null,
        attendance,
        women,
        materials,
        satisfaction,
        newVoluntary,
        newHousehold,
        cost,
        funding,
        updatedAt,
        createdAt,
      ])
    }
    relRows += rels.length
    return [
      ...inserts(
        'events',
        ['id', 'title', 'kind', 'campaign_id', 'organization_id', 'start_at', 'end_at', 'locality_id', 'venue', 'planned_attendance', 'status', 'cancel_reason',
          'attendance', 'women', 'materials_handed_out', 'satisfaction', 'new_voluntary_bhxh', 'new_household_bhyt', 'actual_cost', 'funding_source', 'updated_at', 'created_at'],
        events,
      ),
      ...inserts('events_rels', ['order', 'parent_id', 'path', 'organizations_id', 'audience_groups_id', 'topics_id'], rels),
      ...inserts('events_attendance_by_group', ['_order', '_parent_id', 'id', 'group_id', 'count'], abg),
      ...inserts('events_questions_raised', ['_order', '_parent_id', 'id', 'text'], questions),
    ]
  })

  // ---- Feedback: spread over the term; a quarter raised at an event. ----
  const fr = prng(13_2023)
  const assignees = [...ref.cityBodies, ...ref.committees]
  times.feedbackSeconds = await load(sql, 'ý kiến – feedback', FEEDBACK, (from, to) => {
    const rows: Row[] = []
    for (let i = from; i < to; i++) {
      const created = vnInstant(termDay(fr), fr.int(0, 24 * 60 - 1)).getTime() + fr.int(0, 59_999)
      const source = fr.pick(['event', 'event', 'hotline', 'hotline', 'visit', 'web_form', 'web_form', 'web_form'])
      const event = source === 'event' && heldEvents.length ? fr.pick(heldEvents) : null
      const consent = fr.chance(0.4)
      const status = fr.pick(['new', 'new', 'new', 'assigned', 'assigned', 'answered', 'answered', 'answered', 'closed', 'escalated'])
      const answered = status === 'answered' || status === 'closed'
      const answeredAt = answered ? created + fr.int(1, 15) * DAY_MS + fr.int(0, 8 * 3600_000) : null
      const assignedTo = status === 'new' ? null : event ? event.organization : fr.pick(assignees).id
      rows.push([
        fr.pick(['question', 'question', 'complaint', 'suggestion']),
        source,
        event?.id ?? null,
        `${fr.pick(FEEDBACK_TEXTS)} (ý kiến ${i + 1})`,
        fr.chance(0.97) ? fr.pick(ref.localities).id : null,
        fr.pick(groupIds),
        fr.chance(0.96) ? fr.pick(topicIds) : null,
        consent ? 1 : 0,
        consent ? fr.pick(NAMES) : null,
        consent && fr.chance(0.8) ? `09${String(fr.int(0, 99_999_999)).padStart(8, '0')}` : null,
        consent && fr.chance(0.5) ? `nguoidan${i + 1}@example.vn` : null,
        status,
        assignedTo,
        answered ? fr.pick(ANSWERS) : null,
        answeredAt === null ? null : new Date(answeredAt).toISOString(),
        answered && fr.chance(0.5) ? fr.pick(['satisfied', 'neutral', 'unsatisfied']) : null,
        new Date(answeredAt ?? created).toISOString(),
        new Date(created).toISOString(),
      ])
    }
    return inserts(
      'feedback',
      ['kind', 'source', 'event_id', 'text', 'locality_id', 'audience_group_id', 'topic_id', 'consent', 'name', 'phone', 'email', 'status',
        'assigned_to_id', 'answer', 'answered_at', 'satisfaction', 'updated_at', 'created_at'],
      rows,
    )
  })

  // ---- Media outputs, with the messages they carried. ----
  const mr = prng(2_0_5_0)
  const firstOutputId = num((await all(sql, 'SELECT COALESCE(MAX(id), 0) AS m FROM media_outputs'))[0].m) + 1
  const mediaBodies = ref.cityBodies.filter((o) => ['social_insurance', 'media', 'mass_organization', 'department'].includes(o.kind))
  let messageRels = 0
  times.mediaSeconds = await load(sql, 'sản phẩm truyền thông – media outputs', MEDIA, (from, to) => {
    const rows: Row[] = []
    const rels: Row[] = []
    for (let i = from; i < to; i++) {
      const id = firstOutputId + i
      const day = termDay(mr)
      const channel = mr.pick(CHANNELS)
      const organization = channel === 'loudspeaker' || mr.chance(0.25) ? mr.pick(ref.committees) : mr.pick(mediaBodies)
      const social = ['facebook', 'zalo', 'tiktok', 'youtube'].includes(channel)
      const broadcast = ['print', 'tv', 'radio', 'loudspeaker', 'sms'].includes(channel)
      const views = broadcast ? (mr.chance(0.2) ? mr.int(100, 5000) : null) : mr.int(100, social ? 100_000 : 30_000)
      const audience = broadcast ? mr.int(500, channel === 'tv' ? 300_000 : channel === 'loudspeaker' ? 8000 : 60_000) : null
      const onDay = campaignsOn[day]
      const published = vnInstant(day, 7 * 60).toISOString()
      const created = new Date(vnInstant(day, 7 * 60).getTime() + mr.int(1, 5) * DAY_MS).toISOString()
      rows.push([
        id,
        `${MEDIA_CHANNEL_LABELS[channel].vi}: tuyên truyền BHXH, BHYT số ${i + 1}`,
        channel,
        OUTLETS[channel],
        published,
        social || channel === 'online_news' || channel === 'portal' ? `https://example.vn/bai-viet/${i + 1}` : null,
        onDay.length && mr.chance(0.3) ? mr.pick(onDay) : null,
        organization.id,
        views,
        audience,
        social ? mr.int(0, 500) : null,
        social ? mr.int(0, 200) : null,
        created,
        created,
      ])
      mr.distinct(messageIds, mr.int(0, 2)).forEach((m, k) => rels.push([k + 1, id, 'messages', m]))
    }
    messageRels += rels.length
    return [
      ...inserts(
        'media_outputs',
        ['id', 'title', 'channel', 'outlet', 'published_on', 'link', 'campaign_id', 'organization_id', 'views', 'audience', 'shares', 'comments', 'updated_at', 'created_at'],
        rows,
      ),
      ...inserts('media_outputs_rels', ['order', 'parent_id', 'path', 'messages_id'], rels),
    ]
  })

  // ---- Participation figures: every commune, every half-year and year of the term. ----
  const ir = prng(96_2)
  t0 = performance.now()
  const indicatorRows: Row[] = []
  for (const l of ref.localities) {
    const population0 = ir.int(8_000, 120_000)
    const labourShare = 0.55 + ir.next() * 0.1
    const bhyt0 = 0.92 + ir.next() * 0.05
    const compulsory0 = 0.3 + ir.next() * 0.2
    const voluntary0 = 0.03 + ir.next() * 0.05
    let step = 0
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const snapshot = (s: number) => {
        const population = Math.round(population0 * (1 + 0.006 * s))
        const labourForce = Math.round(population * labourShare)
        const bhxhCompulsory = Math.round(labourForce * Math.min(0.8, compulsory0 + 0.006 * s + ir.next() * 0.004))
        const counts: Counts = {
          population,
          labourForce,
          bhytParticipants: Math.round(population * Math.min(0.995, bhyt0 + 0.002 * s + ir.next() * 0.002)),
          bhxhCompulsory,
          bhxhVoluntary: Math.round(labourForce * Math.min(0.2, voluntary0 + 0.002 * s + ir.next() * 0.002)),
          bhtnParticipants: Math.round(bhxhCompulsory * (0.88 + ir.next() * 0.06)),
        }
        return counts
      }
      const h1 = snapshot(step++)
      const h2 = snapshot(step++)
      for (const [period, counts] of [['h1', h1], ['h2', h2], ['year', h2]] as const) {
        const errors = figureErrors({ year, period, ...counts })
        if (errors.length) throw new Error(`generated figures refused for ${l.name} ${year} ${period}: ${errors.map((e) => e.message).join('; ')}`)
        const rates = participationRates(counts)
        const below = (rates.bhytCoverage ?? 100) < 95.5
        const stamp = vietnamDayStart(`${period === 'h1' ? year : year + 1}-${period === 'h1' ? '07' : '01'}-15`).toISOString()
        indicatorRows.push([
          l.id, year, period, ...COUNT_FIELDS.map((f) => counts[f]),
          rates.bhytCoverage, rates.bhxhParticipation, rates.bhxhCompulsoryRate, rates.bhxhVoluntaryRate, rates.bhtnParticipation,
          'import', null, below && period === 'year' ? 'Nhiều lao động tự do, thu nhập thấp; tăng tư vấn tại chợ và tổ dân phố.' : null,
          stamp, stamp,
        ])
      }
    }
  }
  await sql.batch(
    inserts(
      'indicators',
      ['locality_id', 'year', 'period', 'population', 'labour_force', 'bhyt_participants', 'bhxh_compulsory', 'bhxh_voluntary', 'bhtn_participants',
        'bhyt_coverage', 'bhxh_participation', 'bhxh_compulsory_rate', 'bhxh_voluntary_rate', 'bhtn_participation', 'source', 'note', 'causes_and_remedies',
        'updated_at', 'created_at'],
      indicatorRows,
    ),
    'write',
  )
  times.indicatorsSeconds = seconds(t0)
  log(`số liệu tham gia – participation figures: ${indicatorRows.length} rows (${ref.localities.length} communes × 5 years × h1, h2, year)`)

  // The rows written bypass the hooks, so no tally change was recorded: none must exist yet.
  const pending = num((await all(sql, 'SELECT COUNT(*) AS n FROM tally_changes'))[0].n)
  return {
    times,
    written: {
      eventsWithResults: WITH_RESULTS,
      eventsWithoutResults: WITHOUT_RESULTS,
      eventRels: relRows,
      attendanceByGroup: abgRows,
      questionsRaised: questionRows,
      feedback: FEEDBACK,
      mediaOutputs: MEDIA,
      mediaMessageRels: messageRels,
      indicators: indicatorRows.length,
      messages: messageIds.length,
      campaigns: campaigns.length,
      plans,
      targets,
      pendingTallyChanges: pending,
    },
  }
}

// ---------------------------------------------------------------------------------------------
// Step 2: tallies, by the app's own code; then a few unit reports.

/** The buckets bucketsOf would give every held event and every output (what the rebuild must store). */
const BUCKET_SQL = `
  SELECT COUNT(*) AS n FROM (
    SELECT DISTINCT 'c' AS d, locality_id AS k, strftime('%Y-%m', start_at, '+7 hours') AS m FROM events WHERE status IN ('held','reported')
    UNION SELECT DISTINCT 'o', organization_id, strftime('%Y-%m', start_at, '+7 hours') FROM events WHERE status IN ('held','reported') AND organization_id IS NOT NULL
    UNION SELECT DISTINCT 'p', campaign_id, strftime('%Y-%m', start_at, '+7 hours') FROM events WHERE status IN ('held','reported') AND campaign_id IS NOT NULL
    UNION SELECT DISTINCT 'mo', organization_id, strftime('%Y-%m', published_on, '+7 hours') FROM media_outputs WHERE organization_id IS NOT NULL
    UNION SELECT DISTINCT 'mp', campaign_id, strftime('%Y-%m', published_on, '+7 hours') FROM media_outputs WHERE campaign_id IS NOT NULL
  )`

async function tallies(payload: Payload) {
  const sql = sqlClient(payload)
  const expected = num((await all(sql, BUCKET_SQL))[0].n)
  log(`dựng số liệu tổng hợp – rebuildTallies(payload): ${expected} non-empty monthly buckets expected`)
  const t0 = performance.now()
  const cpu0 = process.cpuUsage()
  const rssBefore = mb(process.memoryUsage().rss)
  // Progress: a line per month, with the process's RSS (plus observe()'s line every BENCH_PROGRESS writes).
  const recomputed = await rebuildTallies(payload, {
    onProgress: (p) => log(`  tháng ${p.monthsDone}/${p.months} (${p.month}): ${p.buckets} buckets, ${seconds(t0).toFixed(0)} s (reading ${p.readSeconds.toFixed(0)} s, writing ${p.writeSeconds.toFixed(0)} s), RSS ${mb(process.memoryUsage().rss)} MB`),
  })
  const rebuildSeconds = seconds(t0)
  const cpu = process.cpuUsage(cpu0)
  const rebuildCpuSeconds = (cpu.user + cpu.system) / 1e6
  const stored = num((await all(sql, 'SELECT COUNT(*) AS n FROM outreach_tallies'))[0].n)
  const pending = num((await all(sql, 'SELECT COUNT(*) AS n FROM tally_changes'))[0].n)
  log(`  ${recomputed} buckets recomputed, ${stored} stored, ${pending} changes pending, ${rebuildSeconds.toFixed(1)} s`)
  const memoryAfterRebuild = { ...memory(), rssBeforeMB: rssBefore }
  const keepingCurrent = await keepCurrentCost(payload)

  // Unit reports of some organizations (the consolidated report lists them and quotes the submitted ones).
  const t1 = performance.now()
  const ref = await referenceData(payload)
  const r = prng(8_2030)
  let unitReports = 0
  // Once per database (BENCH_RETALLY rebuilds the tallies of a kept one).
  const existing = (await payload.count({ collection: 'reports', where: { kind: { equals: 'unit' } }, overrideAccess: true })).totalDocs
  for (let year = FIRST_YEAR; year <= LAST_YEAR && existing === 0; year++) {
    for (const org of r.distinct([...ref.cityBodies, ...ref.committees], year === YEAR ? 20 : 6)) {
      await payload.create({
        collection: 'reports',
        overrideAccess: true,
        depth: 0,
        data: {
          kind: 'unit',
          organization: org.id,
          year,
          period: 'year',
          status: r.pick(['draft', 'submitted', 'submitted', 'accepted']),
          results: `Đã tổ chức các hoạt động tuyên truyền theo kế hoạch năm ${year}.\n\nPhối hợp với BHXH cơ sở tư vấn tại chỗ.`,
          difficulties: 'Kinh phí còn hạn chế; người lao động tự do khó tiếp cận.',
          proposals: 'Đề nghị bổ sung tài liệu tuyên truyền bằng video ngắn.',
        } as never,
      })
      unitReports++
    }
  }
  const unitReportSeconds = seconds(t1)
  log(`  ${unitReports} báo cáo đơn vị – unit reports through payload.create (${unitReportSeconds.toFixed(1)} s)`)
  return { expected, recomputed, stored, pending, rebuildSeconds, rebuildCpuSeconds, unitReports, unitReportSeconds, memoryAfterRebuild, keepingCurrent }
}

/**
 * The cost of keeping tallies current, apart from the one-off rebuild: BENCH_KEEP_CURRENT (100)
 * events and as many media outputs saved through payload.update (each save's hook records the
 * buckets it touched), then the refreshTallies that folds them in, as the dashboard or the job does.
 * The saves change nothing (empty data), so the figures the timing step checks stay the same.
 */
async function keepCurrentCost(payload: Payload) {
  const n = Number(process.env.BENCH_KEEP_CURRENT || 100)
  const sample = async (collection: 'events' | 'media-outputs', where?: Where) =>
    (await payload.find({ collection, where, limit: n, sort: 'id', depth: 0, overrideAccess: true, select: {} })).docs.map((d) => d.id)
  const ids = { events: await sample('events', { status: { in: ['held', 'reported'] } }), 'media-outputs': await sample('media-outputs') }
  const t0 = performance.now()
  let saves = 0
  let failed = 0
  for (const [collection, list] of Object.entries(ids) as ['events' | 'media-outputs', (number | string)[]][]) {
    for (const id of list) {
      try {
        await payload.update({ collection, id, data: {}, overrideAccess: true, depth: 0, select: {} })
        saves++
      } catch {
        failed++
      }
    }
  }
  const saveSeconds = seconds(t0)
  const t1 = performance.now()
  const buckets = await refreshTallies(payload)
  const refreshSeconds = seconds(t1)
  const t2 = performance.now()
  await refreshTallies(payload)
  const idleRefreshMs = (performance.now() - t2)
  log(
    `  keeping current: ${saves} saves (${failed} refused) in ${saveSeconds.toFixed(1)} s; refreshTallies then recomputed ${buckets} buckets in ` +
      `${refreshSeconds.toFixed(1)} s; with nothing pending ${idleRefreshMs.toFixed(1)} ms`,
  )
  return { saves, failed, saveSeconds, buckets, refreshSeconds, idleRefreshMs }
}

// ---------------------------------------------------------------------------------------------
// Step 3: timing. The floor: the same figures by hand-written SQL, one query per figure.

const HELD_SQL = `status IN ('held','reported')`
const MONTH_SQL = (column: string) => `strftime('%Y-%m', ${column}, '+7 hours')`
type Range = { from: string; to: string }
type Counter = Record<string, number>
const counter = (rows: Record<string, unknown>[], key: string, value: string): Counter =>
  Object.fromEntries(rows.filter((r) => num(r[value]) !== 0).map((r) => [String(r[key]), num(r[value])]))
/**
 * Rates and "per 1,000 inhabitants" from the floor's counts, rounded by the app's own functions:
 * the check is about the counts; how the app rounds and prints them may change.
 */
const ratesOf = (r: Record<string, unknown> | undefined) =>
  r
    ? participationRates({
        population: num(r.population),
        labourForce: num(r.labour_force),
        bhytParticipants: num(r.bhyt_participants),
        bhxhCompulsory: num(r.bhxh_compulsory),
        bhxhVoluntary: num(r.bhxh_voluntary),
        bhtnParticipants: num(r.bhtn_participants),
      })
    : null
/** A number as a report cell shows it ("1,25" or 1.25); null stays null. */
const cellNumber = (v: unknown) => {
  if (v === null || v === undefined || v === '') return null
  if (typeof v === 'number') return v
  const text = String(v)
  return Number(text.includes(',') ? text.replace(/\./g, '').replace(',', '.') : text)
}

/** What both the dashboard and the reports read: events and outputs in a time range. */
async function floorOutreach(sql: Sql, range: Range) {
  const args = [range.from, range.to]
  const inEvents = `e.status IN ('held','reported') AND e.start_at >= ? AND e.start_at < ?`
  const inOutputs = 'm.published_on >= ? AND m.published_on < ?'
  const [t] = await all(sql, `
    SELECT COUNT(*) AS events, SUM(attendance) AS attendance, SUM(women) AS women, SUM(materials_handed_out) AS materials,
      SUM(CASE WHEN satisfaction IS NOT NULL AND attendance > 0 THEN satisfaction * attendance ELSE 0 END) AS satPoints,
      SUM(CASE WHEN satisfaction IS NOT NULL AND attendance > 0 THEN attendance ELSE 0 END) AS satBase,
      SUM(new_voluntary_bhxh) AS newVoluntary, SUM(new_household_bhyt) AS newHousehold, SUM(actual_cost) AS cost
    FROM events e WHERE ${inEvents}`, args)
  const [q] = await all(sql, `SELECT COUNT(*) AS n FROM events_questions_raised x JOIN events e ON e.id = x._parent_id WHERE ${inEvents}`, args)
  const [m] = await all(sql, `
    SELECT COUNT(*) AS outputs, SUM(COALESCE(views, 0) + COALESCE(audience, 0)) AS reach, SUM(shares) AS shares, SUM(comments) AS comments
    FROM media_outputs m WHERE ${inOutputs}`, args)
  return {
    events: num(t.events),
    attendance: num(t.attendance),
    women: num(t.women),
    materialsHandedOut: num(t.materials),
    satisfactionPoints: num(t.satPoints),
    satisfactionBase: num(t.satBase),
    newVoluntaryBhxh: num(t.newVoluntary),
    newHouseholdBhyt: num(t.newHousehold),
    cost: num(t.cost),
    questions: num(q.n),
    outputs: num(m.outputs),
    mediaReach: num(m.reach),
    shares: num(m.shares),
    comments: num(m.comments),
    inEvents,
    inOutputs,
  }
}

/** Feedback received in a range (createdAt), and answered (answered or closed) when asked for. */
async function floorFeedback(sql: Sql, range: Range, withAnswered: boolean) {
  const args = [range.from, range.to]
  const [received] = await all(sql, 'SELECT COUNT(*) AS n FROM feedback WHERE created_at >= ? AND created_at < ?', args)
  const [answered] = withAnswered
    ? await all(sql, `SELECT COUNT(*) AS n FROM feedback WHERE status IN ('answered','closed') AND created_at >= ? AND created_at < ?`, args)
    : [{ n: 0 }]
  return { received: num(received.n), answered: num(answered.n) }
}

async function floorDashboard(sql: Sql, year: number) {
  const range = periodRange({ year, period: 'year' })
  const previous = previousPeriod({ year, period: 'year' })
  const args = [range.from, range.to]
  const o = await floorOutreach(sql, range)
  const { inEvents, inOutputs } = o
  const costBySource = counter(
    await all(sql, `SELECT COALESCE(funding_source, 'unspecified') AS k, SUM(actual_cost) AS v FROM events e WHERE ${inEvents} GROUP BY 1`, args), 'k', 'v')
  const reachByGroup = counter(
    await all(sql, `SELECT g.group_id AS k, SUM(g.count) AS v FROM events_attendance_by_group g JOIN events e ON e.id = g._parent_id WHERE ${inEvents} GROUP BY 1`, args),
    'k', 'v')
  const kinds = await all(sql, `SELECT kind AS k, COUNT(*) AS n, SUM(attendance) AS reach FROM events e WHERE ${inEvents} GROUP BY 1`, args)
  const eventMonths = await all(sql, `SELECT ${MONTH_SQL('e.start_at')} AS month, COUNT(*) AS n, SUM(attendance) AS reach FROM events e WHERE ${inEvents} GROUP BY 1`, args)
  // One count per event × distinct audience group × distinct topic (what the tallies' cells count).
  const eventCells = await all(sql, `
    SELECT g.audience_groups_id || '|' || t.topics_id || '|' || e.kind AS k, COUNT(DISTINCT e.id) AS n
    FROM events e
    JOIN events_rels g ON g.parent_id = e.id AND g.path = 'audienceGroups'
    JOIN events_rels t ON t.parent_id = e.id AND t.path = 'topics'
    WHERE ${inEvents} GROUP BY 1`, args)
  const channels = await all(sql, `
    SELECT channel AS k, COUNT(*) AS n, SUM(COALESCE(views, 0) + COALESCE(audience, 0)) AS reach FROM media_outputs m WHERE ${inOutputs} GROUP BY 1`, args)
  const outputMonths = await all(sql, `SELECT ${MONTH_SQL('m.published_on')} AS month, COUNT(*) AS n FROM media_outputs m WHERE ${inOutputs} GROUP BY 1`, args)
  // An output speaks to the audience groups and topics of the messages it carried.
  const outputCells = await all(sql, `
    SELECT x.audience_groups_id || '|' || y.topics_id || '|' || m.channel AS k, COUNT(DISTINCT m.id) AS n
    FROM media_outputs m
    JOIN media_outputs_rels r1 ON r1.parent_id = m.id AND r1.path = 'messages'
    JOIN messages_rels x ON x.parent_id = r1.messages_id AND x.path = 'audienceGroups'
    JOIN media_outputs_rels r2 ON r2.parent_id = m.id AND r2.path = 'messages'
    JOIN messages_rels y ON y.parent_id = r2.messages_id AND y.path = 'topics'
    WHERE ${inOutputs} GROUP BY 1`, args)
  const fb = await floorFeedback(sql, range, true)
  const byTopic = counter(await all(sql, 'SELECT topic_id AS k, COUNT(*) AS n FROM feedback WHERE created_at >= ? AND created_at < ? AND topic_id IS NOT NULL GROUP BY 1', args), 'k', 'n')
  const figures = (y: number) =>
    all(sql, `
      SELECT id, locality_id, population, labour_force, bhyt_participants, bhxh_compulsory, bhxh_voluntary, bhtn_participants, causes_and_remedies
      FROM indicators WHERE year = ? AND period = 'year'`, [y])
  const current = await figures(year)
  const before = await figures(previous.year)
  const byCommune = await all(sql, `
    SELECT locality_id AS k, COUNT(*) AS n, SUM(attendance) AS reach, SUM(COALESCE(new_voluntary_bhxh, 0) + COALESCE(new_household_bhyt, 0)) AS signups
    FROM events e WHERE ${inEvents} GROUP BY 1`, args)
  const targets = await targetsInForce(sql, year)
  const budget = await all(sql, `
    SELECT b.source AS k, SUM(b.amount) AS v, COUNT(DISTINCT p.id) AS plans FROM plans_budget b JOIN plans p ON p.id = b._parent_id
    WHERE p.period_kind = 'year' AND p.year = ? AND p.status = 'approved' GROUP BY 1`, [year])
  const [materials] = await all(sql, `SELECT COUNT(*) AS n FROM materials WHERE status = 'approved' AND publish_date >= ? AND publish_date < ?`, args)
  const localities = await all(sql, 'SELECT id, name FROM localities ORDER BY name')
  const groups = await all(sql, 'SELECT id, name FROM audience_groups ORDER BY code')
  const topics = await all(sql, 'SELECT id, name FROM topics ORDER BY code')
  const { inEvents: _e, inOutputs: _o, ...totals } = o
  return {
    totals,
    costBySource,
    reachByGroup,
    eventsByKind: counter(kinds, 'k', 'n'),
    reachByKind: counter(kinds, 'k', 'reach'),
    outputsByChannel: counter(channels, 'k', 'n'),
    reachByChannel: counter(channels, 'k', 'reach'),
    cells: mergeCounters(counter(eventCells, 'k', 'n'), counter(outputCells, 'k', 'n')),
    months: periodMonths({ year, period: 'year' }).map((month) => ({
      month,
      events: num(eventMonths.find((r) => r.month === month)?.n),
      reach: num(eventMonths.find((r) => r.month === month)?.reach),
      outputs: num(outputMonths.find((r) => r.month === month)?.n),
    })),
    feedbackReceived: fb.received,
    feedbackAnswered: fb.answered,
    feedbackByTopic: byTopic,
    current,
    before,
    byCommune,
    targets,
    budget,
    materialsPublished: num(materials.n),
    localities,
    groups,
    topics,
  }
}

/**
 * The targets in force in a year: a commune's own for that year; the city's latest up to that year
 * (the plan sets 2026 and 2030, the years between keep the earlier one).
 */
async function targetsInForce(sql: Sql, year: number) {
  return all(sql, `
    SELECT indicator, locality_id, minimum, maximum, year FROM targets t
    WHERE (t.locality_id IS NOT NULL AND t.year = ?)
      OR (t.locality_id IS NULL AND t.year = (SELECT MAX(u.year) FROM targets u WHERE u.locality_id IS NULL AND u.indicator = t.indicator AND u.year <= ?))`,
  [year, year])
}
const targetFor = (targets: Record<string, unknown>[], indicator: string, locality: string | null) => {
  const own = locality === null ? undefined : targets.find((t) => t.indicator === indicator && String(t.locality_id) === locality)
  const found = own ?? targets.find((t) => t.indicator === indicator && t.locality_id === null)
  return found ? num(found.minimum) : null
}

function mergeCounters(...counters: Counter[]): Counter {
  const out: Counter = {}
  for (const c of counters) for (const [k, v] of Object.entries(c)) out[k] = (out[k] ?? 0) + v
  return out
}

/** The figures a consolidated report shows (city report: one year; final review: the term). */
async function floorReport(sql: Sql, years: { from: number; to: number }) {
  const range = { from: periodRange({ year: years.from, period: 'year' }).from, to: periodRange({ year: years.to, period: 'year' }).to }
  const args = [range.from, range.to]
  const multiYear = years.from !== years.to
  const o = await floorOutreach(sql, range)
  const fb = await floorFeedback(sql, range, true)
  const [budget] = multiYear
    ? [{ v: null, plans: 0 }]
    : await all(sql, `
        SELECT SUM(b.amount) AS v, COUNT(DISTINCT p.id) AS plans FROM plans_budget b JOIN plans p ON p.id = b._parent_id
        WHERE p.period_kind = 'year' AND p.year = ? AND p.status = 'approved'`, [years.to])
  const orgEvents = await all(sql, `
    SELECT organization_id AS k, COUNT(*) AS events, SUM(attendance) AS attendance,
      SUM(COALESCE(new_voluntary_bhxh, 0) + COALESCE(new_household_bhyt, 0)) AS signups, SUM(actual_cost) AS cost
    FROM events e WHERE ${o.inEvents} GROUP BY 1`, args)
  const orgOutputs = await all(sql, `SELECT organization_id AS k, COUNT(*) AS outputs FROM media_outputs m WHERE ${o.inOutputs} GROUP BY 1`, args)
  const organizations = await all(sql, 'SELECT id, name FROM organizations')
  const unitReports = await all(sql, `
    SELECT organization_id, year, status FROM reports WHERE kind = 'unit' AND year >= ? AND year <= ? AND period = 'year' ORDER BY year`, [years.from, years.to])
  // The commune table of the last year: its figures, its events, its targets.
  const communeRange = periodRange({ year: years.to, period: 'year' })
  const communeFigures = await all(sql, `
    SELECT locality_id, population, labour_force, bhyt_participants, bhxh_compulsory, bhxh_voluntary, bhtn_participants
    FROM indicators WHERE year = ? AND period = 'year'`, [years.to])
  const communeEvents = await all(sql, `
    SELECT locality_id AS k, COUNT(*) AS n, SUM(attendance) AS reach FROM events e WHERE ${o.inEvents} GROUP BY 1`, [communeRange.from, communeRange.to])
  const targets = await targetsInForce(sql, years.to)
  const localities = await all(sql, 'SELECT id, name FROM localities')
  const progress = await all(sql, `
    SELECT year, COUNT(*) AS communes, SUM(population) AS population, SUM(labour_force) AS labour_force, SUM(bhyt_participants) AS bhyt_participants,
      SUM(bhxh_compulsory) AS bhxh_compulsory, SUM(bhxh_voluntary) AS bhxh_voluntary, SUM(bhtn_participants) AS bhtn_participants
    FROM indicators WHERE period = 'year' GROUP BY year ORDER BY year`)
  const cityTargets = await all(sql, 'SELECT indicator, year, minimum, maximum FROM targets WHERE locality_id IS NULL')
  const { inEvents: _e, inOutputs: _o, ...totals } = o
  return {
    totals,
    feedbackReceived: fb.received,
    feedbackAnswered: fb.answered,
    budgetEstimate: multiYear || !num(budget.plans) ? null : num(budget.v),
    orgEvents,
    orgOutputs,
    organizations,
    unitReports,
    communeFigures,
    communeEvents,
    targets,
    localities,
    progress,
    cityTargets,
  }
}

// ---------------------------------------------------------------------------------------------
// The correctness check: the app's figures against the floor's.

type Problems = string[]
function same(problems: Problems, what: string, app: unknown, floor: unknown) {
  const norm = (v: unknown) => (v === undefined ? null : v)
  if (JSON.stringify(norm(app)) !== JSON.stringify(norm(floor)) && problems.length < 40) {
    problems.push(`${what}: Loa ${JSON.stringify(app)?.slice(0, 300)} ≠ SQL ${JSON.stringify(floor)?.slice(0, 300)}`)
  }
}
const sortedCounter = (c: Record<string, number>) => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== 0).sort(([a], [b]) => a.localeCompare(b)))

function checkDashboard(d: Dashboard, f: Awaited<ReturnType<typeof floorDashboard>>): Problems {
  const p: Problems = []
  const t = d.tally
  for (const key of Object.keys(f.totals) as (keyof typeof f.totals)[]) same(p, `dashboard ${key}`, t[key], f.totals[key])
  same(p, 'dashboard cost by funding source', sortedCounter(t.costBySource), sortedCounter(f.costBySource))
  same(p, 'dashboard reach by audience group', sortedCounter(t.reachByGroup), sortedCounter(f.reachByGroup))
  same(p, 'dashboard events by kind', sortedCounter(t.eventsByKind), sortedCounter(f.eventsByKind))
  same(p, 'dashboard reach by kind', sortedCounter(t.reachByKind), sortedCounter(f.reachByKind))
  same(p, 'dashboard outputs by channel', sortedCounter(t.outputsByChannel), sortedCounter(f.outputsByChannel))
  same(p, 'dashboard reach by channel', sortedCounter(t.reachByChannel), sortedCounter(f.reachByChannel))
  same(p, 'dashboard audience × topic × channel cells', sortedCounter(t.cells), sortedCounter(f.cells))
  same(p, 'dashboard reach-by-group chart (groups by code)', d.reachByGroup.map((g) => g.reach), f.groups.map((g) => f.reachByGroup[String(g.id)] ?? 0))
  same(p, 'dashboard monthly series', d.months.map(({ month, events, reach, outputs }) => ({ month, events, reach, outputs })), f.months)
  same(p, 'dashboard feedback received', d.cards.feedbackReceived, f.feedbackReceived)
  same(p, 'dashboard feedback answered', d.cards.feedbackAnswered, f.feedbackAnswered)
  same(p, 'dashboard feedback by topic (topics by code)', d.feedbackByTopic.map((x) => x.count), f.topics.map((x) => f.feedbackByTopic[String(x.id)] ?? 0))
  same(p, 'dashboard materials published', d.levels.find((l) => l.key === 'inputs')?.items[2]?.value, f.materialsPublished)
  const budgetPlans = f.budget.reduce((s, b) => s + num(b.plans), 0)
  same(p, 'dashboard budget estimate', d.cards.budgetEstimate, budgetPlans ? f.budget.reduce((s, b) => s + num(b.v), 0) : null)
  same(p, 'dashboard budget by source', d.cards.budgetBySource.map((b) => [b.source, b.estimate, b.actual]),
    [...Object.keys(FUNDING_SOURCE_LABELS).map((s) => [s, num(f.budget.find((b) => b.k === s)?.v), f.costBySource[s] ?? 0]),
      ...(f.costBySource.unspecified ? [['unspecified', 0, f.costBySource.unspecified]] : [])])
  // Participation: city rates from the sum of the communes' counts, this year and the year before.
  const cityRates = (rows: Record<string, unknown>[]) => {
    if (!rows.length) return null
    const sum = (c: string) => rows.reduce((acc, r) => acc + num(r[c]), 0)
    const r = ratesOf(Object.fromEntries(['population', 'labour_force', 'bhyt_participants', 'bhxh_compulsory', 'bhxh_voluntary', 'bhtn_participants'].map((c) => [c, sum(c)])))!
    return {
      bhytCoverage: r.bhytCoverage,
      bhxhParticipation: r.bhxhParticipation,
      bhxhCompulsory: r.bhxhCompulsoryRate,
      bhxhVoluntary: r.bhxhVoluntaryRate,
      bhtnParticipation: r.bhtnParticipation,
    }
  }
  const now = cityRates(f.current)
  const then = cityRates(f.before)
  for (const card of d.cards.indicators) {
    const key = card.key as keyof NonNullable<typeof now>
    same(p, `dashboard ${card.key} rate`, card.rate, now?.[key] ?? null)
    same(p, `dashboard ${card.key} previous rate`, card.previous, then?.[key] ?? null)
    same(p, `dashboard ${card.key} target`, card.target, targetFor(f.targets, card.key, null))
  }
  same(p, 'dashboard communes with figures', d.cards.communesWithFigures, f.current.length)
  same(p, 'dashboard communes', d.cards.communes, f.localities.length)
  // The commune table, every commune: events, reach, new sign-ups, population, BHYT rate.
  const ev = new Map(f.byCommune.map((r) => [String(r.k), r]))
  const fig = new Map(f.current.map((r) => [String(r.locality_id), r]))
  same(p, 'dashboard commune table rows', d.communes.length, f.localities.length)
  for (const c of d.communes) {
    const e = ev.get(c.id)
    const x = fig.get(c.id)
    same(p, `dashboard commune ${c.name}`, [c.events, c.reach, c.newSignups, c.population, c.rates?.bhytCoverage ?? null, c.targets.bhytCoverage, c.targets.bhxhParticipation],
      [num(e?.n), num(e?.reach), num(e?.signups), x ? num(x.population) : null, ratesOf(x)?.bhytCoverage ?? null,
        targetFor(f.targets, 'bhytCoverage', c.id), targetFor(f.targets, 'bhxhParticipation', c.id)])
  }
  return p
}

/** The indexes of a report table's columns, found by the start of their headers. */
function columnsOf(p: Problems, report: string, table: ReportTable | undefined, headers: string[]): number[] {
  if (!table) {
    p.push(`${report}: table not found`)
    return headers.map(() => -1)
  }
  return headers.map((h) => {
    const i = table.columns.findIndex((c) => c.header.startsWith(h))
    if (i < 0) p.push(`${report} table "${table.sheet}": no column "${h}…"`)
    return i
  })
}

// Reviews keep their tables in subsections: every table of the report, at any depth.
const tableOf = (r: OfficialReport, sheet: string): ReportTable | undefined => reportTables(r).find((t) => t.sheet === sheet)

function checkReport(name: string, r: OfficialReport, f: Awaited<ReturnType<typeof floorReport>>): Problems {
  const p: Problems = []
  const results = tableOf(r, 'Kết quả')
  const value = (label: string) => results?.rows.find((row) => String(row[0]).startsWith(label))?.[2] ?? undefined
  const t = f.totals
  same(p, `${name} events`, value('Sự kiện'), t.events)
  same(p, `${name} attendance`, value('Người tham dự'), t.attendance)
  same(p, `${name} women`, value('Trong đó nữ'), t.women)
  same(p, `${name} questions`, value('Câu hỏi'), t.questions)
  same(p, `${name} media outputs`, value('Tin, bài'), t.outputs)
  same(p, `${name} media reach`, value('Lượt xem'), t.mediaReach)
  same(p, `${name} feedback received`, value('Ý kiến'), f.feedbackReceived)
  same(p, `${name} feedback answered`, value('Trong đó đã trả lời'), f.feedbackAnswered)
  same(p, `${name} new voluntary BHXH`, value('Người đăng ký BHXH'), t.newVoluntaryBhxh)
  same(p, `${name} new household BHYT`, value('Người đăng ký BHYT'), t.newHouseholdBhyt)
  same(p, `${name} cost`, value('Kinh phí đã sử dụng'), t.cost)
  same(p, `${name} budget estimate`, value('Dự toán'), f.budgetEstimate)
  const satisfaction = t.satisfactionBase > 0 ? Math.round((t.satisfactionPoints / t.satisfactionBase) * 100) / 100 : null
  const noted = /(\d+(?:[.,]\d+)?)\s*%/.exec(results?.note ?? '')
  same(p, `${name} satisfaction (table note)`, noted ? cellNumber(noted[1]) : null, satisfaction)
  checkOrganizations(p, name, r, f)
  checkCityCommunes(p, name, r, f)
  return p
}

/** Per organization: every organization with outreach or a unit report, by name. */
function checkOrganizations(p: Problems, name: string, r: OfficialReport, f: Awaited<ReturnType<typeof floorReport>>) {
  const t = f.totals
  const orgTable = tableOf(r, 'Theo cơ quan, đơn vị')
  const oc = columnsOf(p, name, orgTable, ['Cơ quan', 'Sự kiện', 'Người tham dự', 'Đăng ký mới', 'Tin, bài', 'Kinh phí'])
  const orgName = new Map(f.organizations.map((o) => [String(o.id), String(o.name)]))
  const expected = new Map<string, ReportCell[]>()
  const row = (id: string) => {
    const name = orgName.get(id) ?? id
    if (!expected.has(name)) expected.set(name, [0, 0, 0, 0, 0])
    return expected.get(name)!
  }
  for (const e of f.orgEvents) if (e.k !== null) Object.assign(row(String(e.k)), { 0: num(e.events), 1: num(e.attendance), 2: num(e.signups), 4: num(e.cost) })
  for (const m of f.orgOutputs) if (m.k !== null) row(String(m.k))[3] = num(m.outputs)
  for (const u of f.unitReports) row(String(u.organization_id))
  const figuresOf = (x: ReportCell[] | undefined) => (x ? oc.slice(1).map((c) => x[c]) : undefined)
  const app = new Map((orgTable?.rows ?? []).map((x) => [String(x[oc[0]]), figuresOf(x)]))
  same(p, `${name} organizations listed`, [...app.keys()].sort(), [...expected.keys()].sort())
  for (const [org, values] of expected) same(p, `${name} organization ${org}`, app.get(org), values)
  same(p, `${name} organization total`, figuresOf(orgTable?.total), [t.events, t.attendance, t.newVoluntaryBhxh + t.newHouseholdBhyt, t.outputs, t.cost])
}

function checkCityCommunes(p: Problems, name: string, r: OfficialReport, f: Awaited<ReturnType<typeof floorReport>>) {
  // The commune table of the last year: BHYT and BHXH rates and targets, events and reach per 1,000.
  const communeTable = tableOf(r, 'Theo xã, phường, đặc khu')
  const cc = columnsOf(p, name, communeTable, ['Xã, phường', 'Tỷ lệ BHYT', 'Chỉ tiêu BHYT', 'Tỷ lệ BHXH', 'Chỉ tiêu BHXH', 'Sự kiện/1.000', 'Người dự/1.000'])
  const name2id = new Map(f.localities.map((l) => [String(l.name), String(l.id)]))
  const figures = new Map(f.communeFigures.map((x) => [String(x.locality_id), x]))
  const events = new Map(f.communeEvents.map((x) => [String(x.k), x]))
  same(p, `${name} commune table rows`, communeTable?.rows.length, f.localities.length)
  for (const c of communeTable?.rows ?? []) {
    const id = name2id.get(String(c[cc[0]])) ?? ''
    const x = figures.get(id)
    const e = events.get(id)
    const population = x ? num(x.population) : null
    same(p, `${name} commune ${c[cc[0]]}`, cc.slice(1).map((k, i) => (i >= 4 ? cellNumber(c[k]) : c[k])), [
      ratesOf(x)?.bhytCoverage ?? null,
      targetFor(f.targets, 'bhytCoverage', id),
      ratesOf(x)?.bhxhParticipation ?? null,
      targetFor(f.targets, 'bhxhParticipation', id),
      perThousand(num(e?.n), population),
      perThousand(num(e?.reach), population),
    ])
  }
  // Progress to 2030: communes with figures, city rates and targets, year by year.
  const progress = tableOf(r, 'Tiến độ đến 2030')
  const pc = columnsOf(p, name, progress, ['Năm', 'Số xã', 'Tỷ lệ bao phủ BHYT', 'Chỉ tiêu BHYT', 'Tỷ lệ tham gia BHXH', 'Chỉ tiêu BHXH'])
  for (const y of f.progress) {
    const appRow = progress?.rows.find((x) => String(x[pc[0]]) === String(y.year))
    const target = (indicator: string) => {
      const t = f.cityTargets.find((x) => x.indicator === indicator && num(x.year) === num(y.year))
      return t ? (t.maximum !== null ? `${num(t.minimum)}–${num(t.maximum)}`.replace(/\./g, ',') : num(t.minimum)) : null
    }
    const rates = ratesOf(y)
    same(p, `${name} progress ${y.year}`, appRow ? pc.slice(1).map((k) => appRow[k]) : undefined, [
      num(y.communes), rates?.bhytCoverage ?? null, target('bhytCoverage'), rates?.bhxhParticipation ?? null, target('bhxhParticipation'),
    ])
  }
}

/**
 * A review (src/domain/reviewReport.ts): outreach and feedback summed over the term, each year's
 * city rates against the target in force, and the organization table.
 */
function checkReview(name: string, r: OfficialReport, f: Awaited<ReturnType<typeof floorReport>>, years: { from: number; to: number }): Problems {
  const p: Problems = []
  const t = f.totals
  same(p, `${name} outreach over the term`, tableOf(r, 'Tuyên truyền theo năm')?.total?.slice(1), [
    t.events, t.attendance, t.outputs, t.mediaReach, t.newVoluntaryBhxh, t.newHouseholdBhyt, t.cost,
  ])
  same(p, `${name} feedback over the term`, tableOf(r, 'Ý kiến người dân')?.total?.slice(1, 3), [f.feedbackReceived, f.feedbackAnswered])
  const progress = tableOf(r, 'Chỉ tiêu từng năm')
  for (let year = years.from; year <= years.to; year++) {
    const y = f.progress.find((x) => num(x.year) === year)
    const rates = y ? ratesOf(y) : null
    const target = (indicator: string) => {
      const set = f.cityTargets.filter((x) => x.indicator === indicator && num(x.year) <= year).sort((a, b) => num(b.year) - num(a.year))[0]
      return set ? num(set.minimum) : null
    }
    for (const [label, indicator, rate] of [
      ['Tỷ lệ bao phủ BHYT', 'bhytCoverage', rates?.bhytCoverage],
      ['Tỷ lệ tham gia BHXH', 'bhxhParticipation', rates?.bhxhParticipation],
    ] as const) {
      const row = progress?.rows.find((x) => String(x[0]).startsWith(label) && x[1] === String(year))
      const shown = row ? [row[2] === 'Chưa có số liệu' ? null : row[2], typeof row[3] === 'string' ? cellNumber(row[3].split('–')[0]) : row[3]] : undefined
      same(p, `${name} ${indicator} ${year}`, shown, [rate ?? null, target(indicator)])
    }
  }
  checkOrganizations(p, name, r, f)
  return p
}

// ---------------------------------------------------------------------------------------------
// Timing.

type Series = { cold: number; median: number; p95: number; min: number; runs: number }
function stats(cold: number, times: number[]): Series {
  const s = [...times].sort((a, b) => a - b)
  const pct = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? 0
  return { cold, median: pct(0.5), p95: pct(0.95), min: s[0] ?? 0, runs: s.length }
}
async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now()
  const value = await fn()
  const ms = performance.now() - t0
  sampleHeap()
  return { ms, value }
}

/**
 * A call, and whether the event loop got a single turn while it ran (a setImmediate queued at its
 * start has run by its end). On SQLite every query of the libsql client resolves synchronously, so
 * a chain of awaits on them never leaves the microtask queue: no timer, no I/O, no other request.
 */
async function loopWatched<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T; turned: boolean }> {
  let turned = false
  const immediate = setImmediate(() => {
    turned = true
  })
  const result = await timed(fn)
  clearImmediate(immediate)
  return { ...result, turned }
}

async function ensureReport(payload: Payload, data: { kind: 'city' | 'final'; year: number; period: 'year' }): Promise<Report> {
  const { docs } = await payload.find({
    collection: 'reports',
    where: { and: [{ kind: { equals: data.kind } }, { year: { equals: data.year } }, { period: { equals: data.period } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  if (docs[0]) return docs[0]
  return payload.create({
    collection: 'reports',
    overrideAccess: true,
    depth: 0,
    data: {
      ...data,
      status: 'draft',
      results: 'Các cơ quan, đơn vị, địa phương đã triển khai đồng bộ kế hoạch tuyên truyền.\n\nSố liệu chi tiết tại các bảng dưới đây.',
      difficulties: 'Nguồn lực cho tuyên truyền ở cơ sở còn hạn chế.',
      proposals: 'Đề nghị UBND thành phố tiếp tục bố trí kinh phí.',
      signerRole: 'GIÁM ĐỐC',
    },
  })
}

async function time(payload: Payload) {
  const sql = sqlClient(payload)
  const cityDoc = await ensureReport(payload, { kind: 'city', year: YEAR, period: 'year' })
  const finalDoc = await ensureReport(payload, { kind: 'final', year: LAST_YEAR, period: 'year' })
  const query = { scope: 'city' as const, year: YEAR, period: 'year' as const }
  const sizes = Object.fromEntries(
    await Promise.all(
      ['localities', 'organizations', 'events', 'events_rels', 'events_attendance_by_group', 'events_questions_raised', 'feedback', 'media_outputs',
        'media_outputs_rels', 'indicators', 'messages', 'campaigns', 'plans', 'targets', 'reports', 'outreach_tallies', 'tally_changes'].map(
        async (t) => [t, num((await all(sql, `SELECT COUNT(*) AS n FROM "${t}"`))[0].n)] as const,
      ),
    ),
  )
  const [held] = await all(sql, `SELECT COUNT(*) AS n FROM events WHERE ${HELD_SQL}`)
  sizes.eventsHeldOrReported = num(held.n)

  const report = async (doc: Report) => {
    const t0 = performance.now()
    const official = await buildOfficialReport(payload, doc)
    const t1 = performance.now()
    const docx = await reportDocx(official)
    const t2 = performance.now()
    const xlsx = await reportXlsx(official)
    const t3 = performance.now()
    sampleHeap()
    return { official, build: t1 - t0, docx: t2 - t1, xlsx: t3 - t2, total: t3 - t0, bytes: { docx: docx.length, xlsx: xlsx.length } }
  }
  const work = {
    dashboard: () => dashboardData(payload, query),
    floorDashboard: () => floorDashboard(sql, YEAR),
    city: () => report(cityDoc),
    floorCity: () => floorReport(sql, { from: YEAR, to: YEAR }),
    final: () => report(finalDoc),
    floorFinal: () => floorReport(sql, { from: FIRST_YEAR, to: LAST_YEAR }),
  }
  const runs: Record<string, number[]> = {}
  const cold: Record<string, number> = {}
  const add = (key: string, ms: number, first: boolean) => {
    if (first) cold[key] = ms
    else (runs[key] ??= []).push(ms)
  }
  let problems: Problems = []
  const floorQueries: Record<string, Map<string, number[]>> = {}
  /** A floor run, its queries timed one by one under `key` (the timed rounds only). */
  const profiled = async <T>(key: string | null, fn: () => Promise<T>) => {
    profile = key ? (floorQueries[key] ??= new Map()) : null
    try {
      return await timed(fn)
    } finally {
      profile = null
    }
  }
  let bytes = {}
  const loop = { calls: 0, neverYielded: 0 }
  const memoryBefore = memory()
  const loadBefore = os.loadavg()[0]
  for (let round = 0; round <= REPEAT; round++) {
    const first = round === 0
    if (first) log(`lần đầu (nguội) – cold calls: dashboard ${YEAR}, city report ${YEAR}, final review ${FIRST_YEAR}–${LAST_YEAR}, then their floors`)
    else if (round === 1 || round % 5 === 0 || round === REPEAT) log(`lượt đo ${round}/${REPEAT} – timed round ${round}/${REPEAT}`)
    const d = await loopWatched(work.dashboard)
    add('dashboard', d.ms, first)
    loop.calls++
    if (!d.turned) loop.neverYielded++
    const fd = await profiled(first ? null : 'dashboard', work.floorDashboard)
    add('floorDashboard', fd.ms, first)
    const c = await timed(work.city)
    for (const k of ['build', 'docx', 'xlsx', 'total'] as const) add(`city.${k}`, c.value[k], first)
    const fc = await profiled(first ? null : 'city', work.floorCity)
    add('floorCity', fc.ms, first)
    const f = await timed(work.final)
    for (const k of ['build', 'docx', 'xlsx', 'total'] as const) add(`final.${k}`, f.value[k], first)
    const ff = await profiled(first ? null : 'final', work.floorFinal)
    add('floorFinal', ff.ms, first)
    // The answers checked on the cold round and the last one.
    if (first || round === REPEAT) {
      problems = [
        ...problems,
        ...checkDashboard(d.value, fd.value),
        ...checkReport(`city report ${YEAR}`, c.value.official, fc.value),
        ...checkReview(`final review ${FIRST_YEAR}–${LAST_YEAR}`, f.value.official, ff.value, { from: FIRST_YEAR, to: LAST_YEAR }),
      ]
      bytes = { city: c.value.bytes, final: f.value.bytes }
      if (first) {
        const t = d.value.tally
        log(`  dashboard ${YEAR}: ${t.events} events, ${t.attendance} attendance, ${t.outputs} outputs, ${d.value.cards.feedbackReceived} feedback ` +
          `(${d.value.cards.feedbackAnswered} answered); ${problems.length ? `${problems.length} MISMATCHES` : 'equal to the SQL floor'}`)
      }
    }
  }
  problems = [...new Set(problems)]
  const series = Object.fromEntries(Object.keys(cold).map((k) => [k, stats(cold[k], runs[k] ?? [])]))
  const memoryAfterMain = memory()
  const load = { before: loadBefore, after: os.loadavg()[0], cpus: os.cpus().length }

  // The dashboard's parts, one by one, through the same Local API calls it makes.
  log('từng phần của bảng điều khiển – the dashboard part by part (the same Local API calls)')
  const parts = await dashboardParts(payload, query)
  // The final review's biggest read: the organization tallies of 60 months.
  const months: string[] = []
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) months.push(...periodMonths({ year: y, period: 'year' }))
  const termTallies: number[] = []
  let termRows = 0
  for (let i = 0; i < Math.min(REPEAT, 5); i++) {
    const t = await timed(async () => {
      const e = await readTallies(payload, { source: 'events', dimension: 'organization', months })
      const m = await readTallies(payload, { source: 'media-outputs', dimension: 'organization', months })
      return e.length + m.length
    })
    termTallies.push(t.ms)
    termRows = t.value
  }
  // Each floor query by query: total time per round (median over the timed rounds), slowest first.
  const floorProfile = Object.fromEntries(
    Object.entries(floorQueries).map(([key, queries]) => [
      key,
      [...queries.entries()]
        .map(([sqlText, times]) => {
          const perRound = times.length / REPEAT
          const rounds = Array.from({ length: REPEAT }, (_, i) => times.slice(i * perRound, (i + 1) * perRound).reduce((a, b) => a + b, 0))
          return { sql: sqlText, median: stats(0, rounds).median, perRound }
        })
        .sort((a, b) => b.median - a.median),
    ]),
  )
  return {
    sizes,
    series,
    floorProfile,
    load,
    loop,
    problems,
    bytes,
    parts,
    termTallies: { ...stats(termTallies[0], termTallies.slice(1)), rows: termRows },
    memoryBefore,
    memoryAfterMain,
  }
}

/**
 * dashboardData's reads, timed separately with the same arguments (as src/lib/dashboardData.ts
 * makes them today), for the city and a year: which part of the answer time is which.
 */
async function dashboardParts(payload: Payload, query: { scope: 'city'; year: number; period: 'year' }) {
  const months = periodMonths(query)
  const range = periodRange(query)
  const previous = previousPeriod(query)
  const topics = (await payload.find({ collection: 'topics', pagination: false, depth: 0, sort: 'code', overrideAccess: true, select: { name: true } })).docs
  const feedbackWhere: Where[] = [{ createdAt: { greater_than_equal: range.from } }, { createdAt: { less_than: range.to } }]
  const countFeedback = async (extra: Where[] = []) =>
    (await payload.count({ collection: 'feedback', where: { and: [...feedbackWhere, ...extra] }, overrideAccess: true })).totalDocs
  const figuresFor = (y: number) =>
    payload.find({ collection: 'indicators', where: { and: [{ year: { equals: y } }, { period: { equals: 'year' } }] }, pagination: false, depth: 0, overrideAccess: true })
  const parts: [string, () => Promise<unknown>][] = [
    ['currentTallies (2 counts + refresh, nothing pending)', () => currentTallies(payload)],
    ['lists: localities, audience groups, topics', () =>
      Promise.all([
        payload.find({ collection: 'localities', pagination: false, depth: 0, sort: 'name', overrideAccess: true, select: { name: true } }),
        payload.find({ collection: 'audience-groups', pagination: false, depth: 0, sort: 'code', overrideAccess: true, select: { name: true } }),
        payload.find({ collection: 'topics', pagination: false, depth: 0, sort: 'code', overrideAccess: true, select: { name: true } }),
      ])],
    [`readTallies events × commune, ${months.length} months`, () => readTallies(payload, { source: 'events', dimension: 'commune', months })],
    [`readTallies media × organization, ${months.length} months`, () => readTallies(payload, { source: 'media-outputs', dimension: 'organization', months })],
    ['feedback: received + answered (2 counts)', () => Promise.all([countFeedback(), countFeedback([{ status: { in: ['answered', 'closed'] } }])])],
    [`feedback: one count per topic (${topics.length} counts)`, () => Promise.all(topics.map((t) => countFeedback([{ topic: { equals: t.id } }])))],
    ['indicators: this year and the one before (2 finds)', () => Promise.all([figuresFor(query.year), figuresFor(previous.year)])],
    ['targets up to the year (the ones in force)', () =>
      payload.find({ collection: 'targets', where: { year: { less_than_equal: query.year } }, pagination: false, depth: 0, overrideAccess: true, sort: '-year' })],
    ['budget: approved annual plans', () =>
      payload.find({
        collection: 'plans',
        where: { and: [{ periodKind: { equals: 'year' } }, { year: { equals: query.year } }, { status: { equals: 'approved' } }] },
        pagination: false, depth: 0, overrideAccess: true, select: { budget: true },
      })],
    ['materials published (count)', () =>
      payload.count({
        collection: 'materials', overrideAccess: true,
        where: { and: [{ status: { equals: 'approved' } }, { publishDate: { greater_than_equal: range.from } }, { publishDate: { less_than: range.to } }] },
      })],
  ]
  const out: { part: string; median: number; p95: number; rows?: number }[] = []
  for (const [part, fn] of parts) {
    const times: number[] = []
    let rows: number | undefined
    for (let i = 0; i <= Math.min(REPEAT, 10); i++) {
      const t = await timed(fn)
      if (i > 0) times.push(t.ms)
      if (Array.isArray(t.value) && t.value.length && typeof (t.value[0] as { month?: string }).month === 'string') rows = t.value.length
    }
    const s = stats(0, times)
    out.push({ part, median: s.median, p95: s.p95, rows })
  }
  return out
}

/**
 * Timers never fire while the app works on SQLite (see loopWatched), so the heap is sampled after
 * every Local API call instead, and the tally rebuild's progress is counted from its own writes.
 * The wrappers only observe: same arguments, same results.
 */
function observe(payload: Payload) {
  let tallyWrites = 0
  const t0 = performance.now()
  const every = Number(process.env.BENCH_PROGRESS || 2000)
  for (const method of ['find', 'count', 'findByID', 'create', 'update', 'delete'] as const) {
    const original = (payload[method] as (...a: unknown[]) => Promise<unknown>).bind(payload)
    ;(payload as unknown as Record<string, unknown>)[method] = async (args: { collection?: string }) => {
      const result = await original(args)
      sampleHeap()
      if (PHASE === 'tallies' && (method === 'create' || method === 'update') && args?.collection === 'outreach-tallies' && ++tallyWrites % every === 0) {
        const m = process.memoryUsage()
        log(`  tallies ${tallyWrites} written: ${seconds(t0).toFixed(0)} s, heap ${mb(m.heapUsed)} MB, RSS ${mb(m.rss)} MB`)
      }
      return result
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Main (last: the constants above must exist before the top-level await runs).
const config: SanitizedConfig = await configPromise
const payload = await getPayload({ config })
observe(payload)
let exitCode = 0
try {
  const steps = { build, tallies, time }
  if (!(PHASE in steps)) throw new Error(`unknown BENCH_PHASE ${PHASE}`)
  const result = { phase: PHASE, ...(await steps[PHASE](payload)), memory: memory() }
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
