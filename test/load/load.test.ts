/**
 * Load (issue 6): the production build on a fresh seeded SQLite file, on loopback. 500 public feedback
 * submissions and 200 coordinator event reports, each burst all in flight at once: every request is
 * answered 2xx and every accepted write is in the database exactly once, with its audit entry and the
 * figures it sent. The bounds (count, and 120 s against a hang) are no speed target: the latency and
 * throughput figures are printed, and `npm run bench:load` prints the same table.
 * Then, with the default limits, a burst beyond them gets clean 429s and the refused items are not stored.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'

import {
  createHeldEvents,
  eventReportRequests,
  feedbackCount,
  feedbackRequests,
  figuresRow,
  fire,
  floorLatency,
  newRunId,
  notAccepted,
  prepareLoad,
  send,
  summarize,
  verifyStored,
  type LoadContext,
} from '../../scripts/lib/load.mjs'
import { startSeededServer, type SeededServer } from '../../scripts/lib/server.mjs'

const FEEDBACK = 500
const REPORTS = 200 // half updates of held events (→ reported), half events logged after the fact
const HANG_GUARD_MS = 120_000
const NO_PROBLEMS = { missing: [], doubled: [], refusedButStored: [], wrongFigures: [], unexpected: [], auditNotOnce: [], failed: [] }

let server: SeededServer
let ctx: LoadContext
let floor: Awaited<ReturnType<typeof floorLatency>>

beforeAll(async () => {
  server = await startSeededServer({
    name: 'load',
    // One client sends everything: lift the public form's limits; no background jobs during the bursts.
    env: { LOA_FEEDBACK_LIMIT: '1000000', LOA_FEEDBACK_GLOBAL_LIMIT: '1000000', LOA_JOBS: 'off' },
  })
  ctx = await prepareLoad(server.base)
  // Also the warm-up: the bursts below do not time the loading of the routes' code.
  floor = await floorLatency(ctx, { runId: newRunId() })
}, 240_000)

afterAll(async () => {
  await server?.stop()
})

function print(row: ReturnType<typeof figuresRow>) {
  console.log(Object.entries(row).filter(([, v]) => v !== '').map(([k, v]) => `${k} ${v}`).join(' · '))
}

it(`${FEEDBACK} concurrent public feedback submissions are all accepted, each stored once, and nothing else appears`, async () => {
  const runId = newRunId()
  const requests = feedbackRequests(ctx, { count: FEEDBACK, runId })
  const before = await feedbackCount(ctx)

  const { results, wallMs } = await fire(server.base, requests, HANG_GUARD_MS)
  const summary = summarize(results, wallMs)
  print(figuresRow('public feedback (POST /api/feedback)', summary, floor.feedback))

  expect(results).toHaveLength(FEEDBACK)
  expect(wallMs).toBeLessThan(HANG_GUARD_MS)
  expect(summary.byStatus, notAccepted(results)).toEqual({ 201: FEEDBACK })
  const check = await verifyStored(ctx, runId, results)
  expect(check.problems).toEqual(NO_PROBLEMS)
  expect(check.stored).toBe(FEEDBACK)
  expect((await feedbackCount(ctx)) - before).toBe(FEEDBACK)

  // The check can fail: a refused request whose item is stored, an accepted one that is not, a row stored twice.
  const [first, second] = results
  const pretend = [
    { ...first, status: 429 },
    second,
    { ...second, request: { ...second.request, marker: `${runId}-f${FEEDBACK}` } },
  ]
  const admin = { authorization: `JWT ${ctx.admin}` }
  const twice = await send(server.base, { method: 'POST', path: '/api/feedback', headers: admin, body: second.request.body })
  expect(twice.status).toBe(201)
  const caught = await verifyStored(ctx, runId, pretend)
  expect(caught.problems.refusedButStored).toEqual([first.request.marker])
  expect(caught.problems.missing).toEqual([`${runId}-f${FEEDBACK}`])
  expect(caught.problems.doubled).toEqual([second.request.marker])
  expect(caught.passed).toBe(false)
}, 180_000)

it(`${REPORTS} concurrent coordinator event reports are all accepted, each stored once with its figures`, async () => {
  const runId = newRunId()
  // Setup, not load: the events the coordinators held and now report.
  const held = await createHeldEvents(ctx, { count: REPORTS / 2, runId })
  const requests = eventReportRequests(ctx, { runId, held, creates: REPORTS / 2 })
  expect(requests.filter((r) => r.kind === 'update')).toHaveLength(REPORTS / 2)

  const { results, wallMs } = await fire(server.base, requests, HANG_GUARD_MS)
  const summary = summarize(results, wallMs)
  const updates = results.filter((r) => r.request.kind === 'update')
  const creates = results.filter((r) => r.request.kind === 'create')
  print(figuresRow('event reports (PATCH + POST /api/events)', summary, (floor.update + floor.create) / 2))
  print(figuresRow('  of which PATCH → reported', summarize(updates, wallMs), floor.update, true))
  print(figuresRow('  of which POST held + results', summarize(creates, wallMs), floor.create, true))

  expect(results).toHaveLength(REPORTS)
  expect(wallMs).toBeLessThan(HANG_GUARD_MS)
  expect(summarize(updates, wallMs).byStatus, notAccepted(updates)).toEqual({ 200: REPORTS / 2 })
  expect(summarize(creates, wallMs).byStatus, notAccepted(creates)).toEqual({ 201: REPORTS / 2 })
  const check = await verifyStored(ctx, runId, results)
  expect(check.problems).toEqual(NO_PROBLEMS)
  expect(check.stored).toBe(REPORTS)
}, 180_000)

it('with the default limits, a burst beyond them gets clean 429s with a Vietnamese message, and the refused items are not stored', async () => {
  // Same database, a new process without the lifted limits (they live in memory: they start afresh).
  // The test plays the reverse proxy (it sets X-Forwarded-For below), so loopback is the trusted proxy.
  await server.restart({ LOA_JOBS: 'off', LOA_TRUSTED_PROXIES: '127.0.0.1, ::1' })
  ctx = await prepareLoad(server.base)
  const before = await feedbackCount(ctx)
  const refusal = /^Bạn đã gửi quá nhiều góp ý trong thời gian ngắn\. Vui lòng thử lại sau \d+ phút\.$/

  // One client (one address at the proxy): 5 in 10 minutes, the rest refused.
  const oneClient = newRunId()
  const burst = await fire(server.base, feedbackRequests(ctx, { count: 12, runId: oneClient, clientAddress: () => '203.0.113.7' }), HANG_GUARD_MS)
  expect(summarize(burst.results, burst.wallMs).byStatus).toEqual({ 201: 5, 429: 7 })
  for (const r of burst.results.filter((x) => x.status === 429)) expect(r.body.errors[0].message).toMatch(refusal)
  const oneCheck = await verifyStored(ctx, oneClient, burst.results)
  expect(oneCheck.problems).toEqual(NO_PROBLEMS)

  // Many clients, one request each: 200 a minute for all anonymous clients together, 5 of them already used.
  const many = newRunId()
  const crowd = await fire(
    server.base,
    feedbackRequests(ctx, { count: 210, runId: many, clientAddress: (i) => `198.51.${Math.floor(i / 250)}.${i % 250}` }),
    HANG_GUARD_MS,
  )
  const crowdSummary = summarize(crowd.results, crowd.wallMs)
  print(figuresRow('default limits, 210 clients at once', crowdSummary))
  expect(crowdSummary.byStatus).toEqual({ 201: 195, 429: 15 })
  for (const r of crowd.results.filter((x) => x.status === 429)) expect(r.body.errors[0].message).toMatch(refusal)
  const crowdCheck = await verifyStored(ctx, many, crowd.results)
  expect(crowdCheck.problems).toEqual(NO_PROBLEMS)

  expect((await feedbackCount(ctx)) - before).toBe(5 + 195)
}, 180_000)
