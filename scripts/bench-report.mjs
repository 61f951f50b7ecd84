#!/usr/bin/env node
/**
 * `npm run bench:report`: the evaluation dashboard and the consolidated reports on a full five-year
 * data set, against the floor — the same figures computed by hand-written SQL, one query per
 * figure, on the same SQLite file. No Next server or build is needed.
 *   1. build: a fresh SQLite file in a temp folder, schema pushed from the collections; the plan's
 *      reference data (114 communes, their People's Committees, the city bodies, audience groups,
 *      topics, targets); campaigns, standard messages, annual plans with budget lines and more
 *      targets through payload.create; then, straight into the tables (multi-row INSERTs in
 *      transactions, as Payload stores rows — payload.create would take over an hour), BENCH_EVENTS
 *      events with results plus ~10 % planned or cancelled ones, BENCH_FEEDBACK feedback items,
 *      BENCH_MEDIA media outputs over 2026–2030, and every commune's participation figures for
 *      each half-year and year of the term.
 *   2. tallies: the outreach tallies built by the app itself, rebuildTallies(payload), timed (the
 *      one-off "build tallies" figure) with its peak RSS, in its own process (the SQLite driver
 *      keeps native memory per statement until the process ends); then the cost of keeping tallies
 *      current, reported apart (saves recording their buckets, then refreshTallies); then a few
 *      unit reports through payload.create.
 *   3. time, in one process: the city dashboard for BENCH_YEAR (dashboardData), the consolidated
 *      city report for BENCH_YEAR and the final 2026–2030 review (buildOfficialReport, then the
 *      DOCX and XLSX writers), and the floor of each; one cold call each, then BENCH_REPEAT rounds
 *      taking turns, median and p95. The app's figures are checked against the floor's (events,
 *      attendance, sign-ups, cost by source, reach by group and kind, the audience × topic ×
 *      channel cells, media outputs by channel, feedback received/answered/by topic, budget,
 *      participation rates, the commune table row by row, the per-organization table, progress to
 *      2030). Then dashboardData's reads one by one, through the same Local API calls.
 * The floor uses the file as the app left it (its own indexes, nothing added). On SQLite a Local API
 * call never yields to the event loop (the driver answers synchronously); the run counts the
 * dashboard calls that blocked the process from start to end.
 * Options (env): BENCH_EVENTS (50000 with results), BENCH_FEEDBACK (200000), BENCH_MEDIA (50000),
 * BENCH_YEAR (2028), BENCH_REPEAT (15), BENCH_CHUNK (5000 rows per insert transaction),
 * BENCH_KEEP=1 (keep the temp folder and print its path), BENCH_REUSE=<folder kept by BENCH_KEEP>
 * (skip steps 1–2 and time that database again; BENCH_RETALLY=1 rebuilds its tallies first).
 * Exits 1 if a step fails or any figure of the app differs from the floor's.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { benchEnv, bin, ensureDependencies, loadEnv, payloadCliEnv, root } from './lib/prepare.mjs'

ensureDependencies()
loadEnv()
const sizes = {
  BENCH_EVENTS: process.env.BENCH_EVENTS || '50000',
  BENCH_FEEDBACK: process.env.BENCH_FEEDBACK || '200000',
  BENCH_MEDIA: process.env.BENCH_MEDIA || '50000',
  BENCH_YEAR: process.env.BENCH_YEAR || '2028',
  BENCH_REPEAT: process.env.BENCH_REPEAT || '15',
}
const reuse = process.env.BENCH_REUSE ? path.resolve(process.env.BENCH_REUSE) : null
const keep = Boolean(reuse) || process.env.BENCH_KEEP === '1'
const dir = reuse ?? fs.mkdtempSync(path.join(os.tmpdir(), 'loa-bench-report-'))
const started = Date.now()

// Schema pushed from the collections as they are (as in the tests), not from the migrations.
const env = benchEnv(dir, { ...sizes, NODE_ENV: 'development' })

function step(phase) {
  const resultFile = path.join(dir, `${phase}.json`)
  fs.rmSync(resultFile, { force: true })
  const t0 = Date.now()
  const run = spawnSync(bin('payload'), ['run', 'scripts/bench-report.ts'], {
    cwd: root,
    env: payloadCliEnv({ ...env, BENCH_PHASE: phase, BENCH_RESULT_FILE: resultFile }),
    stdio: 'inherit',
  })
  if (run.status !== 0 || !fs.existsSync(resultFile)) fail(`${phase}: scripts/bench-report.ts failed (${run.status ?? run.signal})`)
  return { ...JSON.parse(fs.readFileSync(resultFile, 'utf8')), wallSeconds: (Date.now() - t0) / 1000 }
}

let built
let tallied
let timing
try {
  if (reuse) {
    if (!fs.existsSync(path.join(dir, 'bench.db'))) fail(`BENCH_REUSE: no bench.db in ${dir}`)
    console.log(`▸ Dùng lại cơ sở dữ liệu – reusing ${dir}`)
    built = JSON.parse(fs.readFileSync(path.join(dir, 'build.json'), 'utf8'))
    tallied = process.env.BENCH_RETALLY === '1' ? step('tallies') : JSON.parse(fs.readFileSync(path.join(dir, 'tallies.json'), 'utf8'))
  } else {
    console.log(
      `▸ Dựng dữ liệu 5 năm – building the data set: ${sizes.BENCH_EVENTS} events with results, ${sizes.BENCH_FEEDBACK} feedback, ` +
        `${sizes.BENCH_MEDIA} media outputs (${dir})`,
    )
    built = step('build')
    console.log('▸ Dựng số liệu tổng hợp bằng mã của ứng dụng – building the tallies with the app’s rebuildTallies (its own process)')
    tallied = step('tallies')
  }
  console.log(`▸ Đo thời gian – timing: dashboard ${sizes.BENCH_YEAR}, city report ${sizes.BENCH_YEAR}, final review 2026–2030, and their SQL floor`)
  timing = step('time')
} finally {
  if (keep) console.log(`▸ Giữ lại thư mục – kept: ${dir} (BENCH_REUSE=${dir} times it again)`)
  else fs.rmSync(dir, { recursive: true, force: true })
}

const fmt = (n, digits = 1) => (n === null || n === undefined ? '–' : Number(n.toFixed(digits)))
const ratio = (a, b) => (b ? `${(a / b).toFixed(1)}×` : '–')
const s = timing.series
const row = (loa, floor) => ({
  'cold ms': fmt(loa.cold),
  'Loa median ms': fmt(loa.median),
  'Loa p95 ms': fmt(loa.p95),
  'floor median ms': floor ? fmt(floor.median, 2) : '–',
  'floor p95 ms': floor ? fmt(floor.p95, 2) : '–',
  'Loa ÷ floor': floor ? ratio(loa.median, floor.median) : '–',
})
const y = sizes.BENCH_YEAR
const z = timing.sizes
const w = built.written

console.log(
  `\nbench:report — SQLite (WAL), ${z.localities} communes, ${z.organizations} organizations; ` +
    `${z.events} events (${z.eventsHeldOrReported} held or reported, with results), ${z.feedback} feedback, ${z.media_outputs} media outputs, ` +
    `${z.indicators} participation figures (h1, h2, year × 5 years × communes); ${((Date.now() - started) / 60000).toFixed(1)} min in all`,
)
console.table({
  'events (held/reported + planned/cancelled)': { rows: z.events },
  '  audience groups, topics, co-organizers (events_rels)': { rows: z.events_rels },
  '  attendance by group rows': { rows: z.events_attendance_by_group },
  '  questions raised rows': { rows: z.events_questions_raised },
  feedback: { rows: z.feedback },
  'media outputs': { rows: z.media_outputs },
  '  messages carried (media_outputs_rels)': { rows: z.media_outputs_rels },
  'participation figures (indicators)': { rows: z.indicators },
  'messages / campaigns / plans / targets': { rows: `${z.messages} / ${z.campaigns} / ${z.plans} / ${z.targets}` },
  'reports (unit reports + the 2 timed)': { rows: z.reports },
  'outreach tallies (monthly buckets)': { rows: z.outreach_tallies },
})
const bt = built.times ?? {}
const bulk = (bt.eventsSeconds ?? 0) + (bt.feedbackSeconds ?? 0) + (bt.mediaSeconds ?? 0) + (bt.indicatorsSeconds ?? 0)
console.log(
  `build: seed ${fmt(bt.seedSeconds)} s, payload.create of messages/campaigns/plans/targets ${fmt(bt.payloadCreateSeconds)} s, ` +
    `bulk INSERTs ${fmt(bulk)} s (events ${fmt(bt.eventsSeconds)}, feedback ${fmt(bt.feedbackSeconds)}, media ${fmt(bt.mediaSeconds)}, ` +
    `figures ${fmt(bt.indicatorsSeconds)}); peak RSS ${built.memory.maxRssMB} MB`,
)
console.log(
  `build tallies (one-off, rebuildTallies: Local API reads, adapter writes): ${fmt(tallied.rebuildSeconds)} s (CPU ${fmt(tallied.rebuildCpuSeconds)} s) for ${tallied.recomputed} buckets ` +
    `(${tallied.stored} stored, ${tallied.expected} expected), peak RSS ${tallied.memoryAfterRebuild.maxRssMB} MB ` +
    `(RSS ${tallied.memoryAfterRebuild.rssBeforeMB ?? '–'} MB before it, ${tallied.memoryAfterRebuild.rssMB} MB after); ` +
    `then ${tallied.unitReports} unit reports through payload.create in ${fmt(tallied.unitReportSeconds)} s`,
)
const kc = tallied.keepingCurrent
if (kc) {
  console.log(
    `keeping tallies current (apart from the rebuild): ${kc.saves} saves through payload.update (events and media outputs; their hook ` +
      `records the buckets touched; ${kc.failed} refused) took ${fmt(kc.saveSeconds)} s (${fmt((1000 * kc.saveSeconds) / Math.max(1, kc.saves))} ms a save); ` +
      `refreshTallies then recomputed ${kc.buckets} buckets in ${fmt(kc.refreshSeconds, 2)} s (${fmt((1000 * kc.refreshSeconds) / Math.max(1, kc.buckets))} ms a bucket); ` +
      `a refresh with nothing pending ${fmt(kc.idleRefreshMs)} ms (every dashboard view and report pays it)`,
  )
}

console.log(`\ntimes (ms): one cold call, then ${sizes.BENCH_REPEAT} calls each, taking turns; floor = one hand-written SQL query per figure, same file and connection`)
console.table({
  [`dashboard, city ${y}`]: row(s.dashboard, s.floorDashboard),
  [`city report ${y}: build`]: row(s['city.build'], s.floorCity),
  [`city report ${y}: DOCX`]: row(s['city.docx']),
  [`city report ${y}: XLSX`]: row(s['city.xlsx']),
  [`city report ${y}: build + DOCX + XLSX`]: row(s['city.total'], s.floorCity),
  'final review 2026–2030: build': row(s['final.build'], s.floorFinal),
  'final review 2026–2030: DOCX': row(s['final.docx']),
  'final review 2026–2030: XLSX': row(s['final.xlsx']),
  'final review 2026–2030: build + DOCX + XLSX': row(s['final.total'], s.floorFinal),
})
console.log(
  `machine load (1-minute average) while timing: ${fmt(timing.load.before, 2)} at the start, ${fmt(timing.load.after, 2)} at the end, on ${timing.load.cpus} CPUs`,
)
console.log(
  `peak memory of the timing process: RSS ${timing.memory.maxRssMB} MB (maxRSS), JS heap ${timing.memory.peakHeapMB} MB ` +
    `(before the first call: RSS ${timing.memoryBefore.rssMB} MB); files: city report DOCX ${timing.bytes.city?.docx} B, XLSX ${timing.bytes.city?.xlsx} B; ` +
    `final review DOCX ${timing.bytes.final?.docx} B, XLSX ${timing.bytes.final?.xlsx} B`,
)

console.log(`\ndashboardData's reads for the city, ${y}, one by one (the same Local API calls; median of up to 10 after a warm-up):`)
console.table(
  Object.fromEntries(
    timing.parts.map((p) => [
      p.part,
      { 'median ms': fmt(p.median), 'p95 ms': fmt(p.p95), 'share of dashboard median': `${Math.round((100 * p.median) / s.dashboard.median)} %`, 'tally rows': p.rows ?? '' },
    ]),
  ),
)
const partsSum = timing.parts.reduce((acc, p) => acc + p.median, 0)
console.log(
  `sum of the parts ${fmt(partsSum)} ms of the dashboard's ${fmt(s.dashboard.median)} ms median (the rest: merging and computing in JS). ` +
    `Final review's organization tallies for 60 months (readTallies events + media, ${timing.termTallies.rows} rows): median ${fmt(timing.termTallies.median)} ms.`,
)
for (const [key, label, series] of [['dashboard', 'the dashboard', s.floorDashboard], ['city', 'the city report', s.floorCity], ['final', 'the final review', s.floorFinal]]) {
  const fq = timing.floorProfile?.[key] ?? []
  console.log(
    `floor of ${label}: ${fq.reduce((n, q) => n + q.perRound, 0)} queries, ${fmt(series.median, 1)} ms (median); slowest: ` +
      fq.slice(0, 3).map((q) => `${fmt(q.median, 1)} ms "${q.sql.slice(0, 70)}…"`).join('; '),
  )
}
console.log(
  `\nratio (Loa ÷ floor, medians): dashboard ${ratio(s.dashboard.median, s.floorDashboard.median)}, city report build ${ratio(s['city.build'].median, s.floorCity.median)} ` +
    `(with DOCX + XLSX ${ratio(s['city.total'].median, s.floorCity.median)}), final review build ${ratio(s['final.build'].median, s.floorFinal.median)} ` +
    `(with DOCX + XLSX ${ratio(s['final.total'].median, s.floorFinal.median)})`,
)
console.log(
  `event loop: ${timing.loop.neverYielded} of ${timing.loop.calls} dashboard calls never let it turn (SQLite's client answers synchronously: ` +
    'while the dashboard computes, the process serves nothing else)',
)
console.log(`dashboard: ${fmt(s.dashboard.median)} ms (target: well under 1000 ms); cold ${fmt(s.dashboard.cold)} ms, p95 ${fmt(s.dashboard.p95)} ms`)

if (timing.problems.length) {
  for (const p of timing.problems) console.error(`✗ ${p}`)
  console.error(`✗ ${timing.problems.length} figure(s) of the app differ from the SQL floor`)
  process.exit(1)
}
if (w && w.pendingTallyChanges) console.log(`(note: ${w.pendingTallyChanges} tally changes were pending after the bulk load)`)
console.log('✓ every figure checked equals the SQL floor: dashboard, city report, final review')

function fail(message) {
  console.error(`✗ ${message}`)
  if (!keep) fs.rmSync(dir, { recursive: true, force: true })
  process.exit(1)
}
