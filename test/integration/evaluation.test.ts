/**
 * Evaluation end to end on a real database: the monthly tallies stay equal to what was logged
 * through creates, edits, moves and deletes; the dashboard's figures and a unit report's figures
 * are the sums of the organization's events, media outputs and feedback; the report workflow;
 * who may read which report and dashboard; the DOCX/XLSX downloads (opened by LibreOffice);
 * the deadline reminders delivered to a loopback SMTP server.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bucketKey, emptyTally, HELD_STATUSES, parseBucketKey, REBUILD_MARKER } from '../../src/domain/tallies'
import type { Report } from '../../src/payload-types'
import { REFRESH_OUTREACH_TALLIES_TASK } from '../../src/jobs/refreshOutreachTallies'
import { SEND_REPORT_REMINDERS_TASK } from '../../src/jobs/sendReportReminders'
import { dashboardData } from '../../src/lib/dashboardData'
import { reportTables } from '../../src/domain/officialReport'
import { COUNT_FIELDS, participationRates, sumCounts, type Counts } from '../../src/domain/participation'
import { ensureTallies, refreshTallies } from '../../src/lib/tallies'
import { buildOfficialReport, type UnitFigures } from '../../src/lib/reportCompiler'
import { brokenCells, docxPages, tablePages } from '../documents'
import { callEndpoint, expectFieldError, idByName, isRefused, seededPayload, userByEmail } from '../helpers'
import { startSmtpServer } from '../smtp'

let payload: Payload
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
type U = Awaited<ReturnType<typeof userByEmail>>
let hnd: U, ldld: U, evaluator: U, editor: U, admin: U
let hndOrg: number | string, ldldOrg: number | string
let communeA: number | string, communeB: number | string
let groups: (number | string)[]

const as = (user: U) => ({ overrideAccess: false, user, depth: 0 })

beforeAll(async () => {
  smtp = await startSmtpServer()
  process.env.SMTP_URL = smtp.url
  payload = await seededPayload()
  ;[hnd, ldld, evaluator, editor, admin] = await Promise.all(
    ['hoinongdan@demo.loa', 'ldld@demo.loa', 'evaluator@demo.loa', 'editor@demo.loa', 'admin@demo.loa'].map((e) => userByEmail(payload, e)),
  )
  hndOrg = await idByName(payload, 'organizations', 'Hội Nông dân thành phố Hải Phòng')
  ldldOrg = await idByName(payload, 'organizations', 'Liên đoàn Lao động thành phố Hải Phòng')
  communeA = await idByName(payload, 'localities', 'Phường Thiên Hương')
  communeB = await idByName(payload, 'localities', 'Xã An Lão')
  groups = (await payload.find({ collection: 'audience-groups', sort: 'code', limit: 3, depth: 0 })).docs.map((g) => g.id)
})
afterAll(async () => {
  await payload?.destroy()
  await smtp?.close()
})

const event = (user: U, title: string, startAt: string, locality: number | string, results: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'events',
    data: {
      title,
      kind: 'policy_dialogue',
      startAt,
      endAt: new Date(new Date(startAt).getTime() + 2 * 3600_000).toISOString(),
      locality,
      audienceGroups: groups.slice(0, 2),
      status: 'held',
      ...results,
    } as never,
    ...as(user),
  })

/** What was logged, summed straight from the events (the oracle the tallies must match). */
async function loggedSums(where: Record<string, unknown>, from: string, to: string) {
  const { docs } = await payload.find({
    collection: 'events',
    where: { and: [where, { startAt: { greater_than_equal: from } }, { startAt: { less_than: to } }, { status: { in: [...HELD_STATUSES] } }] } as never,
    pagination: false,
    depth: 0,
  })
  const sum = (f: 'attendance' | 'women' | 'newVoluntaryBhxh' | 'newHouseholdBhyt' | 'actualCost') => docs.reduce((s, d) => s + ((d[f] as number | null) ?? 0), 0)
  return {
    events: docs.length,
    attendance: sum('attendance'),
    women: sum('women'),
    newVoluntaryBhxh: sum('newVoluntaryBhxh'),
    newHouseholdBhyt: sum('newHouseholdBhyt'),
    cost: sum('actualCost'),
    questions: docs.reduce((s, d) => s + (d.questionsRaised?.length ?? 0), 0),
  }
}

// 2028 H1 in Vietnam time: [2027-12-31T17:00Z, 2028-06-30T17:00Z).
const H1 = { from: '2027-12-31T17:00:00.000Z', to: '2028-06-30T17:00:00.000Z' }
const H2 = { from: '2028-06-30T17:00:00.000Z', to: '2028-12-31T17:00:00.000Z' }

