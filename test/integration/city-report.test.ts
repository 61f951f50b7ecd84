/**
 * The city's yearly report for Sở Nội vụ, compiled from a real database: every stored target
 * against what was reached, the dashboard's own breakdowns, section VI duties with their status,
 * budget by funding source, and the organizations' reports as one summary table (full texts in
 * an appendix); read back through LibreOffice as an official reads the DOCX.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { reportTables, type OfficialReport, type ReportTable } from '../../src/domain/officialReport'
import type { Report } from '../../src/payload-types'
import { dashboardData, type Dashboard } from '../../src/lib/dashboardData'
import { buildOfficialReport } from '../../src/lib/reportCompiler'
import { brokenCells, docxPages, type PdfPage } from '../documents'
import { callEndpoint, idByName, seededPayload, userByEmail } from '../helpers'

let payload: Payload
type U = Awaited<ReturnType<typeof userByEmail>>
let hnd: U, evaluator: U
let year: number
let built: OfficialReport
let city: Dashboard
let pages: PdfPage[]
const as = (user: U) => ({ overrideAccess: false, user, depth: 0 })
const table = (sheet: string) => reportTables(built).find((t) => t.sheet === sheet) as ReportTable
const rowOf = (t: ReportTable, first: RegExp, col = 0) => t.rows.find((r) => first.test(String(r[col])))!

const LONG_RESULTS =
  'Hội đã tổ chức 14 buổi đối thoại chính sách tại các xã ven biển với hơn 1.200 hội viên tham dự. ' +
  'Các cấp hội phối hợp với BHXH cơ sở vận động hội viên tham gia BHXH tự nguyện và BHYT hộ gia đình. ' +
  'Chi tiết từng buổi đối thoại: ' +
  'xã thứ nhất tổ chức hai buổi, xã thứ hai tổ chức ba buổi, '.repeat(12)

beforeAll(async () => {
  payload = await seededPayload()
  ;[hnd, evaluator] = await Promise.all(['hoinongdan@demo.loa', 'evaluator@demo.loa'].map((e) => userByEmail(payload, e)))
  // The demo's participation figures are of the seeding year.
  year = Number((await payload.find({ collection: 'indicators', limit: 1, depth: 0, sort: '-year' })).docs[0].year)
  const commune = await idByName(payload, 'localities', 'Phường Thiên Hương')
  const [group] = (await payload.find({ collection: 'audience-groups', sort: 'code', limit: 1, depth: 0 })).docs
  const [topic] = (await payload.find({ collection: 'topics', sort: 'code', limit: 1, depth: 0 })).docs
  await payload.create({
    collection: 'events',
    data: {
      title: 'Đối thoại chính sách BHXH tự nguyện với hội viên nông dân',
      kind: 'policy_dialogue',
      startAt: `${year}-05-12T01:00:00.000Z`,
      endAt: `${year}-05-12T03:00:00.000Z`,
      locality: commune,
      audienceGroups: [group.id],
      topics: [topic.id],
      status: 'held',
      attendance: 85,
      actualCost: 4_500_000,
      fundingSource: 'state_budget',
    } as never,
    ...as(hnd),
  })
  // A section VI duty reported on by its organization.
  const hndOrg = await idByName(payload, 'organizations', 'Hội Nông dân thành phố Hải Phòng')
  const duty = (await payload.find({ collection: 'assignments', where: { organization: { equals: hndOrg } }, limit: 1, depth: 0 })).docs[0]
  await payload.update({ collection: 'assignments', id: duty.id, data: { status: 'blocked', progressNote: 'Thiếu kinh phí in tờ gấp cho các chi hội.' } as never, ...as(hnd) })
  // Its yearly report, sent to Sở Nội vụ.
  const unit = await payload.create({
    collection: 'reports',
    data: { kind: 'unit', year, period: 'year', results: LONG_RESULTS, difficulties: 'Kinh phí in tài liệu còn hạn chế.', proposals: 'Đề nghị bổ sung kinh phí in tờ gấp.' } as never,
    ...as(hnd),
  })
  await payload.update({ collection: 'reports', id: unit.id, data: { status: 'submitted' } as never, ...as(hnd) })

  const report = await payload.create({ collection: 'reports', data: { kind: 'city', year, period: 'year', results: 'Các cơ quan, đơn vị đã triển khai kế hoạch.' } as never, ...as(evaluator) })
  built = await buildOfficialReport(payload, report as Report)
  city = await dashboardData(payload, { scope: 'city', year, period: 'year' })
  const docx = await callEndpoint(payload, 'reports', '/:id/docx', evaluator, { id: report.id })
  expect(docx.status).toBe(200)
  pages = await docxPages(await docx.arrayBuffer(), 'bao-cao-nam-thanh-pho')
}, 300_000)
afterAll(async () => {
  await payload?.destroy()
})

describe('the city’s yearly report for Sở Nội vụ', () => {
  it('every stored target, BHXH compulsory and voluntary and BHTN included, against the dashboard’s rate, with the gap', () => {
    const t = table('Chỉ tiêu tham gia')
    const labels = t.rows.map((r) => String(r[0]))
    for (const label of [/^Tỷ lệ bao phủ BHYT/, /^Tỷ lệ tham gia BHXH/, /^Trong đó BHXH bắt buộc/, /^Trong đó BHXH tự nguyện/, /^Tỷ lệ tham gia BHTN/, /^CBCCVC/]) {
      expect(labels.some((l) => label.test(l)), String(label)).toBe(true)
    }
    for (const card of city.cards.indicators) {
      const row = rowOf(t, new RegExp(`^${card.label.replace(/[()%]/g, '.')}$`))
      expect(row[1]).toBe(card.rate ?? 'Chưa có số liệu')
      expect(row[2]).toBe(card.targetMax === null ? card.target : `${card.target}–${card.targetMax}`.replace(/\./g, ','))
      if (typeof row[1] === 'number' && card.target !== null) expect(row[3]).toBeCloseTo(card.target - row[1], 2)
    }
  })

  it('the breakdowns are the dashboard’s: audience group, topic, event kind, channel', () => {
    expect(table('Theo nhóm đối tượng').rows).toEqual(city.reachByGroup.map((g) => [g.name, g.reach]))
    const kinds = table('Theo hình thức')
    const dialogue = city.byChannel.find((c) => c.channel === 'policy_dialogue')!
    expect(rowOf(kinds, new RegExp(`^${dialogue.name}$`))).toEqual([dialogue.name, dialogue.items, dialogue.reach])
    expect(dialogue.reach).toBeGreaterThanOrEqual(85)
    const topics = table('Theo chủ đề')
    expect(topics.total![1]).toBeGreaterThanOrEqual(1) // our event's group × topic
    expect(table('Theo kênh')).toBeTruthy()
  })

  it('section VI duties with body, status and progress', async () => {
    const t = table('Nhiệm vụ mục VI')
    const all = await payload.count({ collection: 'assignments' })
    const section = built.sections.find((s) => s.heading === 'Thực hiện nhiệm vụ được phân công')!
    expect(section.paragraphs?.[0]).toMatch(new RegExp(`^${all.totalDocs} nhiệm vụ được phân công`))
    // Every commune committee's duty is one row counting the committees, not 114 lines.
    const committees = await payload.count({ collection: 'organizations', where: { kind: { equals: 'commune_committee' } } })
    const grouped = t.rows.find((r) => r[1] === `${committees.totalDocs} cơ quan, đơn vị, địa phương`)
    expect(grouped, 'the commune committees’ row').toBeTruthy()
    expect(t.rows.length).toBeLessThan(all.totalDocs - committees.totalDocs + 5)
    const blocked = t.rows.find((r) => r[5] === 'Thiếu kinh phí in tờ gấp cho các chi hội.')!
    expect(blocked[1]).toBe('Hội Nông dân thành phố Hải Phòng')
    expect(String(blocked[4])).toMatch(/^Vướng mắc/)
  })

  it('budget by funding source: the approved plans’ estimate against the costs logged', () => {
    const t = table('Kinh phí theo nguồn')
    const state = city.cards.budgetBySource.find((s) => s.source === 'state_budget')!
    expect(state.actual).toBeGreaterThanOrEqual(4_500_000)
    expect(rowOf(t, /^Ngân sách nhà nước$/).slice(1, 3)).toEqual([state.estimate, state.actual])
    expect(t.total![2]).toBe(city.cards.budgetBySource.reduce((s, r) => s + r.actual, 0))
  })

  it('each organization’s report as a row in brief (date sent, results, difficulties, proposals); the full text in the appendix', () => {
    const t = table('Báo cáo các đơn vị')
    const row = rowOf(t, /^Hội Nông dân/, 1)
    expect(row[2]).toMatch(/^\d\d\/\d\d\/\d{4}$/)
    expect(String(row[3]).length).toBeLessThanOrEqual(302)
    expect(String(row[3])).toMatch(/^Hội đã tổ chức 14 buổi đối thoại chính sách.* …$/)
    expect(row.slice(4)).toEqual(['Kinh phí in tài liệu còn hạn chế.', 'Đề nghị bổ sung kinh phí in tờ gấp.'])
    const appendix = built.sections.at(-1)!
    expect(appendix.heading).toMatch(/^Phụ lục/)
    expect(appendix.subsections?.find((s) => s.heading === 'Hội Nông dân thành phố Hải Phòng')?.paragraphs?.[0]).toBe(`Kết quả: ${LONG_RESULTS.trim()}`)
  })

  it('tables numbered 1, 2, 3… in reading order', () => {
    expect(reportTables(built).map((t) => t.caption.match(/^Bảng (\d+)\./)?.[1])).toEqual(reportTables(built).map((_, i) => String(i + 1)))
  })

  it('read through LibreOffice: the new sections are there, no number or word broken', () => {
    const all = pages.map((p) => p.text).join('\n')
    for (const heading of ['Thực hiện các chỉ tiêu', 'Hoạt động tuyên truyền theo nhóm đối tượng, chủ đề, hình thức', 'Thực hiện nhiệm vụ được phân công', 'Tóm tắt báo cáo của các cơ quan', 'Phụ lục']) {
      expect(all, heading).toContain(heading)
    }
    expect(brokenCells(reportTables(built), all)).toEqual([])
  })
})
