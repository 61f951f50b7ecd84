/**
 * Load scenarios against a running Loa server (issue 6): N requests all in flight at once on loopback,
 * each request's status and latency recorded, then a check through the REST API as the admin that every
 * accepted write is stored exactly once and no refused one left a row. Used by test/load/load.test.ts and
 * `npm run bench:load`. Plain Node (node:http, no extra dependency).
 *
 * Every request carries a unique marker (`<run>-f12`, `<run>-c3`, `<run>-u7`) at the start of the text or
 * title it writes, so its row, and its audit-trail entry, can be counted afterwards.
 */
import crypto from 'node:crypto'
import http from 'node:http'
import { performance } from 'node:perf_hooks'

// No socket limit: every request of a burst gets its own connection, so all are in flight together, as
// from as many browsers. No keep-alive: a socket kept from an earlier burst can be closed by the server
// (idle timeout) just as it is reused, and the request fails with ECONNRESET without reaching the app.
const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity })

/**
 * @typedef {{ method?: string, path: string, headers?: Record<string, string>, body?: unknown }} Call
 * @typedef {{ status: number, body: any, ms: number }} Answer  status 0: no HTTP answer (network error, timeout)
 * @typedef {Call & { marker: string, kind: 'feedback' | 'create' | 'update', expected?: Record<string, unknown>, eventId?: number | string }} LoadRequest
 */

/**
 * One request; resolves with its status, parsed JSON body and the time from dispatch to its last byte.
 * Never rejects: a network error or a request still open after `timeoutMs` is status 0.
 * @param {string} base
 * @param {Call} call
 * @returns {Promise<Answer>}
 */
export function send(base, { method = 'GET', path, headers = {}, body }, timeoutMs = 120_000) {
  const data = body === undefined ? undefined : JSON.stringify(body)
  const started = performance.now()
  return new Promise((resolve) => {
    const done = (/** @type {number} */ status, /** @type {unknown} */ answer) => resolve({ status, body: answer, ms: performance.now() - started })
    const req = http.request(
      new URL(path, base),
      {
        method,
        agent,
        timeout: timeoutMs,
        headers: {
          accept: 'application/json',
          ...(data === undefined ? {} : { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(data)) }),
          ...headers,
        },
      },
      (res) => {
        const chunks = /** @type {Buffer[]} */ ([])
        res.on('data', (c) => chunks.push(c))
        res.on('error', (error) => done(0, error.message))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          let json
          try {
            json = JSON.parse(text)
          } catch {
            json = text
          }
          done(res.statusCode ?? 0, json)
        })
      },
    )
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)))
    req.on('error', (error) => done(0, error.message))
    if (data !== undefined) req.write(data)
    req.end()
  })
}

/**
 * Sends every request at once (all dispatched before any answer is awaited) and waits for all.
 * @template {Call} T
 * @param {string} base
 * @param {T[]} requests
 * @returns {Promise<{ results: (Answer & { request: T })[], wallMs: number }>}
 */
export async function fire(base, requests, timeoutMs = 120_000) {
  const started = performance.now()
  const answers = await Promise.all(requests.map((r) => send(base, r, timeoutMs)))
  return { results: answers.map((a, i) => ({ ...a, request: requests[i] })), wallMs: performance.now() - started }
}