describe('tallies equal what was logged', () => {
  it('through creates, result edits, a move across the half-year, a cancellation and a delete', async () => {
    const a = await event(hnd, 'Đối thoại với nông dân xã An Lão', '2028-03-10T01:00:00.000Z', communeB, {
      attendance: 120,
      women: 60,
      attendanceByGroup: [
        { group: groups[0], count: 70 },
        { group: groups[1], count: 50 },
      ],
      questionsRaised: [{ text: 'Mức đóng BHXH tự nguyện thấp nhất là bao nhiêu?' }],
      satisfaction: 90,
      newVoluntaryBhxh: 5,
      newHouseholdBhyt: 12,
      actualCost: 3_000_000,
      fundingSource: 'state_budget',
    })
    const b = await event(hnd, 'Tư vấn tại chợ', '2028-05-20T02:00:00.000Z', communeA, { attendance: 40, newHouseholdBhyt: 3, actualCost: 500_000, fundingSource: 'other' })
    // 06:30 on 1 July in Vietnam is 23:30 UTC on 30 June: H2, not H1.
    const c = await event(hnd, 'Sự kiện sáng 1/7', '2028-06-30T23:30:00.000Z', communeA, { attendance: 30 })
    const d = await event(hnd, 'Sự kiện sẽ bị xóa', '2028-04-02T02:00:00.000Z', communeA, { attendance: 25 })
    await event(ldld, 'Hội nghị công nhân', '2028-02-14T01:00:00.000Z', communeB, { attendance: 300, newVoluntaryBhxh: 20 })
    await payload.create({
      collection: 'events',
      data: { title: 'Chưa tổ chức', kind: 'small_group', startAt: '2028-04-10T01:00:00.000Z', endAt: '2028-04-10T03:00:00.000Z', locality: communeA } as never,
      ...as(hnd),
    })

    // Edits: results corrected, one event moved from H1 to H2, one cancelled… no: deleted.
    await payload.update({ collection: 'events', id: b.id, data: { attendance: 45, status: 'reported' } as never, ...as(hnd) })
    await payload.update({ collection: 'events', id: a.id, data: { startAt: '2028-07-03T01:00:00.000Z', endAt: '2028-07-03T03:00:00.000Z' } as never, ...as(hnd) })
    await payload.delete({ collection: 'events', id: d.id, ...as(hnd) })
    expect(c.id).toBeDefined()

    for (const [half, range] of [['h1', H1], ['h2', H2]] as const) {
      const org = await dashboardData(payload, { year: 2028, period: half, scope: 'organization', id: String(hndOrg) })
      const logged = await loggedSums({ organization: { equals: hndOrg } }, range.from, range.to)
      expect(org.tally).toMatchObject(logged)
      const city = await dashboardData(payload, { year: 2028, period: half, scope: 'city' })
      expect(city.tally).toMatchObject(await loggedSums({}, range.from, range.to))
      const commune = await dashboardData(payload, { year: 2028, period: half, scope: 'commune', id: String(communeA) })
      expect(commune.tally).toMatchObject(await loggedSums({ locality: { equals: communeA } }, range.from, range.to))
    }
    const h1 = await dashboardData(payload, { year: 2028, period: 'h1', scope: 'organization', id: String(hndOrg) })
    expect(h1.tally.events).toBe(1) // only b: a moved to H2, c is in H2, d deleted, the planned one not held
    expect(h1.tally.attendance).toBe(45)
    const h2 = await dashboardData(payload, { year: 2028, period: 'h2', scope: 'organization', id: String(hndOrg) })
    expect(h2.tally.events).toBe(2)
    expect(h2.tally.reachByGroup).toEqual({ [String(groups[0])]: 70, [String(groups[1])]: 50 })
    expect(h2.tally.questions).toBe(1)
    expect(h2.tally.satisfactionPoints / h2.tally.satisfactionBase).toBe(90)
    const year = await dashboardData(payload, { year: 2028, period: 'year', scope: 'organization', id: String(hndOrg) })
    expect(year.tally.events).toBe(h1.tally.events + h2.tally.events)
    expect(year.months.map((m) => m.events)).toEqual([0, 0, 0, 0, 1, 0, 2, 0, 0, 0, 0, 0])
    expect(year.cards.budgetBySource.find((s) => s.source === 'other')?.actual).toBe(500_000)
  })

  it('media outputs are tallied by organization and publication month, with their messages’ audiences', async () => {
    const before = await dashboardData(payload, { year: 2028, period: 'h1', scope: 'organization', id: String(ldldOrg) })
    await payload.create({
      collection: 'media-outputs',
      data: { title: 'Phóng sự BHXH tự nguyện', channel: 'tv', publishedOn: '2028-03-01T00:00:00.000Z', views: 1_000, audience: 20_000 } as never,
      ...as(ldld),
    })
    const after = await dashboardData(payload, { year: 2028, period: 'h1', scope: 'organization', id: String(ldldOrg) })
    expect(after.tally.outputs).toBe(before.tally.outputs + 1)
    expect(after.tally.mediaReach).toBe(before.tally.mediaReach + 21_000)
    expect(after.byChannel.find((c) => c.channel === 'tv')?.items).toBe((before.tally.outputsByChannel.tv ?? 0) + 1)
  })

  it('a campaign’s dashboard: its events, and feedback raised at them', async () => {
    const campaign = await payload.create({
      collection: 'campaigns',
      data: { name: 'Tháng vận động BHXH tự nguyện 2028', startDate: '2028-03-01T00:00:00.000Z', endDate: '2028-03-31T00:00:00.000Z', budgetEstimate: 9_000_000 } as never,
      ...as(hnd),
    })
    const e = await event(hnd, 'Đối thoại trong tháng vận động', '2028-03-15T01:00:00.000Z', communeA, { attendance: 64, campaign: campaign.id })
    await payload.create({ collection: 'feedback', data: { kind: 'question', source: 'event', event: e.id, text: 'Tham gia BHXH tự nguyện có được hỗ trợ không?' } as never, ...as(hnd) })
    const d = await dashboardData(payload, { year: 2028, period: 'h1', scope: 'campaign', id: String(campaign.id) })
    expect(d.scopeName).toBe('Tháng vận động BHXH tự nguyện 2028')
    expect(d.tally).toMatchObject({ events: 1, attendance: 64 })
    expect(d.cards.budgetEstimate).toBe(9_000_000)
    // Feedback is counted by when it arrived (now), so it falls in the current period, not in 2028.
    expect(d.cards.feedbackReceived).toBe(0)
    await expect(dashboardData(payload, { year: 2028, period: 'h1', scope: 'campaign', id: '999999' })).rejects.toThrow(/Không tìm thấy/)
  })

  it('a database without tallies (upgraded from before them) gets the same tallies rebuilt at start-up, not in a page view', async () => {
    const before = await dashboardData(payload, { year: 2028, period: 'year', scope: 'city' })
    const stored = await payload.count({ collection: 'outreach-tallies' })
    await payload.delete({ collection: 'outreach-tallies', where: { id: { exists: true } }, overrideAccess: true })
    // The dashboard says the figures are being rebuilt (no wrong sums, no rebuild inside the request).
    const refused = await dashboardData(payload, { year: 2028, period: 'year', scope: 'city' }).catch((e: unknown) => e as { status?: number; message?: string })
    expect(refused).toMatchObject({ status: 503, message: expect.stringMatching(/Số liệu tổng hợp đang được dựng lại/) })
    expect(await payload.count({ collection: 'outreach-tallies' })).toEqual({ totalDocs: 0 })
    const progress: string[] = []
    expect(await ensureTallies(payload, { onProgress: (p) => progress.push(`${p.monthsDone}/${p.months}:${p.buckets}`) })).toBe(stored.totalDocs)
    expect(progress.at(-1)).toBe(`${progress.length}/${progress.length}:${stored.totalDocs}`)
    expect(await ensureTallies(payload)).toBe(0) // once only
    const after = await dashboardData(payload, { year: 2028, period: 'year', scope: 'city' })
    expect(after.tally).toEqual(before.tally)
    expect(after.communes).toEqual(before.communes)
    expect(after.matrix).toEqual(before.matrix)
  })

  it('a rebuild stopped half-way is redone by the tally job; stale buckets go and changes made meanwhile are folded in', async () => {
    await refreshTallies(payload)
    const before = await dashboardData(payload, { year: 2028, period: 'year', scope: 'city' })
    const count = before.tally.events
    // A rebuild that died after its marker and a wrong bucket were written, and an event logged since.
    await payload.create({ collection: 'outreach-tallies', data: { ...REBUILD_MARKER, figures: {} }, overrideAccess: true })
    const stale = bucketKey('events', 'commune', String(communeB), '2028-02')
    await payload.delete({ collection: 'outreach-tallies', where: { bucket: { equals: stale } }, overrideAccess: true })
    await payload.create({
      collection: 'outreach-tallies',
      data: { bucket: stale, ...parseBucketKey(stale)!, figures: { ...emptyTally(), events: 1_000 } as never, cells: {} },
      overrideAccess: true,
    })
    await event(hnd, 'Hội nghị ghi trong lúc dựng lại', '2028-02-10T01:00:00.000Z', communeA, { attendance: 25 })
    await expect(dashboardData(payload, { year: 2028, period: 'year', scope: 'city' })).rejects.toMatchObject({ status: 503 })

    const job = await payload.jobs.queue({ task: REFRESH_OUTREACH_TALLIES_TASK, input: {} })
    await payload.jobs.runByID({ id: job.id })
    // A job that completed is deleted; one that failed stays with its error.
    expect(await payload.count({ collection: 'payload-jobs', where: { id: { equals: job.id } } })).toEqual({ totalDocs: 0 })
    expect(await payload.count({ collection: 'outreach-tallies', where: { bucket: { equals: REBUILD_MARKER.bucket } } })).toEqual({ totalDocs: 0 })
    expect(await payload.count({ collection: 'tally-changes' })).toEqual({ totalDocs: 0 })

    const after = await dashboardData(payload, { year: 2028, period: 'year', scope: 'city' })
    expect(after.tally.events).toBe(count + 1)
    const logged = await loggedSums({}, '2027-12-31T17:00:00.000Z', '2028-12-31T17:00:00.000Z')
    expect(after.tally.events).toBe(logged.events)
    expect(after.tally.attendance).toBe(logged.attendance)
  })

  it('a change rolled back leaves no trace in the tallies', async () => {
    await refreshTallies(payload)
    const before = await dashboardData(payload, { year: 2028, period: 'h1', scope: 'city' })
    // Refused by validation after the tally hook would run on a valid row: nothing is stored.
    await expect(event(hnd, 'Sai số liệu', '2028-03-11T01:00:00.000Z', communeA, { attendance: 10, women: 50 })).rejects.toThrow()
    const after = await dashboardData(payload, { year: 2028, period: 'h1', scope: 'city' })
    expect(after.tally.events).toBe(before.tally.events)
    expect(await payload.count({ collection: 'tally-changes' })).toEqual({ totalDocs: 0 })
  })
})

