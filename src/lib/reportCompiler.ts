/**
 * Compiles reports from Loa's data: the figures of a unit's periodic report (what that
 * organization logged for the period), and the whole official document — unit report, the
 * consolidated city report, the mid-term and final reviews — as an OfficialReport that
 * src/lib/reportDocx.ts and src/lib/reportXlsx.ts write out.
 */
import type { Payload, PayloadRequest, Where } from 'payload'

import { type AssignmentStatus } from '../domain/assignments'
import {
  budgetBySourceTable,
  dutyStatusTable,
  dutySummary,
  outreachBreakdownTables,
  periodIndicatorRows,
  periodIndicatorTables,
  unitNarrativeTable,
  type Duty,
  type OutreachBreakdown,
  type PeriodIndicatorRow,
} from '../domain/cityReport'
import type { IndicatorKey } from '../domain/indicators'
import { periodMonths, periodRange, periodTitle, previousPeriod, targetInForce, type CommuneRow, type PeriodKey } from '../domain/dashboard'
import { COMMUNE_TABLE_COLUMNS, vietnameseDate, type OfficialReport, type ReportSection, type ReportTable } from '../domain/officialReport'
import { causesAndRemediesText, communeTargetsTable, planActivitiesTable, planResultsTable, type CommuneIndicator, type UnitPlan } from '../domain/unitReport'
import { participationRates, sumCounts, COUNT_FIELDS, type Counts } from '../domain/participation'
import { TERM_FIRST_YEAR, TERM_LAST_YEAR, vietnamDate } from '../domain/period'
import { relationId, relationName } from '../domain/relations'
import { isReviewKind, itemsByTopic, numberTables, PARTICIPATION_INDICATORS, reviewSections, yearActuals, type ReviewKind, type ReviewYear } from '../domain/reviewReport'
import { REPORT_STATUS_LABELS, reportYears, type ReportKind, type ReportPeriod, type ReportStatus } from '../domain/reports'
import { mergeTallies, type Tally } from '../domain/tallies'
import type { Report } from '../payload-types'
import type { BudgetView } from './budgetView'
import { dashboardData, type Dashboard } from './dashboardData'
import { reportLetterhead } from './reportLetterhead'
import { readTallies } from './tallies'

/** What a unit report states about its organization and period, frozen when it is submitted. */
export type UnitFigures = {
  compiledAt: string
  events: number
  attendance: number
  women: number
  questions: number
  satisfaction: number | null
  newVoluntaryBhxh: number
  newHouseholdBhyt: number
  outputs: number
  mediaReach: number
  feedbackReceived: number
  feedbackAnswered: number
  cost: number
  budgetEstimate: number | null
  reachByGroup: { name: string; reach: number }[]
  eventsByKind: { name: string; events: number; reach: number }[]
  outputsByChannel: { name: string; outputs: number; reach: number }[]
  /** Added with the city report's topic table; reports submitted before have none (nor the parts below). */
  byTopic?: { name: string; items: number }[]
  /** The plan's estimate against the costs logged, per funding source (the dashboard's). */
  budgetBySource?: { label: string; estimate: number; actual: number }[]
  /** The organization's approved annual plan for the year; null when none is approved. */
  plan?: UnitPlan | null
  /** Its section VI duties, with the status they had when the report was compiled. */
  duties?: Duty[]
  /** A commune committee's commune: its rates against the targets, and the causes and remedies written on its figures. */
  commune?: { name: string; indicators: CommuneIndicator[]; causesAndRemedies: string | null; belowTarget: boolean } | null
}

/** The unit report's figures from the organization's dashboard for the period. */
export function unitFigures(d: Dashboard, now = new Date()): UnitFigures {
  const t = d.tally
  return {
    compiledAt: now.toISOString(),
    events: t.events,
    attendance: t.attendance,
    women: t.women,
    questions: t.questions,
    satisfaction: t.satisfactionBase > 0 ? Math.round((t.satisfactionPoints / t.satisfactionBase) * 100) / 100 : null,
    newVoluntaryBhxh: t.newVoluntaryBhxh,
    newHouseholdBhyt: t.newHouseholdBhyt,
    outputs: t.outputs,
    mediaReach: t.mediaReach,
    feedbackReceived: d.cards.feedbackReceived,
    feedbackAnswered: d.cards.feedbackAnswered,
    cost: t.cost,
    budgetEstimate: d.cards.budgetEstimate,
    ...dashboardBreakdown(d),
    budgetBySource: d.cards.budgetBySource.map(({ label, estimate, actual }) => ({ label, estimate, actual })),
    commune: communeOf(d),
  }
}