/** The value below which `p` % of the sorted values lie (nearest rank). */
export function percentile(/** @type {number[]} */ sorted, /** @type {number} */ p) {
  if (!sorted.length) return NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

/**
 * Counts by status and latency figures of one burst. Accepted: 2xx; refused: 4xx; failed: 5xx or no answer.
 * @param {Answer[]} results
 * @param {number} wallMs
 */
export function summarize(results, wallMs) {
  const ms = results.map((r) => r.ms).sort((a, b) => a - b)
  /** @type {Record<string, number>} */
  const byStatus = {}
  for (const r of results) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1
  const accepted = results.filter((r) => r.status >= 200 && r.status < 300).length
  const refused = results.filter((r) => r.status >= 400 && r.status < 500).length
  return {
    requests: results.length,
    accepted,
    refused,
    failed: results.length - accepted - refused,
    byStatus,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    p99: percentile(ms, 99),
    max: ms[ms.length - 1],
    wallMs,
    // Answers per second of the burst's wall time, and the writes among them.
    throughput: results.length / (wallMs / 1000),
    acceptedPerSecond: accepted / (wallMs / 1000),
  }
}

/**
 * The requests that were not accepted, with what they got back: the message of a failed assertion.
 * @param {(Answer & { request: { marker: string } })[]} results
 */
export function notAccepted(results) {
  const reason = (/** @type {any} */ body) => (typeof body === 'string' ? body : body?.errors?.[0]?.message ?? JSON.stringify(body))
  const bad = results.filter((r) => r.status < 200 || r.status >= 300)
  return bad.length ? bad.slice(0, 10).map((r) => `${r.request.marker} → ${r.status} ${String(reason(r.body)).slice(0, 200)}`).join('\n') : 'all accepted'
}

/** A short random id for one run, so its markers cannot match anything already in the database. */
export const newRunId = () => `LT${crypto.randomBytes(4).toString('hex')}`

/** @param {Answer} answer @param {string} what */
function expectOk(answer, what) {
  if (answer.status < 200 || answer.status >= 300) {
    throw new Error(`${what} → ${answer.status}: ${JSON.stringify(answer.body).slice(0, 500)}`)
  }
  return answer.body
}

/**
 * Logs in (once per account: mind LOA_LOGIN_LIMIT) and reads the ids the scenarios need.
 * @param {string} base
 */
export async function prepareLoad(base, password = process.env.DEMO_PASSWORD || 'loa-demo-2026') {
  const login = async (/** @type {string} */ email) => {
    const body = expectOk(await send(base, { method: 'POST', path: '/api/users/login', body: { email, password } }), `login ${email}`)
    return { email, token: /** @type {string} */ (body.token), organization: body.user.organization }
  }
  const [admin, ...accounts] = await Promise.all(['admin@demo.loa', 'ldld@demo.loa', 'hoinongdan@demo.loa', 'thienhuong@demo.loa'].map(login))
  const ctx = { base, admin: admin.token }
  // A commune committee holds its events in its own commune only (the app refuses any other).
  const coordinators = await Promise.all(
    accounts.map(async (account) => {
      const id = typeof account.organization === 'object' ? account.organization.id : account.organization
      const org = expectOk(await asAdmin(ctx, `/api/organizations/${id}?depth=0`), `organization of ${account.email}`)
      return { ...account, ownCommune: org.kind === 'commune_committee' ? /** @type {number | string} */ (org.locality) : undefined }
    }),
  )
  const list = async (/** @type {string} */ collection, query = '') =>
    /** @type {any[]} */ (expectOk(await asAdmin(ctx, `/api/${collection}?depth=0&pagination=false${query}`), `list ${collection}`).docs)
  const [localities, groups, topics] = await Promise.all([list('localities', '&sort=name'), list('audience-groups'), list('topics')])
  return {
    ...ctx,
    coordinators,
    localities: localities.map((d) => d.id),
    // The six groups (not their sub-groups) and the policy topics: what the public form offers.
    groups: groups.filter((g) => !g.parent).map((g) => g.id),
    topics: topics.filter((t) => String(t.code ?? '').startsWith('CS')).map((t) => t.id),
  }
}

/** @typedef {Awaited<ReturnType<typeof prepareLoad>>} LoadContext */

/** @param {{ base: string, admin: string }} ctx @param {string} path */
const asAdmin = (ctx, path) => send(ctx.base, { path, headers: { authorization: `JWT ${ctx.admin}` } })

const FEEDBACK_KINDS = ['question', 'complaint', 'suggestion']

/**
 * `count` anonymous submissions of the public form (/gop-y), as a citizen's browser sends them.
 * `clientAddress(i)` sets X-Forwarded-For, as the reverse proxy would (default: none, one client); the server
 * heeds it only with loopback in LOA_TRUSTED_PROXIES.
 * @param {LoadContext} ctx
 * @param {{ count: number, runId: string, label?: string, clientAddress?: (i: number) => string }} options
 * @returns {LoadRequest[]}
 */
export function feedbackRequests(ctx, { count, runId, label = 'f', clientAddress }) {
  return Array.from({ length: count }, (_, i) => {
    const marker = `${runId}-${label}${i}`
    const consent = i % 2 === 0
    return {
      kind: /** @type {const} */ ('feedback'),
      marker,
      method: 'POST',
      path: '/api/feedback',
      headers: clientAddress ? { 'x-forwarded-for': clientAddress(i) } : {},
      body: {
        kind: FEEDBACK_KINDS[i % FEEDBACK_KINDS.length],
        text: `[${marker}] Tôi làm tự do ở chợ, muốn đóng BHXH tự nguyện theo tháng thì đăng ký ở đâu, mức đóng thấp nhất bao nhiêu?`,
        locality: ctx.localities[i % ctx.localities.length],
        audienceGroup: ctx.groups[i % ctx.groups.length],
        topic: ctx.topics[i % ctx.topics.length],
        consent,
        name: consent ? `Người hỏi ${i}` : undefined,
        phone: consent ? `09${String(10_000_000 + i).slice(-8)}` : undefined,
        website: '',
      },
    }
  })
}

/** The results of report `i`: distinct per request, and consistent (per-group sum ≤ total, women ≤ total). */
function reportFigures(/** @type {LoadContext} */ ctx, /** @type {number} */ i, /** @type {string} */ marker) {
  const attendance = 40 + i
  return {
    attendance,
    women: 10 + (i % 25),
    materialsHandedOut: 30 + 2 * i,
    attendanceByGroup: [
      { group: ctx.groups[i % ctx.groups.length], count: 20 + (i % 15) },
      { group: ctx.groups[(i + 1) % ctx.groups.length], count: 5 + (i % 5) },
    ],
    questionsRaised: [{ text: `[${marker}] Mức hỗ trợ tiền đóng BHXH tự nguyện cho hộ nghèo năm 2026 là bao nhiêu?` }],
    satisfaction: 50 + (i % 51),
    newVoluntaryBhxh: i % 7,
    newHouseholdBhyt: i % 11,
    actualCost: 1_500_000 + 1_000 * i,
    fundingSource: ['state_budget', 'bhxh_funds', 'other'][i % 3],
  }
}

const EVENT_KINDS = ['conference', 'policy_dialogue', 'onsite_counselling', 'small_group', 'integrated_meeting']

/** A past event of 2026 (the term's first year, so it stays valid whatever day the test runs), by coordinator `c`. */
function pastEvent(/** @type {LoadContext} */ ctx, /** @type {number} */ i, /** @type {number} */ c, /** @type {string} */ marker) {
  const start = new Date(Date.UTC(2026, i % 10, 1 + (i % 27), 1, 0)) // 08:00 in Vietnam
  return {
    title: `[${marker}] Tư vấn chính sách BHXH tự nguyện, BHYT hộ gia đình`,
    kind: EVENT_KINDS[i % EVENT_KINDS.length],
    startAt: start.toISOString(),
    endAt: new Date(start.getTime() + 2.5 * 3600_000).toISOString(),
    locality: ctx.coordinators[c].ownCommune ?? ctx.localities[(7 * i) % ctx.localities.length],
    venue: 'Nhà văn hóa khu dân cư',
    audienceGroups: [ctx.groups[i % ctx.groups.length]],
    plannedAttendance: 50,
  }
}

/**
 * Events the coordinators held and must now report (created before the burst, sequentially: setup, not load),
 * `count` of them, spread over the three coordinators.
 * @param {LoadContext} ctx
 * @param {{ count: number, runId: string }} options
 */
export async function createHeldEvents(ctx, { count, runId }) {
  /** @type {{ id: number | string, coordinator: number, marker: string }[]} */
  const events = []
  // Ten at a time: quick, and gentle enough to leave the server idle for the burst that follows.
  for (let first = 0; first < count; first += 10) {
    const batch = Array.from({ length: Math.min(10, count - first) }, async (_, k) => {
      const i = first + k
      const coordinator = i % ctx.coordinators.length
      const marker = `${runId}-h${i}`
      const answer = await send(ctx.base, {
        method: 'POST',
        path: '/api/events?depth=0',
        headers: { authorization: `JWT ${ctx.coordinators[coordinator].token}` },
        body: { ...pastEvent(ctx, i, coordinator, marker), status: 'held' },
      })
      return { id: expectOk(answer, `create held event ${i}`).doc.id, coordinator, marker }
    })
    events.push(...(await Promise.all(batch)))
  }
  return events
}

/**
 * Coordinators' event reports, as the admin's event form saves them:
 * - for each held event given, `PATCH /api/events/:id` → reported, with its results;
 * - `creates` events logged after the fact, `POST /api/events` held with their results.
 * @param {LoadContext} ctx
 * @param {{ runId: string, held: Awaited<ReturnType<typeof createHeldEvents>>, creates: number }} options
 * @returns {LoadRequest[]}
 */
export function eventReportRequests(ctx, { runId, held, creates }) {
  const auth = (/** @type {number} */ c) => ({ authorization: `JWT ${ctx.coordinators[c].token}` })
  /** @type {LoadRequest[]} */
  const updates = held.map((event, i) => {
    const marker = `${runId}-u${i}`
    const figures = reportFigures(ctx, i, marker)
    return {
      kind: /** @type {const} */ ('update'),
      marker,
      eventId: event.id,
      method: 'PATCH',
      path: `/api/events/${event.id}?depth=0`,
      headers: auth(event.coordinator),
      body: { status: 'reported', ...figures },
      expected: { status: 'reported', ...figures },
    }
  })
  /** @type {LoadRequest[]} */
  const created = Array.from({ length: creates }, (_, i) => {
    const marker = `${runId}-c${i}`
    const figures = reportFigures(ctx, 1_000 + i, marker)
    return {
      kind: /** @type {const} */ ('create'),
      marker,
      method: 'POST',
      path: '/api/events?depth=0',
      headers: auth(i % ctx.coordinators.length),
      body: { ...pastEvent(ctx, i, i % ctx.coordinators.length, marker), status: 'held', ...figures },
      expected: { status: 'held', ...figures },
    }
  })
  // Interleaved, so creates and updates reach the server mixed.
  return Array.from({ length: Math.max(updates.length, created.length) }, (_, i) => [updates[i], created[i]]).flat().filter(Boolean)
}

/** The part of a stored event that a report writes, in the shape the requests sent it. */
function reportOf(/** @type {any} */ doc) {
  return {
    status: doc.status,
    attendance: doc.attendance,
    women: doc.women,
    materialsHandedOut: doc.materialsHandedOut,
    attendanceByGroup: (doc.attendanceByGroup ?? []).map((/** @type {any} */ r) => ({ group: r.group, count: r.count })),
    questionsRaised: (doc.questionsRaised ?? []).map((/** @type {any} */ q) => ({ text: q.text })),
    satisfaction: doc.satisfaction,
    newVoluntaryBhxh: doc.newVoluntaryBhxh,
    newHouseholdBhyt: doc.newHouseholdBhyt,
    actualCost: doc.actualCost,
    fundingSource: doc.fundingSource,
  }
}

/**
 * Reads back, as the admin, every row and audit entry carrying the run's markers.
 * @param {LoadContext} ctx @param {'feedback' | 'events'} collection @param {string} field @param {string} runId
 */
async function rowsOfRun(ctx, collection, field, runId) {
  const q = encodeURIComponent(runId)
  const [rows, audit] = await Promise.all([
    asAdmin(ctx, `/api/${collection}?depth=0&pagination=false&where[${field}][contains]=${q}`),
    asAdmin(ctx, `/api/audit-log?depth=0&pagination=false&where[targetCollection][equals]=${collection}&where[summary][contains]=${q}`),
  ])
  return { rows: /** @type {any[]} */ (expectOk(rows, `read ${collection}`).docs), audit: /** @type {any[]} */ (expectOk(audit, 'read audit-log').docs) }
}

const markerIn = (/** @type {string} */ text, /** @type {string} */ runId) => String(text ?? '').match(new RegExp(`\\[(${runId}-[a-z]+\\d+)\\]`))?.[1]

/** How many of `items` carry each key (items without one are skipped). */
function countBy(/** @type {any[]} */ items, /** @type {(item: any) => string | undefined} */ keyOf) {
  /** @type {Map<string, number>} */
  const counts = new Map()
  for (const item of items) {
    const k = keyOf(item)
    if (k) counts.set(k, (counts.get(k) ?? 0) + 1)
  }
  return counts
}

/**
 * The stored-once check. For each request: accepted (2xx) → exactly one row and one audit entry with its
 * marker, holding what was sent; refused → none. Lists every marker that breaks a rule (all empty: passed).
 * @param {LoadContext} ctx
 * @param {string} runId
 * @param {(Answer & { request: LoadRequest })[]} results
 */
export async function verifyStored(ctx, runId, results) {
  /** @type {Record<'missing' | 'doubled' | 'refusedButStored' | 'wrongFigures' | 'unexpected' | 'auditNotOnce' | 'failed', string[]>} */
  const problems = { missing: [], doubled: [], refusedButStored: [], wrongFigures: [], unexpected: [], auditNotOnce: [], failed: [] }
  const ok = (/** @type {Answer} */ r) => r.status >= 200 && r.status < 300
  const kinds = new Set(results.map((r) => r.request.kind))
  const none = { rows: [], audit: [] }
  const feedback = kinds.has('feedback') ? await rowsOfRun(ctx, 'feedback', 'text', runId) : none
  const events = kinds.has('create') || kinds.has('update') ? await rowsOfRun(ctx, 'events', 'title', runId) : none
  const rowMarker = (/** @type {any} */ d) => markerIn(d.text ?? d.title, runId)
  const rows = [...feedback.rows, ...events.rows]
  const stored = countBy(rows, rowMarker)
  const rowOf = new Map(rows.map((d) => [rowMarker(d), d]))
  const eventOf = new Map(events.rows.map((d) => [String(d.id), d]))
  // A report is an update: its marker is in the question it adds; its audit entry is the event's update.
  const reported = countBy(events.rows.flatMap((d) => d.questionsRaised ?? []), (q) => markerIn(q.text, runId))
  const audits = [...feedback.audit, ...events.audit]
  const createEntries = countBy(audits.filter((a) => a.action === 'create'), (a) => markerIn(a.summary, runId))
  const updateEntries = countBy(audits.filter((a) => a.action === 'update'), (a) => a.documentId)
  const sameReport = (/** @type {any} */ doc, /** @type {any} */ expected) => JSON.stringify(reportOf(doc)) === JSON.stringify(reportOf(expected))

  const sent = new Set()
  for (const r of results) {
    const { kind, marker, expected } = r.request
    sent.add(marker)
    if (r.status === 0 || r.status >= 500) problems.failed.push(`${marker} → ${r.status}`)
    if (kind === 'update') {
      const doc = eventOf.get(String(r.request.eventId))
      const times = reported.get(marker) ?? 0
      const entries = updateEntries.get(String(r.request.eventId)) ?? 0
      if (!ok(r)) {
        if (times || entries || doc?.status !== 'held') problems.refusedButStored.push(marker)
      } else if (!doc || times === 0) problems.missing.push(marker)
      else {
        if (times > 1) problems.doubled.push(marker)
        if (!sameReport(doc, expected)) problems.wrongFigures.push(marker)
        if (entries !== 1) problems.auditNotOnce.push(`${marker}: ${entries} update entries`)
      }
      continue
    }
    const times = stored.get(marker) ?? 0
    if (!ok(r)) {
      if (times) problems.refusedButStored.push(marker)
      continue
    }
    if (times === 0) problems.missing.push(marker)
    else if (times > 1) problems.doubled.push(marker)
    const entries = createEntries.get(marker) ?? 0
    if (times && entries !== 1) problems.auditNotOnce.push(`${marker}: ${entries} create entries`)
    if (kind === 'create' && times === 1 && !sameReport(rowOf.get(marker), expected)) problems.wrongFigures.push(marker)
  }
  // Rows of this run that no request asked for (the held events made before the burst excepted).
  for (const m of stored.keys()) if (!sent.has(m) && !/-h\d+$/.test(m)) problems.unexpected.push(m)
  return {
    stored: results.filter(ok).length - problems.missing.length,
    problems,
    passed: Object.values(problems).every((p) => p.length === 0),
  }
}

/**
 * One line of the figures table (bench:load prints them with console.table, the load test one per line).
 * `part`: the row is one kind of request inside a mixed burst, whose throughput it shares (no serial ratio).
 * @param {string} scenario @param {ReturnType<typeof summarize>} s @param {number} [floorMs] @param {boolean} [part]
 */
export function figuresRow(scenario, s, floorMs, part = false) {
  const ms = (/** @type {number} */ v) => Math.round(v * 10) / 10
  return {
    scenario,
    requests: s.requests,
    concurrency: s.requests,
    accepted: s.accepted,
    refused: s.refused,
    failed: s.failed,
    'p50 ms': ms(s.p50),
    'p95 ms': ms(s.p95),
    'p99 ms': ms(s.p99),
    'max ms': ms(s.max),
    'req/s': ms(s.throughput),
    'wall s': ms(s.wallMs / 1000),
    // The burst's throughput against one-at-a-time (1 / floor): how much the server gains from concurrency.
    ...(floorMs
      ? {
          'floor ms': ms(floorMs),
          'p50/floor': `${(s.p50 / floorMs).toFixed(1)}×`,
          'req/s ÷ serial': part ? '' : `${((s.throughput * floorMs) / 1000).toFixed(2)}×`,
        }
      : {}),
  }
}

/** How many feedback items the database holds (as the admin sees them: all). */
export async function feedbackCount(/** @type {LoadContext} */ ctx) {
  return /** @type {number} */ (expectOk(await asAdmin(ctx, '/api/feedback/count'), 'count feedback').totalDocs)
}

/**
 * The floor: `repeat` requests of each kind one after the other on the idle server, after one warm-up
 * (the first call of a route loads its code); the median is the latency of a lone request. Give it a
 * run id of its own: its rows are not part of any burst.
 * @param {LoadContext} ctx
 * @param {{ runId: string, repeat?: number }} options
 */
export async function floorLatency(ctx, { runId, repeat = 5 }) {
  const median = (/** @type {number[]} */ xs) => percentile([...xs].sort((a, b) => a - b), 50)
  const sequential = async (/** @type {LoadRequest[]} */ requests) => {
    const ms = []
    for (const [i, request] of requests.entries()) {
      const answer = await send(ctx.base, request)
      expectOk(answer, `floor ${request.marker}`)
      if (i > 0) ms.push(answer.ms)
    }
    return median(ms)
  }
  const feedback = await sequential(feedbackRequests(ctx, { count: repeat + 1, runId }))
  const held = await createHeldEvents(ctx, { count: repeat + 1, runId })
  const reports = eventReportRequests(ctx, { runId, held, creates: repeat + 1 })
  const update = await sequential(reports.filter((r) => r.kind === 'update'))
  const create = await sequential(reports.filter((r) => r.kind === 'create'))
  return { feedback, update, create }
}
