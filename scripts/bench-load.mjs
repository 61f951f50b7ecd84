#!/usr/bin/env node
/**
 * `npm run bench:load`: the load test's scenarios (test/load/load.test.ts, scripts/lib/load.mjs) with the
 * figures in one table, over loopback, in one run (the machines are noisy: compare the ratios).
 *   1. fresh SQLite file in a temp folder, migrated and seeded with the demo accounts; `next start`
 *      with the public form's limits lifted (the benchmark is one client)
 *   2. the floor: requests of each kind one at a time on the idle server (median)
 *   3. BENCH_FEEDBACK anonymous feedback submissions, all at once; then BENCH_REPORTS coordinator event
 *      reports (half PATCH of held events → reported, half POST of events held with their results), all at once
 *   4. the stored-once check: every accepted write stored exactly once with its audit entry, none refused stored
 * Options (env): BENCH_FEEDBACK (500), BENCH_REPORTS (200).
 */
import * as load from './lib/load.mjs'
import { ensureBuild, ensureDependencies, loadEnv } from './lib/prepare.mjs'
import { startSeededServer } from './lib/server.mjs'

ensureDependencies()
loadEnv()
ensureBuild({ ...process.env, NODE_ENV: 'production' })

const feedbackCount = Number(process.env.BENCH_FEEDBACK || 500)
const reportCount = Number(process.env.BENCH_REPORTS || 200)
const guard = 120_000

console.log('▸ Tạo CSDL mới, khởi động máy chủ – seeding a fresh database, next start')
const server = await startSeededServer({
  name: 'bench-load',
  env: { LOA_FEEDBACK_LIMIT: '1000000', LOA_FEEDBACK_GLOBAL_LIMIT: '1000000', LOA_JOBS: 'off' },
})
let failed = false
try {
  const ctx = await load.prepareLoad(server.base)
  console.log('▸ Đo mức sàn – the floor: one request at a time on the idle server')
  const floor = await load.floorLatency(ctx, { runId: load.newRunId() })

  console.log(`▸ ${feedbackCount} góp ý cùng lúc – ${feedbackCount} public feedback submissions at once`)
  const feedbackRun = load.newRunId()
  const before = await load.feedbackCount(ctx)
  const feedback = await load.fire(server.base, load.feedbackRequests(ctx, { count: feedbackCount, runId: feedbackRun }), guard)
  const feedbackCheck = await load.verifyStored(ctx, feedbackRun, feedback.results)
  const feedbackAdded = (await load.feedbackCount(ctx)) - before

  console.log(`▸ ${reportCount} báo cáo sự kiện cùng lúc – ${reportCount} coordinator event reports at once`)
  const reportRun = load.newRunId()
  const held = await load.createHeldEvents(ctx, { count: Math.floor(reportCount / 2), runId: reportRun })
  const reports = await load.fire(server.base, load.eventReportRequests(ctx, { runId: reportRun, held, creates: reportCount - held.length }), guard)
  const reportCheck = await load.verifyStored(ctx, reportRun, reports.results)
  const part = (/** @type {string} */ kind) => reports.results.filter((r) => r.request.kind === kind)

  console.log(`\nbench:load — SQLite, next start on loopback, every request of a burst in flight at once`)
  console.table([
    load.figuresRow('public feedback (POST /api/feedback)', load.summarize(feedback.results, feedback.wallMs), floor.feedback),
    load.figuresRow('event reports (all)', load.summarize(reports.results, reports.wallMs), (floor.update + floor.create) / 2),
    load.figuresRow('  PATCH held → reported', load.summarize(part('update'), reports.wallMs), floor.update, true),
    load.figuresRow('  POST held + results', load.summarize(part('create'), reports.wallMs), floor.create, true),
  ])
  console.log(
    'floor: median of 5 requests of the kind, one at a time, on the idle server; p50/floor: the slowdown in the burst;\n' +
      'req/s ÷ serial: the burst\'s throughput over one-at-a-time (1000 / floor ms); rows 2–3: the two halves of row 1',
  )
  for (const [name, check, accepted, added] of /** @type {const} */ ([
    ['feedback', feedbackCheck, load.summarize(feedback.results, feedback.wallMs).accepted, feedbackAdded],
    ['event reports', reportCheck, load.summarize(reports.results, reports.wallMs).accepted, undefined],
  ])) {
    const issues = Object.entries(check.problems)
      .filter(([, list]) => list.length)
      .map(([k, list]) => `\n  ${k}: ${list.slice(0, 5).join(', ')}${list.length > 5 ? ` … (${list.length})` : ''}`)
    console.log(
      `stored once — ${name}: ${check.passed ? '✓' : '✗'} ${check.stored}/${accepted} accepted writes stored exactly once with one audit entry` +
        (added === undefined ? '' : `; feedback items added: ${added}`) +
        issues.join(''),
    )
    failed ||= !check.passed || (added !== undefined && added !== accepted) || accepted === 0
  }
} catch (error) {
  console.error(server.log().slice(-3000))
  console.error(`✗ ${/** @type {Error} */ (error).message}`)
  failed = true
} finally {
  await server.stop()
}
process.exit(failed ? 1 : 0)
