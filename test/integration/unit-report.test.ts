/**
 * Unit reports on a real database: each compares its organization's approved annual plan with what
 * it logged (expected results, budget by source) and lists its section VI duties with status; a
 * commune committee's shows its commune's rates against the targets with the causes and remedies
 * it wrote (task V.7). Figures frozen when sent; the DOCX read through LibreOffice.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { reportTables, type ReportTable } from '../../src/domain/officialReport'
import type { Report } from '../../src/payload-types'
import { dashboardData } from '../../src/lib/dashboardData'
import { buildOfficialReport, type UnitFigures } from '../../src/lib/reportCompiler'
import { brokenCells, docxPages } from '../documents'
import { callEndpoint, idByName, seededPayload, userByEmail } from '../helpers'

let payload: Payload
type U = Awaited<ReturnType<typeof userByEmail>>
let ldld: U, thienHuong: U
let ldldOrg: number | string, communeA: number | string
/** The demo's year: its approved plan (LĐLĐ, 2026) and participation figures are of the seeding year. */
let year: number
const as = (user: U) => ({ overrideAccess: false, user, depth: 0 })
const tableOf = (tables: ReportTable[], sheet: string) => tables.find((t) => t.sheet === sheet)

beforeAll(async () => {
  payload = await seededPayload()
  ;[ldld, thienHuong] = await Promise.all(['ldld@demo.loa', 'thienhuong@demo.loa'].map((e) => userByEmail(payload, e)))
  ldldOrg = await idByName(payload, 'organizations', 'Liên đoàn Lao động thành phố Hải Phòng')
  communeA = await idByName(payload, 'localities', 'Phường Thiên Hương')
  year = Number((await payload.find({ collection: 'indicators', limit: 1, depth: 0, sort: '-year' })).docs[0].year)
}, 300_000)
afterAll(async () => {
  await payload?.destroy()
})

describe('a city body’s unit report (Liên đoàn Lao động)', () => {
  let report: Report
  let tables: ReportTable[]

  beforeAll(async () => {
    const plan = (await payload.find({ collection: 'plans', where: { and: [{ organization: { equals: ldldOrg } }, { year: { equals: year } }, { status: { equals: 'approved' } }] }, depth: 0 })).docs[0]
    expect(plan, 'the demo has LĐLĐ’s approved plan for the seeding year').toBeTruthy()
    await payload.create({
      collection: 'events',
      data: {
        title: 'Đối thoại với công nhân KCN Nam Cầu Kiền',
        kind: 'policy_dialogue',
        startAt: `${year}-04-08T01:00:00.000Z`,
        endAt: `${year}-04-08T03:00:00.000Z`,
        locality: communeA,
        status: 'held',
        attendance: 300,
        actualCost: 6_000_000,
        fundingSource: 'bhxh_funds',
      } as never,
      ...as(ldld),
    })
    const duty = (await payload.find({ collection: 'assignments', where: { organization: { equals: ldldOrg } }, limit: 1, depth: 0 })).docs[0]
    await payload.update({ collection: 'assignments', id: duty.id, data: { status: 'in_progress', progressNote: 'Đã đối thoại tại 3 khu công nghiệp.' } as never, ...as(ldld) })
    report = (await payload.create({ collection: 'reports', data: { kind: 'unit', year, period: 'year', results: 'Đã tổ chức đối thoại tại các khu công nghiệp.' } as never, ...as(ldld) })) as Report
    tables = reportTables(await buildOfficialReport(payload, report))
  })

  it('its plan’s expected results against what it reached: people reached are its attendance plus media reach', () => {
    const f = report.figures as UnitFigures
    expect(f.plan?.expected.map((e) => e.indicator)).toEqual(['peopleReached'])
    const row = tableOf(tables, 'Kế hoạch và thực hiện')!.rows[0]
    const reached = f.attendance + f.mediaReach
    expect(reached).toBeGreaterThanOrEqual(300)
    expect(row.slice(2)).toEqual(['15.000', reached.toLocaleString('vi-VN'), (15_000 - reached).toLocaleString('vi-VN')])
  })

  it('its budget by funding source: the approved plan’s estimate against the costs it logged', async () => {
    const d = await dashboardData(payload, { scope: 'organization', id: String(ldldOrg), year, period: 'year' })
    const t = tableOf(tables, 'Kinh phí theo nguồn')!
    expect(t.rows.find((r) => r[0] === 'Ngân sách nhà nước')?.slice(1, 3)).toEqual([120_000_000, d.cards.budgetBySource.find((s) => s.source === 'state_budget')!.actual])
    const bhxh = t.rows.find((r) => r[0] === 'Kinh phí hoạt động của BHXH')!
    expect(bhxh[1]).toBe(80_000_000)
    expect(bhxh[2]).toBeGreaterThanOrEqual(6_000_000)
  })

  it('its section VI duties with their status, and only its own', async () => {
    const t = tableOf(tables, 'Nhiệm vụ mục VI')!
    const own = await payload.count({ collection: 'assignments', where: { organization: { equals: ldldOrg } } })
    expect(t.rows).toHaveLength(own.totalDocs)
    expect(t.rows.every((r) => r[1] === 'Liên đoàn Lao động thành phố Hải Phòng')).toBe(true)
    expect(t.rows.find((r) => r[5] === 'Đã đối thoại tại 3 khu công nghiệp.')?.[4]).toBe('Đang thực hiện')
  })

  it('no commune table: a city body has no commune of its own', () => {
    expect(tableOf(tables, 'Tỷ lệ tham gia của địa bàn')).toBeUndefined()
  })

  it('sent, it keeps the duties’ status it was sent with', async () => {
    await payload.update({ collection: 'reports', id: report.id, data: { status: 'submitted' } as never, ...as(ldld) })
    const duty = (await payload.find({ collection: 'assignments', where: { organization: { equals: ldldOrg } }, limit: 1, depth: 0 })).docs[0]
    await payload.update({ collection: 'assignments', id: duty.id, data: { status: 'done' } as never, ...as(ldld) })
    const sent = (await payload.findByID({ collection: 'reports', id: report.id, depth: 0 })) as Report
    expect((sent.figures as UnitFigures).duties?.some((d) => d.status === 'in_progress')).toBe(true)
  })
})