describe('the dashboard: communes against targets', () => {
  it('rates from the figures, gaps to the commune’s target, intensity per 1,000 and the priority list', async () => {
    const figures = (locality: number | string, period: 'h2' | 'year', population: number, bhyt: number) =>
      payload.create({
        collection: 'indicators',
        data: { locality, year: 2028, period, population, labourForce: 6_000, bhytParticipants: bhyt, bhxhCompulsory: 3_000, bhxhVoluntary: 500, bhtnParticipants: 2_800 } as never,
      })
    await figures(communeA, 'year', 10_000, 9_300) // 93 %: below 95.5
    await figures(communeB, 'year', 20_000, 19_600) // 98 %
    await payload.create({ collection: 'targets', data: { indicator: 'bhytCoverage', year: 2028, locality: communeB, minimum: 98.5 } as never })
    const d = await dashboardData(payload, { year: 2028, period: 'year', scope: 'city' })
    const a = d.communes.find((c) => c.id === String(communeA))!
    const b = d.communes.find((c) => c.id === String(communeB))!
    expect(a.rates?.bhytCoverage).toBe(93)
    expect(b.targets.bhytCoverage).toBe(98.5) // its own target, not the city's
    expect(b.bhytGap).toBe(0.5)
    const logged = await loggedSums({ locality: { equals: communeA } }, '2027-12-31T17:00:00.000Z', '2028-12-31T17:00:00.000Z')
    expect(a.events).toBe(logged.events)
    expect(a.eventsPer1000).toBe(Math.round((logged.events / 10_000) * 100_000) / 100)
    // Only communes with figures can be ranked; both are below target, so they lead the table.
    expect(d.communes.slice(0, 2).map((c) => c.priority).every((p) => p === 1 || p === 2)).toBe(true)
    expect(d.communes.at(-1)?.priority).toBe(4)
    expect(d.cards.communesWithFigures).toBe(2)
    // The city's rate comes from the summed counts: (9,300 + 19,600) / 30,000.
    expect(d.cards.indicators.find((i) => i.key === 'bhytCoverage')?.rate).toBe(96.33)
    expect(d.matrix.cells.length).toBe(d.matrix.groups.length * d.matrix.topics.length)
  })

  it('the budget view: approved annual-plan estimates by source against the costs logged on events', async () => {
    await payload.create({
      collection: 'plans',
      data: {
        title: 'Kế hoạch tuyên truyền năm 2028 của Hội Nông dân',
        organization: hndOrg,
        periodKind: 'year',
        year: 2028,
        status: 'approved',
        budget: [
          { source: 'state_budget', amount: 40_000_000 },
          { source: 'other', amount: 10_000_000 },
        ],
      } as never,
    })
    const d = await dashboardData(payload, { year: 2028, period: 'year', scope: 'city' })
    const row = d.budget!.organizations.rows.find((r) => r.id === String(hndOrg))!
    const logged = await loggedSums({ organization: { equals: hndOrg } }, '2027-12-31T17:00:00.000Z', '2028-12-31T17:00:00.000Z')
    expect(row).toMatchObject({ estimateTotal: 50_000_000, actualTotal: logged.cost, estimate: { state_budget: 40_000_000, other: 10_000_000 } })
    expect(row.usedPercent).toBe(Math.round((logged.cost / 50_000_000) * 1000) / 10)
    const campaign = d.budget!.campaigns.rows.find((r) => r.name === 'Tháng vận động BHXH tự nguyện 2028')
    expect(campaign).toMatchObject({ estimateTotal: 9_000_000 })
    // The organization's own dashboard shows its estimate by source against its costs.
    const own = await dashboardData(payload, { year: 2028, period: 'year', scope: 'organization', id: String(hndOrg) })
    expect(own.cards.budgetEstimate).toBe(50_000_000)
    expect(own.cards.budgetBySource.find((b) => b.source === 'state_budget')).toMatchObject({ estimate: 40_000_000, actual: 3_000_000 })
  })

  it('a commune committee writes its own causes and remedies; the figures stay Sở Nội vụ’s', async () => {
    const thienHuong = await userByEmail(payload, 'thienhuong@demo.loa')
    const { docs } = await payload.find({ collection: 'indicators', where: { and: [{ locality: { equals: communeA } }, { year: { equals: 2028 } }] }, depth: 0 })
    const updated = await payload.update({
      collection: 'indicators',
      id: docs[0].id,
      data: { causesAndRemedies: 'Nhiều lao động tự do chưa tham gia; sẽ đối thoại tại chợ đầu mối.', population: 1 } as never,
      ...as(thienHuong),
    })
    expect(updated.causesAndRemedies).toMatch(/đối thoại tại chợ/)
    expect(updated.population).toBe(10_000) // the count is not the commune's to change
    const other = (await payload.find({ collection: 'indicators', where: { locality: { equals: communeB } }, depth: 0 })).docs[0]
    expect(await isRefused(payload.update({ collection: 'indicators', id: other.id, data: { causesAndRemedies: 'x' } as never, ...as(thienHuong) }))).toBe(true)
    expect(await isRefused(payload.update({ collection: 'indicators', id: docs[0].id, data: { causesAndRemedies: 'x' } as never, ...as(ldld) }))).toBe(true)
    const d = await dashboardData(payload, { year: 2028, period: 'year', scope: 'city' })
    expect(d.communes.find((c) => c.id === String(communeA))?.causesAndRemedies).toMatch(/đối thoại tại chợ/)
  })

  it('over HTTP: the user’s own reach, Vietnamese 400 for a bad question', async () => {
    const ask = (user: U | null, query: Record<string, string>) => callEndpoint(payload, 'indicators', '/dashboard', user, {}, query)
    expect((await ask(null, {})).status).toBe(401)
    expect((await ask(editor, {})).status).toBe(403)
    const bad = await ask(evaluator, { year: '2040', scope: 'commune' })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(await bad.json())).toMatch(/Năm phải trong giai đoạn/)
    // A coordinator asking for the city gets their own organization.
    const own = await ask(hnd, { year: '2028', scope: 'city' })
    expect(own.status).toBe(200)
    const body = (await own.json()) as { query: { scope: string; id: string }; scopeName: string }
    expect(body.query).toMatchObject({ scope: 'organization', id: String(hndOrg) })
    expect(body.scopeName).toBe('Hội Nông dân thành phố Hải Phòng')
  })
})