/** The organization's own commune on its dashboard (a commune committee's); null for other bodies. */
function communeOf(d: Dashboard): UnitFigures['commune'] {
  if (d.query.scope !== 'organization' || d.communes.length !== 1) return null
  const [c] = d.communes
  return {
    name: c.name,
    indicators: d.cards.indicators.map(({ key, label, rate, target, targetMax }) => ({ key, label, rate, target, targetMax })),
    causesAndRemedies: c.causesAndRemedies ?? null,
    belowTarget: c.belowTarget,
  }
}

/** The organization's approved annual plan for the year: expected results and timeline. */
async function approvedPlan(payload: Payload, r: { organization: string; year: number }, req?: PayloadRequest): Promise<UnitPlan | null> {
  const { docs } = await payload.find({
    collection: 'plans',
    where: { and: [{ organization: { equals: r.organization } }, { periodKind: { equals: 'year' } }, { year: { equals: r.year } }, { status: { equals: 'approved' } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { title: true, expectedResults: true, milestones: true },
    req,
  })
  const plan = docs[0]
  if (!plan) return null
  return {
    title: plan.title,
    expected: (plan.expectedResults ?? []).map((e) => ({ indicator: e.indicator as IndicatorKey, value: e.value, description: e.description ?? null })),
    milestones: (plan.milestones ?? []).map((m) => ({ title: m.title, dueDate: m.dueDate, done: m.done ?? false })),
  }
}

export async function compileUnitFigures(
  payload: Payload,
  r: { organization: string; year: number; period: ReportPeriod },
  req?: PayloadRequest,
): Promise<UnitFigures> {
  const d = await dashboardData(payload, { scope: 'organization', id: r.organization, year: r.year, period: r.period }, req)
  const [plan, duties] = await Promise.all([
    approvedPlan(payload, r, req),
    sectionSixDuties(payload, { year: r.year, period: r.period }, new Map([[r.organization, d.scopeName]]), req, r.organization),
  ])
  return { ...unitFigures(d), plan, duties }
}

// ------------------------------------------------------------------------------------------
// Tables

function resultsTable(f: Omit<UnitFigures, 'compiledAt' | 'reachByGroup' | 'eventsByKind' | 'outputsByChannel' | 'byTopic'>, caption: string): ReportTable {
  const row = (label: string, unit: string, value: number | null) => [label, unit, value]
  return {
    sheet: 'Kết quả',
    caption,
    columns: [{ header: 'Nội dung' }, { header: 'Đơn vị tính' }, { header: 'Kết quả', kind: 'integer' }],
    rows: [
      row('Sự kiện tuyên truyền trực tiếp đã tổ chức', 'sự kiện', f.events),
      row('Người tham dự', 'người', f.attendance),
      row('Trong đó nữ', 'người', f.women),
      row('Câu hỏi của người dự', 'câu hỏi', f.questions),
      row('Tin, bài, sản phẩm đã đăng, phát', 'sản phẩm', f.outputs),
      row('Lượt xem, nghe trên các kênh', 'lượt', f.mediaReach),
      row('Ý kiến người dân nhận được', 'ý kiến', f.feedbackReceived),
      row('Trong đó đã trả lời', 'ý kiến', f.feedbackAnswered),
      row('Người đăng ký BHXH tự nguyện mới', 'người', f.newVoluntaryBhxh),
      row('Người đăng ký BHYT hộ gia đình mới', 'người', f.newHouseholdBhyt),
      row('Kinh phí đã sử dụng', 'đồng', f.cost),
      row('Dự toán kinh phí được duyệt (cả năm)', 'đồng', f.budgetEstimate),
    ],
    note: f.satisfaction === null ? undefined : `Mức hài lòng bình quân của người dự (theo số người dự): ${String(f.satisfaction).replace('.', ',')}%.`,
  }
}

function communeTableOf(rows: CommuneRow[], caption: string): ReportTable {
  return {
    sheet: 'Theo xã, phường, đặc khu',
    caption,
    columns: COMMUNE_TABLE_COLUMNS,
    rows: rows.map((r, i) => [
      i + 1,
      r.name,
      r.rates?.bhytCoverage ?? null,
      r.targets.bhytCoverage,
      r.bhytGap,
      r.rates?.bhxhParticipation ?? null,
      r.targets.bhxhParticipation,
      r.bhxhGap,
      r.eventsPer1000,
      r.reachPer1000,
      PRIORITY_LABELS[r.priority],
      r.causesAndRemedies ?? null,
    ]),
    note: 'Ưu tiên 1: chưa đạt chỉ tiêu BHYT hoặc BHXH và có mật độ tuyên truyền (sự kiện trên 1.000 dân) thấp hơn trung vị các địa bàn hoặc chưa có sự kiện nào; ưu tiên 2: chưa đạt chỉ tiêu. "Còn thiếu" tính bằng điểm phần trăm; số âm là đã vượt.',
  }
}

export const PRIORITY_LABELS: Record<CommuneRow['priority'], string> = {
  1: 'Ưu tiên 1',
  2: 'Ưu tiên 2',
  3: 'Đạt',
  4: 'Chưa có số liệu',
}

const paragraphs = (text?: string | null, empty = '(Chưa có nội dung.)') => {
  const parts = (text ?? '').split(/\n\s*\n|\r?\n/).map((p) => p.trim()).filter(Boolean)
  return parts.length ? parts : [empty]
}

// ------------------------------------------------------------------------------------------
// Whole documents

export async function buildOfficialReport(payload: Payload, report: Report, req?: PayloadRequest): Promise<OfficialReport> {
  const kind = report.kind as ReportKind
  const date = vietnamDate(report.submittedAt ?? new Date())
  // Issuer, number, signer and recipients from the organizations' letterhead fields.
  const letterhead = await reportLetterhead(payload, report, req)
  const sections =
    kind === 'unit' ? await unitReportSections(payload, report, date, req) : kind === 'adhoc' ? adhocReportSections(report) : await cityReportSections(payload, report, kind, date, req)
  return { ...letterhead, place: 'Hải Phòng', date, kind: 'BÁO CÁO', title: report.title ?? '', sections: numberTables(sections) }
}

async function unitReportSections(payload: Payload, report: Report, date: string, req?: PayloadRequest): Promise<ReportSection[]> {
  const orgId = relationId(report.organization)
  const figures = (report.figures as UnitFigures | null) ?? (await compileUnitFigures(payload, { organization: String(orgId), year: report.year, period: report.period as ReportPeriod }, req))
  return [
    { heading: 'Kết quả thực hiện', paragraphs: paragraphs(report.results), tables: [resultsTable(figures, 'Bảng. Kết quả hoạt động tuyên truyền'), ...outreachBreakdownTables(figures)] },
    ...(figures.commune ? [communeSection(figures.commune)] : []),
    // Reports compiled before plans and duties were compared have neither (undefined): their sections are left out.
    ...(figures.plan !== undefined ? [planSection(figures, date)] : []),
    ...(figures.duties ? [{ heading: 'Thực hiện nhiệm vụ được phân công', paragraphs: [dutySummary(figures.duties, date)], tables: figures.duties.length ? [dutyStatusTable(figures.duties, date)] : undefined }] : []),
    { heading: 'Khó khăn, vướng mắc', paragraphs: paragraphs(report.difficulties, 'Không có.') },
    { heading: 'Đề xuất, kiến nghị', paragraphs: paragraphs(report.proposals, 'Không có.') },
  ]
}

function communeSection(c: NonNullable<UnitFigures['commune']>): ReportSection {
  return { heading: 'Tỷ lệ tham gia của địa bàn so với chỉ tiêu', paragraphs: [causesAndRemediesText(c.causesAndRemedies, c.belowTarget)], tables: [communeTargetsTable(c.name, c.indicators)] }
}

/** The approved annual plan against what was logged: expected results, activities, budget by source. */
function planSection(f: UnitFigures, date: string): ReportSection {
  const plan = f.plan
  const communeRates = f.commune ? Object.fromEntries(f.commune.indicators.map((i) => [i.key, i.rate])) : null
  const tables: ReportTable[] = []
  if (plan?.expected.length) tables.push(planResultsTable(plan.expected, f.attendance + f.mediaReach, communeRates))
  if (plan?.milestones.length) tables.push(planActivitiesTable(plan.milestones, date))
  if (f.budgetBySource) tables.push(budgetBySourceTable(f.budgetBySource))
  return {
    heading: 'Thực hiện kế hoạch năm',
    paragraphs: [plan ? `Theo ${plan.title}.` : 'Đơn vị chưa có kế hoạch năm được phê duyệt trong Loa: không so sánh được với kế hoạch.'],
    tables,
  }
}

/** An ad hoc report answers what Sở Nội vụ asked: the request, then the organization's text. */
function adhocReportSections(report: Report): ReportSection[] {
  const due = report.dueDate ? vietnameseDate(vietnamDate(report.dueDate)) : null
  return [
    {
      heading: 'Nội dung yêu cầu',
      paragraphs: [`Thực hiện yêu cầu của Sở Nội vụ về ${report.subject ?? ''}${due ? ` (hạn gửi ${due})` : ''}.`, ...(report.requestDetails ? paragraphs(report.requestDetails) : [])],
    },
    { heading: 'Kết quả thực hiện', paragraphs: paragraphs(report.results) },
    { heading: 'Khó khăn, vướng mắc', paragraphs: paragraphs(report.difficulties, 'Không có.') },
    { heading: 'Đề xuất, kiến nghị', paragraphs: paragraphs(report.proposals, 'Không có.') },
  ]
}

type UnitReport = Report
type OrganizationRow = { org: { id: number | string; name: string }; t: Tally; reports: UnitReport[] }
type OrganizationResults = { total: Tally; rows: OrganizationRow[]; names: Map<string, string>; table: ReportTable }

const isSent = (r: Pick<Report, 'status'>) => r.status === 'submitted' || r.status === 'accepted'

/** Each organization's outreach over the months covered and its unit reports of the period(s). */
async function organizationResults(
  payload: Payload,
  years: { from: number; to: number },
  period: ReportPeriod,
  months: string[],
  req?: PayloadRequest,
): Promise<OrganizationResults> {
  const multiYear = years.from !== years.to
  const [eventRows, mediaRows, orgs, unitReports] = await Promise.all([
    readTallies(payload, { source: 'events', dimension: 'organization', months }, req),
    readTallies(payload, { source: 'media-outputs', dimension: 'organization', months }, req),
    payload.find({ collection: 'organizations', pagination: false, depth: 0, overrideAccess: true, sort: 'name', select: { name: true }, req }),
    payload.find({
      collection: 'reports',
      where: { and: [{ kind: { equals: 'unit' } }, { year: { greater_than_equal: years.from } }, { year: { less_than_equal: years.to } }, { period: { equals: period } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      sort: 'year',
      req,
    }),
  ])
  const byOrg = new Map<string, Tally[]>()
  for (const r of [...eventRows, ...mediaRows]) byOrg.set(r.key, [...(byOrg.get(r.key) ?? []), r.figures])
  const total = mergeTallies([...eventRows, ...mediaRows].map((r) => r.figures))
  const reportsOf = (orgId: string) => unitReports.docs.filter((r) => String(relationId(r.organization)) === orgId)
  const rows = orgs.docs
    .map((o) => ({ org: o, t: mergeTallies(byOrg.get(String(o.id)) ?? []), reports: reportsOf(String(o.id)) }))
    .filter((x) => x.t.events + x.t.outputs > 0 || x.reports.length > 0)
  const table: ReportTable = {
    sheet: 'Theo cơ quan, đơn vị',
    caption: 'Bảng. Kết quả theo cơ quan, đơn vị, địa phương',
    columns: [
      { header: 'TT', kind: 'integer' },
      { header: 'Cơ quan, đơn vị' },
      { header: 'Sự kiện', kind: 'integer' },
      { header: 'Người tham dự', kind: 'integer' },
      { header: 'Đăng ký mới (BHXH TN + BHYT HGĐ)', kind: 'integer' },
      { header: 'Tin, bài, sản phẩm', kind: 'integer' },
      { header: 'Kinh phí (đồng)', kind: 'money' },
      { header: 'Tình trạng báo cáo' },
    ],
    rows: rows.map(({ org, t, reports }, i) => [
      i + 1,
      org.name,
      t.events,
      t.attendance,
      t.newVoluntaryBhxh + t.newHouseholdBhyt,
      t.outputs,
      t.cost,
      reports.length ? reports.map((r) => `${multiYear ? `${r.year}: ` : ''}${REPORT_STATUS_LABELS[r.status as ReportStatus].vi}`).join('; ') : 'Chưa có báo cáo',
    ]),
    total: ['', 'Tổng cộng', total.events, total.attendance, total.newVoluntaryBhxh + total.newHouseholdBhyt, total.outputs, total.cost, ''],
  }
  return { total, rows, names: new Map(orgs.docs.map((o) => [String(o.id), o.name])), table }
}

/** The sent unit reports in full, one subsection per organization (a review's body, the city report's appendix). */
function unitReportTexts(rows: OrganizationRow[], multiYear: boolean): ReportSection[] {
  return rows
    .filter((x) => x.reports.some(isSent))
    .map(({ org, reports }) => ({
      heading: org.name,
      paragraphs: reports.filter(isSent).flatMap((r) => [
        ...(multiYear ? [`Năm ${r.year}:`] : []),
        ...paragraphs(r.results).map((p) => `Kết quả: ${p}`),
        ...paragraphs(r.difficulties, 'Không có.').map((p) => `Khó khăn: ${p}`),
        ...paragraphs(r.proposals, 'Không có.').map((p) => `Đề xuất: ${p}`),
      ]),
    }))
}

async function cityReportSections(payload: Payload, report: Report, kind: Exclude<ReportKind, 'unit' | 'adhoc'>, date: string, req?: PayloadRequest): Promise<ReportSection[]> {
  const years = reportYears(kind, report.year)
  const period: ReportPeriod = kind === 'city' ? (report.period as ReportPeriod) : 'year'
  const months: string[] = []
  for (let y = years.from; y <= years.to; y++) months.push(...periodMonths({ year: y, period }))
  const organizations = await organizationResults(payload, years, period, months, req)
  const texts = unitReportTexts(organizations.rows, years.from !== years.to)
  if (kind !== 'city') return compileReviewSections(payload, report, kind, years, organizations.table, texts, req)
  // The period's city dashboard: the same figures, breakdowns and budget the evaluation page shows.
  const city = await dashboardData(payload, { scope: 'city', year: report.year, period }, req)
  return cityPeriodSections(payload, report, { city, months: months.length, date, organizations, texts }, req)
}

type CityPeriod = { city: Dashboard; months: number; date: string; organizations: OrganizationResults; texts: ReportSection[] }

async function cityPeriodSections(payload: Payload, report: Report, p: CityPeriod, req?: PayloadRequest): Promise<ReportSection[]> {
  const { city, organizations } = p
  const [indicatorTabs, duties] = await Promise.all([cityIndicatorTables(payload, city, req), sectionSixDuties(payload, city.query, organizations.names, req)])
  const sent = organizations.rows.flatMap((x) => x.reports.filter(isSent).map((r) => ({ org: x.org.name, r })))
  return [
    {
      heading: 'Tình hình triển khai và kết quả',
      paragraphs: paragraphs(report.results),
      tables: [resultsTable(cityTotals(organizations.total, city), `Bảng. Kết quả hoạt động tuyên truyền toàn thành phố (${p.months} tháng)`), organizations.table],
    },
    { heading: 'Thực hiện các chỉ tiêu', paragraphs: [indicatorSummary(indicatorTabs.rows)], tables: [...indicatorTabs.tables, await progressTable(payload, req)] },
    {
      heading: 'Kết quả theo xã, phường, đặc khu',
      paragraphs: [
        `Số liệu tham gia ${city.title.toLowerCase()}: ${city.cards.communesWithFigures}/${city.cards.communes} xã, phường, đặc khu đã có số liệu. ` +
          `Có ${city.communes.filter((c) => c.priority === 1).length} địa bàn chưa đạt chỉ tiêu và ít được tuyên truyền (ưu tiên 1), ` +
          `${city.communes.filter((c) => c.priority === 2).length} địa bàn chưa đạt chỉ tiêu khác.`,
      ],
      tables: [communeTableOf(city.communes, `Bảng. Kết quả theo xã, phường, đặc khu – ${city.title}`)],
    },
    { heading: 'Hoạt động tuyên truyền theo nhóm đối tượng, chủ đề, hình thức', tables: outreachBreakdownTables(dashboardBreakdown(city)) },
    { heading: 'Thực hiện nhiệm vụ được phân công', paragraphs: [dutySummary(duties, p.date)], tables: duties.length ? [dutyStatusTable(duties, p.date)] : undefined },
    {
      heading: `Kinh phí ${city.title.toLowerCase()}`,
      tables: [budgetBySourceTable(city.cards.budgetBySource), ...(city.budget ? budgetTables(city.budget) : [])],
    },
    {
      heading: 'Báo cáo của các cơ quan, đơn vị, địa phương',
      paragraphs: sent.length ? undefined : ['Chưa có báo cáo nào được gửi.'],
      tables: sent.length ? [unitNarrativeTable(sent.map(({ org, r }) => ({ organization: org, submittedAt: r.submittedAt, results: r.results, difficulties: r.difficulties, proposals: r.proposals })))] : undefined,
    },
    { heading: 'Khó khăn, vướng mắc', paragraphs: paragraphs(report.difficulties, 'Không có.') },
    { heading: 'Đề xuất, kiến nghị', paragraphs: paragraphs(report.proposals, 'Không có.') },
    ...(p.texts.length ? [{ heading: 'Phụ lục: Toàn văn báo cáo của các cơ quan, đơn vị, địa phương', subsections: p.texts }] : []),
  ]
}

function cityTotals(total: Tally, city: Dashboard) {
  return {
    events: total.events,
    attendance: total.attendance,
    women: total.women,
    questions: total.questions,
    satisfaction: total.satisfactionBase > 0 ? Math.round((total.satisfactionPoints / total.satisfactionBase) * 100) / 100 : null,
    newVoluntaryBhxh: total.newVoluntaryBhxh,
    newHouseholdBhyt: total.newHouseholdBhyt,
    outputs: total.outputs,
    mediaReach: total.mediaReach,
    feedbackReceived: city.cards.feedbackReceived,
    feedbackAnswered: city.cards.feedbackAnswered,
    cost: total.cost,
    budgetEstimate: city.cards.budgetEstimate,
  }
}

/** The dashboard's breakdowns, as the unit report freezes them (plus topics, from its coverage cells). */
function dashboardBreakdown(d: Dashboard): Required<OutreachBreakdown> {
  return {
    reachByGroup: d.reachByGroup,
    byTopic: itemsByTopic(d.tally.cells, d.matrix.topics),
    eventsByKind: d.byChannel.filter((c) => c.kind === 'event').map((c) => ({ name: c.name, events: c.items, reach: c.reach })),
    outputsByChannel: d.byChannel.filter((c) => c.kind === 'media').map((c) => ({ name: c.name, outputs: c.items, reach: c.reach })),
  }
}

/** Every stored city-wide target in force for the year, against the dashboard's figures for the period. */
async function cityIndicatorTables(payload: Payload, city: Dashboard, req?: PayloadRequest) {
  const { year, period } = city.query
  const targets = await payload.find({ collection: 'targets', where: { year: { less_than_equal: year } }, pagination: false, depth: 0, overrideAccess: true, req })
  const actual = yearActuals(city.cards.indicators, city.tally)
  const previous = Object.fromEntries(city.cards.indicators.map((c) => [c.key, c.previous]))
  const rows = periodIndicatorRows(year, actual, previous, targets.docs, PARTICIPATION_INDICATORS)
  const before = previousPeriod({ year, period })
  return { rows, tables: periodIndicatorTables(rows, city.title, periodTitle(before)) }
}

function indicatorSummary(rows: PeriodIndicatorRow[]): string {
  const missed = rows.filter((r) => r.gap !== null && r.gap > 0).map((r) => r.label)
  const reached = rows.filter((r) => r.gap !== null && r.gap <= 0).length
  if (!missed.length && !reached) return 'Kỳ báo cáo chưa có số liệu để so sánh với chỉ tiêu.'
  return `${reached} chỉ tiêu đã đạt${missed.length ? `; ${missed.length} chỉ tiêu chưa đạt: ${missed.join('; ')}` : ''}.`
}

/** Section VI duties in force during the period (started before it ended), with their organization's name. */
async function sectionSixDuties(payload: Payload, period: PeriodKey, names: Map<string, string>, req?: PayloadRequest, organization?: string): Promise<Duty[]> {
  const started: Where = { or: [{ startDate: { exists: false } }, { startDate: { less_than: periodRange(period).to } }] }
  const { docs } = await payload.find({
    collection: 'assignments',
    where: organization ? { and: [started, { organization: { equals: organization } }] } : started,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { title: true, organization: true, section: true, status: true, progressNote: true, dueDate: true },
    req,
  })
  return docs.map((a) => ({
    organization: names.get(String(relationId(a.organization))) ?? 'Chưa giao đơn vị',
    title: a.title,
    section: a.section,
    status: a.status as AssignmentStatus,
    progressNote: a.progressNote,
    dueDate: a.dueDate,
  }))
}


function budgetTables(view: BudgetView): ReportTable[] {
  const table = (sheet: string, caption: string, first: string, t: BudgetView['organizations']): ReportTable => ({
    sheet,
    caption,
    columns: [{ header: first }, { header: 'Dự toán (đồng)', kind: 'money' }, { header: 'Thực tế (đồng)', kind: 'money' }, { header: 'Đã sử dụng (%)', kind: 'percent' }],
    rows: t.rows.map((r) => [r.name, r.estimateTotal, r.actualTotal, r.usedPercent]),
    total: ['Tổng cộng', t.estimateTotal, t.actualTotal, t.estimateTotal ? Math.round((t.actualTotal / t.estimateTotal) * 1000) / 10 : null],
    note: 'Dự toán: các khoản kinh phí của kế hoạch năm đã được phê duyệt (chiến dịch: dự toán của chiến dịch); thực tế: kinh phí ghi nhận ở kết quả các sự kiện.',
  })
  return [
    table('Kinh phí theo đơn vị', 'Bảng 5. Kinh phí theo cơ quan, đơn vị: dự toán và thực tế', 'Cơ quan, đơn vị', view.organizations),
    table('Kinh phí theo chiến dịch', 'Bảng 6. Kinh phí theo chiến dịch: dự toán và thực tế', 'Chiến dịch', view.campaigns),
  ]
}

/** City-wide rates per year against the year's city-wide target, 2026–2030. */
async function progressTable(payload: Payload, req?: PayloadRequest): Promise<ReportTable> {
  const [figures, targets] = await Promise.all([
    payload.find({ collection: 'indicators', where: { period: { equals: 'year' } }, pagination: false, depth: 0, overrideAccess: true, req }),
    payload.find({ collection: 'targets', where: { locality: { exists: false } }, pagination: false, depth: 0, overrideAccess: true, req }),
  ])
  const rows = []
  for (let year = TERM_FIRST_YEAR; year <= TERM_LAST_YEAR; year++) {
    const docs = figures.docs.filter((d) => d.year === year)
    const rates = docs.length ? participationRates(sumCounts(docs.map((d) => Object.fromEntries(COUNT_FIELDS.map((f) => [f, d[f] ?? 0])) as Counts))) : null
    const range = (indicator: string) => {
      const t = targetInForce(targets.docs, indicator, year)
      return t ? (t.maximum ? `${t.minimum}–${t.maximum}`.replace(/\./g, ',') : t.minimum) : null
    }
    rows.push([year, docs.length, rates?.bhytCoverage ?? null, range('bhytCoverage'), rates?.bhxhParticipation ?? null, range('bhxhParticipation')])
  }
  return {
    sheet: 'Tiến độ đến 2030',
    caption: 'Bảng 4. Tỷ lệ tham gia toàn thành phố so với chỉ tiêu từng năm',
    columns: [
      { header: 'Năm', kind: 'text' },
      { header: 'Số xã có số liệu', kind: 'integer' },
      { header: 'Tỷ lệ bao phủ BHYT (%)', kind: 'percent' },
      { header: 'Chỉ tiêu BHYT (%)', kind: 'percent' },
      { header: 'Tỷ lệ tham gia BHXH (%)', kind: 'percent' },
      { header: 'Chỉ tiêu BHXH (%)', kind: 'percent' },
    ],
    rows: rows.map((r) => [String(r[0]), ...r.slice(1)]),
    note: 'Tỷ lệ tính từ tổng số người của các xã, phường, đặc khu đã có số liệu cả năm. Năm chưa được giao chỉ tiêu mới áp dụng chỉ tiêu của năm gần nhất trước đó.',
  }
}


/**
 * A review's sections (src/domain/reviewReport.ts lays them out): the city dashboard of every year
 * of the span gives that year's indicators, communes, outreach, feedback and budget.
 */
async function compileReviewSections(
  payload: Payload,
  report: Report,
  kind: Exclude<ReportKind, 'unit' | 'city' | 'adhoc'>,
  span: { from: number; to: number },
  organizationTable: ReportTable,
  unitSections: ReportSection[],
  req?: PayloadRequest,
): Promise<ReportSection[]> {
  if (!isReviewKind(kind)) throw new Error(`Không phải báo cáo sơ kết, tổng kết: ${kind}`)
  const years: ReviewYear[] = []
  // One year after another: each dashboard refreshes the tallies first, and on SQLite they share one connection.
  for (let year = span.from; year <= span.to; year++) {
    const d = await dashboardData(payload, { scope: 'city', year, period: 'year' }, req)
    const t = d.tally
    years.push({
      year,
      actual: yearActuals(d.cards.indicators, t),
      communesWithFigures: d.cards.communesWithFigures,
      outreach: { events: t.events, attendance: t.attendance, outputs: t.outputs, mediaReach: t.mediaReach, newVoluntaryBhxh: t.newVoluntaryBhxh, newHouseholdBhyt: t.newHouseholdBhyt, cost: t.cost },
      reachByGroup: d.reachByGroup,
      byTopic: itemsByTopic(t.cells, d.matrix.topics),
      byChannel: d.byChannel,
      feedback: { received: d.cards.feedbackReceived, answered: d.cards.feedbackAnswered },
      budgetBySource: d.cards.budgetBySource,
      budgetEstimate: d.cards.budgetEstimate,
      communes: d.communes.map((c) => ({
        id: c.id,
        name: c.name,
        population: c.population,
        rates: c.rates,
        events: c.events,
        reach: c.reach,
        newSignups: c.newSignups,
        causesAndRemedies: c.causesAndRemedies,
      })),
    })
  }
  const targets = await payload.find({ collection: 'targets', where: { year: { less_than_equal: span.to } }, pagination: false, depth: 0, overrideAccess: true, req })
  return reviewSections({
    kind: kind as ReviewKind,
    years,
    targets: targets.docs,
    narrative: {
      results: report.results,
      // A review saved before it had its own sections may hold its limitations as difficulties.
      limitations: report.limitations || report.difficulties,
      lessons: report.lessons,
      directions: report.directions,
      commendations: report.commendations,
      proposals: report.proposals,
    },
    priorityLabels: PRIORITY_LABELS,
    organizationTable,
    unitSections,
  })
}