describe('a commune committee’s unit report (Phường Thiên Hương)', () => {
  it('its commune’s rates against the targets, with the causes and remedies it wrote; read through LibreOffice', { timeout: 240_000 }, async () => {
    const figures = (await payload.find({ collection: 'indicators', where: { and: [{ locality: { equals: communeA } }, { year: { equals: year } }, { period: { equals: 'year' } }] }, depth: 0 })).docs[0]
    await payload.update({ collection: 'indicators', id: figures.id, data: { causesAndRemedies: 'Nhiều lao động tự do chưa tham gia; sẽ đối thoại tại chợ đầu mối.' } as never, ...as(thienHuong) })
    const report = (await payload.create({ collection: 'reports', data: { kind: 'unit', year, period: 'year', results: 'Đã tuyên truyền tại các tổ dân phố.' } as never, ...as(thienHuong) })) as Report
    const built = await buildOfficialReport(payload, report)
    const t = tableOf(reportTables(built), 'Tỷ lệ tham gia của địa bàn')!
    const d = await dashboardData(payload, { scope: 'organization', id: String(report.organization), year, period: 'year' })
    expect(t.caption).toContain('Phường Thiên Hương')
    expect(t.rows.map((r) => r[1])).toEqual(d.cards.indicators.map((c) => c.rate ?? 'Chưa có số liệu'))
    const bhyt = t.rows[0]
    expect(bhyt[2]).toBe(d.cards.indicators[0].target)
    const section = built.sections.find((s) => s.heading === 'Tỷ lệ tham gia của địa bàn so với chỉ tiêu')!
    expect(section.paragraphs).toEqual(['Nguyên nhân và giải pháp: Nhiều lao động tự do chưa tham gia; sẽ đối thoại tại chợ đầu mối.'])

    const docx = await callEndpoint(payload, 'reports', '/:id/docx', thienHuong, { id: report.id })
    const pages = await docxPages(await docx.arrayBuffer(), 'bao-cao-don-vi-xa')
    const text = pages.map((p) => p.text).join('\n')
    for (const heading of ['Tỷ lệ tham gia của địa bàn so với chỉ tiêu', 'Thực hiện kế hoạch năm', 'Thực hiện nhiệm vụ được phân công']) expect(text).toContain(heading)
    expect(text.replace(/\s+/g, ' ')).toContain('sẽ đối thoại tại chợ đầu mối.')
    expect(brokenCells(reportTables(built), text)).toEqual([])
  })
})