describe('periodic reports', () => {
  let reportId: number | string

  it('a unit report’s figures are the sums of what the organization logged for the period', async () => {
    const report = await payload.create({ collection: 'reports', data: { kind: 'unit', year: 2028, period: 'year', results: 'Đã tổ chức đối thoại tại các xã.' } as never, ...as(hnd) })
    reportId = report.id
    expect(report.title).toBe('Kết quả công tác tuyên truyền BHXH, BHYT năm 2028 – Hội Nông dân thành phố Hải Phòng')
    expect(String(report.dueDate).slice(0, 10)).toBe('2029-01-10')
    const figures = report.figures as UnitFigures
    const logged = await loggedSums({ organization: { equals: hndOrg } }, '2027-12-31T17:00:00.000Z', '2028-12-31T17:00:00.000Z')
    expect(figures).toMatchObject({
      events: logged.events,
      attendance: logged.attendance,
      women: logged.women,
      newVoluntaryBhxh: logged.newVoluntaryBhxh,
      newHouseholdBhyt: logged.newHouseholdBhyt,
      cost: logged.cost,
      questions: logged.questions,
    })
    expect(figures.reachByGroup.reduce((s, g) => s + g.reach, 0)).toBe(120)
  })

  it('one report per organization and period; coordinators write only their own unit reports', async () => {
    await expectFieldError(payload.create({ collection: 'reports', data: { kind: 'unit', year: 2028, period: 'year' } as never, ...as(hnd) }), 'period', /Đã có báo cáo/)
    await expectFieldError(payload.create({ collection: 'reports', data: { kind: 'city', year: 2028, period: 'year' } as never, ...as(hnd) }), 'kind')
    // The organization is the writer's, whatever the request says.
    const other = await payload.create({ collection: 'reports', data: { kind: 'unit', year: 2028, period: 'h1', organization: ldldOrg } as never, ...as(hnd) })
    expect(other.organization).toBe(hndOrg)
  })

  it('draft → submitted (frozen) → returned with a reason → submitted → accepted', async () => {
    const submitted = await payload.update({ collection: 'reports', id: reportId, data: { status: 'submitted' } as never, ...as(hnd) })
    expect(submitted.submittedAt).toBeTruthy()
    await expectFieldError(payload.update({ collection: 'reports', id: reportId, data: { results: 'Sửa sau khi gửi' } as never, ...as(hnd) }), 'results', /không sửa được/)
    // New outreach after submission does not change what Sở Nội vụ received.
    await event(hnd, 'Sau khi gửi', '2028-09-09T01:00:00.000Z', communeA, { attendance: 77 })
    await expectFieldError(payload.update({ collection: 'reports', id: reportId, data: { status: 'accepted' } as never, ...as(hnd) }), 'status', /Sở Nội vụ/)
    await expectFieldError(payload.update({ collection: 'reports', id: reportId, data: { status: 'returned' } as never, ...as(evaluator) }), 'returnReason')
    const returned = await payload.update({ collection: 'reports', id: reportId, data: { status: 'returned', returnReason: 'Bổ sung khó khăn' } as never, ...as(evaluator) })
    expect((returned.figures as UnitFigures).attendance).toBe((submitted.figures as UnitFigures).attendance)
    const again = await payload.update({ collection: 'reports', id: reportId, data: { status: 'submitted', difficulties: 'Thiếu kinh phí in tài liệu.' } as never, ...as(hnd) })
    // Corrected and sent again: recompiled, now including the September event.
    expect((again.figures as UnitFigures).attendance).toBe((submitted.figures as UnitFigures).attendance + 77)
    const accepted = await payload.update({ collection: 'reports', id: reportId, data: { status: 'accepted' } as never, ...as(evaluator) })
    expect(accepted.status).toBe('accepted')
    expect(accepted.decidedBy).toBe(evaluator.id)
  })

  it('a coordinator cannot read another organization’s report or figures', async () => {
    expect(await isRefused(payload.findByID({ collection: 'reports', id: reportId, ...as(ldld) }))).toBe(true)
    const { docs } = await payload.find({ collection: 'reports', ...as(ldld) })
    expect(docs.every((r) => r.organization === ldldOrg)).toBe(true)
    expect(await isRefused(payload.find({ collection: 'reports', ...as(editor) }))).toBe(true)
    expect((await payload.find({ collection: 'reports', ...as(evaluator) })).totalDocs).toBeGreaterThanOrEqual(2)
    // Participation figures: a city body's coordinator reads none; a commune committee's only its own commune.
    expect(await isRefused(payload.find({ collection: 'indicators', ...as(ldld) }))).toBe(true)
    const thienHuong = await userByEmail(payload, 'thienhuong@demo.loa')
    const own = await payload.find({ collection: 'indicators', ...as(thienHuong) })
    expect(own.totalDocs).toBeGreaterThanOrEqual(1)
    expect(own.docs.every((d) => d.locality === communeA)).toBe(true)
    const download = await callEndpoint(payload, 'reports', '/:id/docx', ldld, { id: reportId })
    expect(download.status).toBe(404)
  })

  it('DOCX and XLSX of the consolidated city report: LibreOffice opens them, the tables carry the figures', async () => {
    const city = await payload.create({
      collection: 'reports',
      data: { kind: 'city', year: 2028, period: 'year', results: 'Các cơ quan, đơn vị đã triển khai kế hoạch.', signerName: 'Phạm Thị Lan' } as never,
      ...as(evaluator),
    })
    expect(String(city.dueDate).slice(0, 10)).toBe('2029-01-20')
    const docx = await callEndpoint(payload, 'reports', '/:id/docx', evaluator, { id: city.id })
    expect(docx.status).toBe(200)
    expect(docx.headers.get('content-disposition')).toMatch(/attachment; filename="Ket-qua-cong-tac-tuyen-truyen-BHXH-BHYT-nam-2028.*\.docx"/)
    const xlsx = await callEndpoint(payload, 'reports', '/:id/xlsx', evaluator, { id: city.id })
    expect(xlsx.status).toBe(200)

    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await xlsx.arrayBuffer()) as never)
    const sheet = workbook.worksheets.find((w) => w.name.startsWith('Theo cơ quan, đơn vị'))!
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][]
    const hndRow = rows.find((r) => r.includes('Hội Nông dân thành phố Hải Phòng'))!
    const logged = await loggedSums({ organization: { equals: hndOrg } }, '2027-12-31T17:00:00.000Z', '2028-12-31T17:00:00.000Z')
    expect(hndRow).toContain(logged.events)
    expect(hndRow).toContain(logged.attendance)

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-report-'))
    try {
      fs.writeFileSync(path.join(dir, 'city.docx'), Buffer.from(await docx.arrayBuffer()))
      execFileSync(process.env.SOFFICE_PATH || 'soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, 'city.docx')], {
        timeout: 120_000,
        stdio: 'pipe',
      })
      const text = execFileSync('pdftotext', ['-layout', path.join(dir, 'city.pdf'), '-'], { encoding: 'utf8' })
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
      expect(text).toContain('SỞ NỘI VỤ')
      expect(text).toMatch(/Hội Nông dân thành phố Hải Phòng/)
      expect(text).toMatch(/Hội Nông dân thành phố Hải Phòng\s[^\n]*?Đối thoại|Kết quả: Đã tổ chức đối thoại tại các xã\./)
      expect(text).toContain('Phạm Thị Lan')
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }, 180_000)

  it('the final 2026–2030 review has every indicator against its target for every year of the term', async () => {
    // Two evaluators creating it at the same moment still make one final review.
    const created = await Promise.allSettled([admin, evaluator].map((u) => payload.create({ collection: 'reports', data: { kind: 'final', year: 2030, period: 'year' } as never, ...as(u) })))
    expect(created.filter((c) => c.status === 'fulfilled')).toHaveLength(1)
    expect(await payload.count({ collection: 'reports', where: { kind: { equals: 'final' } } })).toEqual({ totalDocs: 1 })
    const review = (created.find((c) => c.status === 'fulfilled') as PromiseFulfilledResult<Report>).value
    expect(review.title).toMatch(/2026–2030/)
    expect(String(review.dueDate).slice(0, 10)).toBe('2030-12-31') // made in 2030, not in January 2031
    const xlsx = await callEndpoint(payload, 'reports', '/:id/xlsx', evaluator, { id: review.id })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await xlsx.arrayBuffer()) as never)
    const progress = workbook.worksheets.find((w) => w.name.startsWith('Chỉ tiêu từng năm'))!
    const rows = progress.getSheetValues().filter(Boolean) as unknown[][]
    const years = (label: RegExp) => rows.filter((r) => label.test(String(r[1]))).map((r) => r[2])
    expect(years(/^Tỷ lệ bao phủ BHYT/)).toEqual(['2026', '2027', '2028', '2029', '2030'])
    expect(years(/^Trong đó BHXH tự nguyện/)).toEqual(['2026', '2027', '2028', '2029', '2030'])
    expect(years(/^Tỷ lệ tham gia BHTN/)).toHaveLength(5)
    expect(years(/^CBCCVC/)).toHaveLength(5) // a stored target beyond participation is shown too
    // 2030 carries the plan's range for BHXH.
    expect(rows.find((r) => /^Tỷ lệ tham gia BHXH/.test(String(r[1])) && r[2] === '2030')?.[4]).toBe('62–63')
  })
})

