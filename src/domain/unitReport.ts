/**
 * What a unit report adds to its figures (plan section VIII, task V.7): the organization's
 * approved annual plan against what it logged (expected results, activities, budget), its section
 * VI duties, and for a commune committee its commune's participation rates against the targets
 * with the causes and remedies it wrote. Plain functions; src/lib/reportCompiler.ts gathers the data.
 */
import { gapToTarget } from './dashboard'
import { INDICATORS, type IndicatorKey } from './indicators'
import { vietnameseDate, type ReportCell, type ReportTable } from './officialReport'
import { vietnamDate } from './period'

export type PlanExpected = { indicator: IndicatorKey; value: number; description?: string | null }
export type PlanMilestone = { title: string; dueDate: string; done?: boolean | null }
export type UnitPlan = { title: string; expected: PlanExpected[]; milestones: PlanMilestone[] }

/** The participation rates of the committee's commune, the figures behind its expected results. */
export type CommuneRates = Partial<Record<IndicatorKey, number | null>>

/**
 * What the organization reached on an expected result: people reached from its own outreach;
 * a participation rate only where it is measured for the organization (a commune committee's
 * commune); otherwise null (not measured per organization).
 */
export function expectedActual(indicator: IndicatorKey, reached: number, communeRates: CommuneRates | null): number | null {
  if (indicator === 'peopleReached') return reached
  return communeRates?.[indicator] ?? null
}

export function planResultsTable(expected: PlanExpected[], reached: number, communeRates: CommuneRates | null): ReportTable {
  return {
    sheet: 'Kế hoạch và thực hiện',
    caption: 'Bảng. Kết quả cần đạt theo kế hoạch năm và kết quả thực hiện',
    columns: [{ header: 'Chỉ tiêu' }, { header: 'Diễn giải' }, { header: 'Kế hoạch' }, { header: 'Thực hiện' }, { header: 'Còn thiếu' }],
    rows: expected.map((e) => {
      const actual = expectedActual(e.indicator, reached, communeRates)
      const percent = INDICATORS[e.indicator].unit === 'percent'
      const show = (n: number | null): ReportCell => (n === null ? null : percent ? `${String(n).replace('.', ',')}%` : n.toLocaleString('vi-VN'))
      return [INDICATORS[e.indicator].label.vi, e.description ?? null, show(e.value), actual === null ? 'Chưa đo theo đơn vị' : show(actual), show(gapToTarget(actual, e.value))]
    }),
    note: 'Số lượt người được tiếp cận: người dự các sự kiện cộng lượt xem, nghe các tin, bài của đơn vị trong kỳ. Tỷ lệ tham gia chỉ đo được cho UBND xã, phường, đặc khu (số liệu của địa bàn). "Còn thiếu": số âm là đã vượt.',
  }
}

/** The plan's timeline: each activity, its deadline, done or not (overdue said as of `asOf`, a YYYY-MM-DD Vietnam day). */
export function planActivitiesTable(milestones: PlanMilestone[], asOf: string): ReportTable {
  const sorted = [...milestones].sort((a, b) => a.dueDate.localeCompare(b.dueDate))
  return {
    sheet: 'Hoạt động theo kế hoạch',
    caption: 'Bảng. Hoạt động theo kế hoạch năm và tình hình thực hiện',
    columns: [{ header: 'TT', kind: 'integer' }, { header: 'Nội dung công việc' }, { header: 'Thời hạn' }, { header: 'Tình hình' }],
    rows: sorted.map((m, i) => {
      const due = vietnamDate(m.dueDate)
      return [i + 1, m.title, vietnameseDate(due), m.done ? 'Đã xong' : due < asOf ? 'Chưa xong (quá hạn)' : 'Đang thực hiện']
    }),
  }
}

export type CommuneIndicator = { key: IndicatorKey; label: string; rate: number | null; target: number | null; targetMax: number | null }

/** The commune's rates against the targets in force for it (its own, else the city's), as its dashboard shows them. */
export function communeTargetsTable(communeName: string, indicators: CommuneIndicator[]): ReportTable {
  return {
    sheet: 'Tỷ lệ tham gia của địa bàn',
    caption: `Bảng. Tỷ lệ tham gia BHXH, BHYT, BHTN của ${communeName} so với chỉ tiêu`,
    columns: [{ header: 'Chỉ tiêu' }, { header: 'Thực hiện (%)', kind: 'percent' }, { header: 'Chỉ tiêu (%)', kind: 'percent' }, { header: 'Còn thiếu (điểm %)', kind: 'percent' }],
    rows: indicators.map((c) => [
      c.label,
      c.rate ?? 'Chưa có số liệu',
      c.target === null ? null : c.targetMax !== null ? `${c.target}–${c.targetMax}`.replace(/\./g, ',') : c.target,
      gapToTarget(c.rate, c.target),
    ]),
    note: 'Chỉ tiêu của địa bàn nếu được giao riêng, nếu không là chỉ tiêu toàn thành phố. "Còn thiếu" = chỉ tiêu − thực hiện (số âm là đã vượt).',
  }
}

/** The paragraph under the commune table: the causes and remedies the committee wrote on its figures, or what is missing. */
export function causesAndRemediesText(text: string | null | undefined, belowTarget: boolean): string {
  if (text?.trim()) return `Nguyên nhân và giải pháp: ${text.trim().replace(/\s+/g, ' ')}`
  return belowTarget
    ? 'Nguyên nhân và giải pháp: (chưa nêu – UBND xã, phường, đặc khu ghi ở số liệu tham gia của địa bàn, mục "Nguyên nhân, giải pháp").'
    : 'Các chỉ tiêu có số liệu đều đạt.'
}