/** The text of a DOCX as LibreOffice lays it out (converted to PDF, read with pdftotext). */
async function docxText(response: Response): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-review-'))
  try {
    fs.writeFileSync(path.join(dir, 'r.docx'), Buffer.from(await response.arrayBuffer()))
    execFileSync(process.env.SOFFICE_PATH || 'soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, 'r.docx')], {
      timeout: 120_000,
      stdio: 'pipe',
    })
    return execFileSync('pdftotext', ['-layout', path.join(dir, 'r.pdf'), '-'], { encoding: 'utf8' })
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

describe('the mid-term review 2026–2028 (sơ kết)', () => {
  type Row = (string | number | null)[]
  let report: Awaited<ReturnType<typeof buildOfficialReport>>
  let text: string
  const table = (sheet: string) => reportTables(report).find((t) => t.sheet === sheet)!
  const ratesOfDocs = (docs: Record<string, unknown>[]) =>
    participationRates(sumCounts(docs.map((d) => Object.fromEntries(COUNT_FIELDS.map((f) => [f, (d[f] as number) ?? 0])) as Counts)))
  const figuresOf = async (year: number, locality?: number | string) =>
    (await payload.find({ collection: 'indicators', where: { and: [{ year: { equals: year } }, { period: { equals: 'year' } }, ...(locality ? [{ locality: { equals: locality } }] : [])] }, pagination: false, depth: 0 })).docs as unknown as Record<string, unknown>[]
  const yearRange = (y: number) => ({ from: new Date(Date.UTC(y - 1, 11, 31, 17)).toISOString(), to: new Date(Date.UTC(y, 11, 31, 17)).toISOString() })

  it('is made in 2028, once: another year or a second mid-term review is refused in Vietnamese', async () => {
    await expectFieldError(payload.create({ collection: 'reports', data: { kind: 'midterm', year: 2027, period: 'year' } as never, ...as(evaluator) }), 'year', /Sơ kết giữa kỳ được thực hiện trong năm 2028/)
    // Feedback answered and unanswered, so the review's counts are real ones.
    const asked = await Promise.all(
      ['Mức hưởng lương hưu tính thế nào?', 'Thẻ BHYT hộ gia đình gia hạn ở đâu?', 'BHXH một lần có bị giới hạn không?'].map((q) =>
        payload.create({ collection: 'feedback', data: { kind: 'question', source: 'hotline', text: q } as never }),
      ),
    )
    await payload.update({ collection: 'feedback', id: asked[0].id, data: { status: 'answered', answer: 'Theo số năm đóng và mức bình quân tiền lương.' } as never })
    const review = await payload.create({
      collection: 'reports',
      data: {
        kind: 'midterm',
        year: 2028,
        period: 'year',
        results: 'Các chỉ tiêu cơ bản đạt kế hoạch.',
        limitations: 'Một số xã chưa đạt chỉ tiêu BHYT do lao động tự do đông.',
        directions: 'Tập trung vào các địa bàn ưu tiên 1.',
      } as never,
      ...as(evaluator),
    })
    expect(String(review.dueDate).slice(0, 10)).toBe('2028-12-31')
    await expectFieldError(payload.create({ collection: 'reports', data: { kind: 'midterm', year: 2028, period: 'year' } as never, ...as(admin) }), 'kind', /Đã có báo cáo sơ kết giữa kỳ/)
    report = await buildOfficialReport(payload, review)
    const docx = await callEndpoint(payload, 'reports', '/:id/docx', evaluator, { id: review.id })
    expect(docx.status).toBe(200)
    text = await docxText(docx)
  }, 180_000)

  it('each participation indicator against each year’s target, with the gap and the trend', async () => {
    const t = table('Chỉ tiêu từng năm')
    const row = (label: RegExp, year: number) => t.rows.find((r) => label.test(String(r[0])) && r[1] === String(year)) as Row
    const y2028 = ratesOfDocs(await figuresOf(2028))
    expect(y2028.bhytCoverage).toBe(96.33) // (9,300 + 19,600) / 30,000
    // Value, target (2026's carries on to 2028), gap; then the change and trend since the last year with figures.
    expect(row(/^Tỷ lệ bao phủ BHYT/, 2028).slice(0, 5)).toEqual(['Tỷ lệ bao phủ BHYT (% dân số)', '2028', 96.33, 95.5, -0.83])
    expect(row(/^Tỷ lệ tham gia BHXH/, 2028).slice(2, 5)).toEqual([y2028.bhxhParticipation, 56.8, Math.round((56.8 - y2028.bhxhParticipation!) * 100) / 100])
    expect(row(/^Trong đó BHXH bắt buộc/, 2028)[2]).toBe(y2028.bhxhCompulsoryRate)
    expect(row(/^Trong đó BHXH tự nguyện/, 2028)[2]).toBe(y2028.bhxhVoluntaryRate)
    expect(row(/^Tỷ lệ tham gia BHTN/, 2028).slice(2, 4)).toEqual([y2028.bhtnParticipation, 49])
    expect(row(/^Tỷ lệ bao phủ BHYT/, 2027)[2]).toBe('Chưa có số liệu')
    // The demo's year has every commune's figures: the city's rate from their summed counts.
    const demoYear = Number((await payload.find({ collection: 'indicators', where: { locality: { equals: communeB } }, sort: 'year', limit: 1, depth: 0 })).docs[0].year)
    const demo = ratesOfDocs(await figuresOf(demoYear))
    expect(row(/^Tỷ lệ bao phủ BHYT/, demoYear)[2]).toBe(demo.bhytCoverage)
    const change = Math.round((96.33 - demo.bhytCoverage!) * 100) / 100
    const direction = change > 0 ? 'Tăng' : change < 0 ? 'Giảm' : 'Không đổi'
    expect(row(/^Tỷ lệ bao phủ BHYT/, 2028).slice(5)).toEqual([change, demoYear === 2027 ? direction : `${direction} (so với ${demoYear})`])
    const bhxhChange = Math.round((y2028.bhxhParticipation! - demo.bhxhParticipation!) * 100) / 100
    expect(row(/^Tỷ lệ tham gia BHXH/, 2028)[5]).toBe(bhxhChange)
    expect(text.replace(/\s+/g, ' ')).toContain('Thực hiện các chỉ tiêu tham gia BHXH, BHYT, BHTN so với chỉ tiêu từng năm')
    expect(text).toContain('96,33%')
  })

  it('the communes: latest figures with their year and the change since 2026, priority communes first', async () => {
    const t = table('Xã, phường cả giai đoạn')
    const col = (h: RegExp) => t.columns.findIndex((c) => h.test(c.header))
    const [name, year, bhyt, target, gap, change, priority] = [/^Xã/, /^Số liệu năm/, /^BHYT \(%\)/, /^Chỉ tiêu BHYT/, /^BHYT còn thiếu/, /^BHYT thay đổi/, /^Ưu tiên/].map(col)
    const localities = await payload.count({ collection: 'localities' })
    expect(t.rows).toHaveLength(localities.totalDocs) // every commune has figures in the span: none printed as "Chưa có số liệu"
    const a = t.rows.find((r) => r[name] === 'Phường Thiên Hương')!
    const b = t.rows.find((r) => r[name] === 'Xã An Lão')!
    const [a2026] = await figuresOf(2026, communeA)
    const expectedChange = a2026 ? Math.round((93 - ratesOfDocs([a2026]).bhytCoverage!) * 100) / 100 : null
    expect([a[year], a[bhyt], a[target], a[gap], a[change]]).toEqual(['2028', 93, 95.5, 2.5, expectedChange])
    expect([b[year], b[bhyt], b[target], b[gap]]).toEqual(['2028', 98, 98.5, 0.5]) // its own 2028 target
    // Priority communes lead; the rest keep their latest (demo-year) figures.
    const order = t.rows.map((r) => r[priority])
    expect(order.indexOf('Ưu tiên 2') === -1 || order.lastIndexOf('Ưu tiên 1') < order.indexOf('Ưu tiên 2')).toBe(true)
    expect(order.findIndex((p) => p === 'Đạt')).toBeGreaterThan(Math.max(order.lastIndexOf('Ưu tiên 1'), order.lastIndexOf('Ưu tiên 2')))
    expect([a, b].every((r) => /Ưu tiên [12]/.test(String(r[priority])))).toBe(true)
    expect(t.rows.filter((r) => r[year] !== '2028').every((r) => r[change] === null)).toBe(true)
    expect(text).not.toContain('Chưa có số liệu trong giai đoạn')
    expect(text.replace(/\s+/g, ' ')).toContain('số liệu mới nhất và thay đổi so với năm 2026')
  })

  it('outreach by year, audience group, topic, event kind and channel', async () => {
    const perYear = table('Tuyên truyền theo năm')
    for (const y of [2026, 2027, 2028]) {
      const logged = await loggedSums({}, yearRange(y).from, yearRange(y).to)
      const row = perYear.rows.find((r) => r[0] === String(y))!
      expect([row[1], row[2], row[5], row[6], row[7]]).toEqual([logged.events, logged.attendance, logged.newVoluntaryBhxh, logged.newHouseholdBhyt, logged.cost])
    }
    const logged2028 = await loggedSums({}, yearRange(2028).from, yearRange(2028).to)
    expect(logged2028.events).toBeGreaterThan(0)
    const byGroup = table('Theo nhóm đối tượng')
    const g0 = (await payload.findByID({ collection: 'audience-groups', id: groups[0], depth: 0 })) as { name: string; shortName?: string }
    const groupRow = byGroup.rows.find((r) => r[0] === (g0.shortName || g0.name))!
    expect(groupRow[3]).toBe(70) // 2028: the dialogue in An Lão reached 70 of the first group
    const kinds = table('Sự kiện theo hình thức')
    expect(kinds.rows.find((r) => r[0] === 'Đối thoại chính sách')?.[3]).toBe(
      (await payload.count({ collection: 'events', where: { and: [{ kind: { equals: 'policy_dialogue' } }, { status: { in: [...HELD_STATUSES] } }, { startAt: { greater_than_equal: yearRange(2028).from } }, { startAt: { less_than: yearRange(2028).to } }] } })).totalDocs,
    )
    expect(table('Sản phẩm theo kênh').rows.find((r) => r[0] === 'Truyền hình')?.[3]).toBeGreaterThanOrEqual(1)
    expect(table('Theo chủ đề').columns.map((c) => c.header)).toEqual(['Chủ đề', '2026', '2027', '2028', 'Cả giai đoạn'])
  })

  it('feedback received and answered are the real counts', async () => {
    const t = table('Ý kiến người dân')
    for (const y of [2026, 2027, 2028]) {
      const range = [{ createdAt: { greater_than_equal: yearRange(y).from } }, { createdAt: { less_than: yearRange(y).to } }]
      const received = (await payload.count({ collection: 'feedback', where: { and: range } })).totalDocs
      const answered = (await payload.count({ collection: 'feedback', where: { and: [...range, { status: { in: ['answered', 'closed'] } }] } })).totalDocs
      expect(t.rows.find((r) => r[0] === String(y))?.slice(1, 3)).toEqual([received, answered])
    }
    expect(Number(t.total?.[2])).toBeGreaterThanOrEqual(1) // no longer forced to 0
    expect(text).toMatch(/đã trả lời [1-9]/)
  })

  it('budget estimate and use per year and funding source', async () => {
    const t = table('Kinh phí theo năm')
    const state2028 = t.rows.find((r) => r[0] === '2028' && r[1] === 'Ngân sách nhà nước')!
    const { docs } = await payload.find({
      collection: 'events',
      where: { and: [{ fundingSource: { equals: 'state_budget' } }, { status: { in: [...HELD_STATUSES] } }, { startAt: { greater_than_equal: yearRange(2028).from } }, { startAt: { less_than: yearRange(2028).to } }] },
      pagination: false,
      depth: 0,
    })
    const spent = docs.reduce((s, d) => s + (d.actualCost ?? 0), 0)
    expect(state2028.slice(2, 4)).toEqual([40_000_000, spent])
    expect(t.rows.find((r) => r[0] === '2028' && r[1] === 'Nguồn hợp pháp khác')?.[2]).toBe(10_000_000)
    expect(t.rows.find((r) => r[0] === '2028' && r[1] === 'Cộng năm')?.[2]).toBe(50_000_000)
  })

  it('the evaluator’s sections are printed, an empty one with a placeholder for the draft', () => {
    const headings = report.sections.map((s) => s.heading)
    expect(headings).toEqual(['Kết quả thực hiện giai đoạn 2026–2028', 'Hạn chế, tồn tại và nguyên nhân', 'Bài học kinh nghiệm', 'Phương hướng, nhiệm vụ giai đoạn 2029–2030', 'Đề xuất khen thưởng', 'Đề xuất, kiến nghị'])
    const flat = text.replace(/\s+/g, ' ')
    expect(flat).toMatch(/Hạn chế, tồn tại và nguyên nhân Một số xã chưa đạt chỉ tiêu BHYT do lao động tự do đông\./)
    expect(flat).toMatch(/Bài học kinh nghiệm \(Sở Nội vụ bổ sung\)/)
    expect(flat).toMatch(/Phương hướng, nhiệm vụ giai đoạn 2029–2030 Tập trung vào các địa bàn ưu tiên 1\./)
    expect(flat).toMatch(/Đề xuất khen thưởng \(Sở Nội vụ bổ sung\)/)
  })
})

describe('documents an official can sign (Nghị định 30/2020/NĐ-CP), read through LibreOffice', () => {
  // "ngày 05 tháng 7 năm 2027", "ngày 10 tháng 02 năm 2027": a zero before days 1–9 and months 1–2 only.
  const DATE_LINE = /Hải Phòng, ngày (0[1-9]|[12]\d|3[01]) tháng (0[12]|[3-9]|1[0-2]) năm 20\d\d/
  const lines = (text: string) => text.split('\n').map((l) => l.trim())

  it('a commune committee’s report: "ỦY BAN NHÂN DÂN / PHƯỜNG THIÊN HƯƠNG", its own symbol and signer, sent to Sở Nội vụ and BHXH, marked as demo figures', { timeout: 180_000 }, async () => {
    const thienHuong = await userByEmail(payload, 'thienhuong@demo.loa')
    const report = await payload.create({ collection: 'reports', data: { kind: 'unit', year: 2029, period: 'h1', number: '12', results: 'Đã tuyên truyền tại các tổ dân phố.' } as never, ...as(thienHuong) })
    const docx = await callEndpoint(payload, 'reports', '/:id/docx', thienHuong, { id: report.id })
    expect(docx.status).toBe(200)
    const pages = await docxPages(await docx.arrayBuffer(), 'bao-cao-phuong-thien-huong')
    const first = lines(pages[0].text)
    const committee = first.findIndex((l) => l.startsWith('ỦY BAN NHÂN DÂN'))
    expect(committee).toBeGreaterThanOrEqual(0)
    expect(first[committee + 1]).toMatch(/^PHƯỜNG THIÊN HƯƠNG/)
    expect(pages[0].text).not.toContain('UBND THÀNH PHỐ HẢI PHÒNG')
    expect(pages[0].text).toMatch(/Số: 12\/BC-UBND/)
    expect(pages[0].text).toMatch(DATE_LINE)
    expect(pages[0].text).toContain('Số liệu minh họa')
    const last = pages[pages.length - 1].text
    expect(last).toContain('TM. ỦY BAN NHÂN DÂN')
    expect(last).toContain('CHỦ TỊCH')
    expect(last).toContain('Sở Nội vụ (để tổng hợp)')
    expect(last).toContain('BHXH thành phố (để theo dõi, tổng hợp)')
    expect(pages.map((p) => p.text).join('\n')).not.toContain('THỦ TRƯỞNG')
  })

  it('BHXH thành phố’s own report is headed under Bảo hiểm xã hội Việt Nam and does not list BHXH thành phố in Nơi nhận', { timeout: 180_000 }, async () => {
    const bhxh = await idByName(payload, 'organizations', 'Bảo hiểm xã hội thành phố Hải Phòng')
    const report = await payload.create({ collection: 'reports', data: { kind: 'unit', organization: bhxh, year: 2029, period: 'h1' } as never, overrideAccess: true, depth: 0 })
    const built = await buildOfficialReport(payload, report as Report)
    expect(built.issuer).toEqual({ parent: 'BẢO HIỂM XÃ HỘI VIỆT NAM', name: 'BẢO HIỂM XÃ HỘI\nTHÀNH PHỐ HẢI PHÒNG' })
    expect(built.number).toBe('Số:       /BC-BHXH')
    expect(built.recipients).toEqual(['Sở Nội vụ (để tổng hợp)', 'Lưu: VT'])
    const docx = await callEndpoint(payload, 'reports', '/:id/docx', admin, { id: report.id })
    const pages = await docxPages(await docx.arrayBuffer(), 'bao-cao-bhxh')
    const last = pages[pages.length - 1].text
    const received = last.slice(last.indexOf('Nơi nhận'))
    expect(received).toContain('Sở Nội vụ (để tổng hợp)')
    expect(received).not.toMatch(/BHXH thành phố \(|Bảo hiểm xã hội thành phố \(/)
    expect(lines(pages[0].text).some((l) => l.startsWith('BẢO HIỂM XÃ HỘI VIỆT NAM'))).toBe(true)
  })

  it('the city report: Sở Nội vụ’s letterhead and signer, no number or word broken, the commune table on three landscape pages at most, the signer not alone', { timeout: 240_000 }, async () => {
    const year = Number((await payload.find({ collection: 'indicators', limit: 1, depth: 0, sort: '-year' })).docs[0].year)
    const created = await payload.create({
      collection: 'reports',
      data: { kind: 'city', year, period: 'h1', results: 'Các cơ quan, đơn vị đã triển khai kế hoạch.', proposals: 'Đề nghị tiếp tục bố trí kinh phí.' } as never,
      ...as(evaluator),
    })
    const built = await buildOfficialReport(payload, created as Report)
    expect(built.illustrative).toBe(true)
    expect(built.recipients.some((r) => r.startsWith('Sở Nội vụ'))).toBe(false)
    const docx = await callEndpoint(payload, 'reports', '/:id/docx', evaluator, { id: created.id })
    const pages = await docxPages(await docx.arrayBuffer(), 'bao-cao-thanh-pho')
    const first = lines(pages[0].text)
    const upper = first.findIndex((l) => l.startsWith('UBND THÀNH PHỐ HẢI PHÒNG'))
    expect(upper).toBeGreaterThanOrEqual(0)
    expect(first[upper + 1]).toMatch(/^SỞ NỘI VỤ/)
    expect(pages[0].text).toMatch(/Số:\s+\/BC-SNV/)
    expect(pages[0].text).toMatch(DATE_LINE)
    expect(pages[0].text).toContain('Số liệu minh họa')

    const all = pages.map((p) => p.text).join('\n')
    expect(brokenCells(reportTables(built), all)).toEqual([])
    const communes = reportTables(built).find((t) => t.rows.length >= 114)!
    const names = communes.columns.findIndex((c) => c.header.startsWith('Xã, phường'))
    const spanned = tablePages(pages, String(communes.rows[0][names]), String(communes.rows[communes.rows.length - 1][names]))
    expect(spanned.length).toBeGreaterThan(0)
    expect(spanned.length, 'pages of the commune table').toBeLessThanOrEqual(3)
    expect(spanned.every((p) => p.landscape)).toBe(true)

    const last = pages[pages.length - 1].text
    expect(last).toContain('GIÁM ĐỐC')
    expect(last.replace(/\s+/g, ' ')).toContain('Đề nghị tiếp tục bố trí kinh phí.')
  })
})

describe('deadline reminders', () => {
  const run = async (now: string) => {
    smtp.received.length = 0
    await payload.jobs.queue({ task: SEND_REPORT_REMINDERS_TASK, input: { now } })
    await payload.jobs.run()
    return smtp.received
  }

  it('open a draft for each reporting organization, remind 7 days before and the day after a missed deadline, once each', async () => {
    // 3 January 2029 in Vietnam: the 2028 yearly report is due on 10 January.
    const before = await run('2029-01-03T02:00:00.000Z')
    const drafts = await payload.find({ collection: 'reports', where: { and: [{ kind: { equals: 'unit' } }, { year: { equals: 2028 } }, { period: { equals: 'year' } }] }, depth: 0 })
    // HND already submitted (and was accepted); LĐLĐ and Thiên Hương got drafts with their figures.
    expect(drafts.docs.map((d) => d.organization).sort()).toEqual([hndOrg, ldldOrg, expect.anything()].sort())
    expect(before.map((m) => m.subject)).toEqual(expect.arrayContaining(['[Loa] Còn 7 ngày: hạn gửi báo cáo 10/01/2029']))
    expect(before.some((m) => m.to.includes('hoinongdan@demo.loa'))).toBe(false)
    expect(before.find((m) => m.to.includes('ldld@demo.loa'))?.text).toMatch(/Hội Liên|Liên đoàn Lao động/)
    expect(await run('2029-01-05T02:00:00.000Z')).toHaveLength(0) // once

    const overdue = await run('2029-01-11T01:00:00.000Z')
    expect(overdue.length).toBeGreaterThan(0)
    expect(overdue.every((m) => m.subject === '[Loa] Quá hạn gửi báo cáo (hạn 10/01/2029)')).toBe(true)
    expect(await run('2029-01-12T01:00:00.000Z')).toHaveLength(0)
  })

  it('deadlines are data: a changed half-year deadline moves new reports’ due dates', async () => {
    await payload.updateGlobal({ slug: 'report-deadlines', data: { unitHalfYear: { day: 25, month: 7 } } as never, overrideAccess: false, user: evaluator })
    const r = await payload.create({ collection: 'reports', data: { kind: 'unit', year: 2029, period: 'h1' } as never, ...as(ldld) })
    expect(String(r.dueDate).slice(0, 10)).toBe('2029-07-25')
    await expect(payload.updateGlobal({ slug: 'report-deadlines', data: { unitYear: { day: 30, month: 2 } } as never, overrideAccess: false, user: evaluator })).rejects.toThrow()
    expect(await isRefused(payload.updateGlobal({ slug: 'report-deadlines', data: { reminderDaysBefore: 3 } as never, overrideAccess: false, user: ldld }))).toBe(true)
  })
})
