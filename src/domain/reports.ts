/**
 * Periodic reports (plan section VIII): every body reports every six months and every year to Sở
 * Nội vụ, which consolidates for the City People's Committee; mid-term review in 2028, final in
 * 2030. Kinds, workflow, deadlines and reminder timing: plain functions.
 */
import type { Role } from './roles'
import { TERM_FIRST_YEAR, TERM_LAST_YEAR, vietnamDate } from './period'

export const REPORT_KINDS = ['unit', 'city', 'midterm', 'final', 'adhoc'] as const
export type ReportKind = (typeof REPORT_KINDS)[number]
export const REPORT_KIND_LABELS: Record<ReportKind, { vi: string; en: string }> = {
  unit: { vi: 'Báo cáo của đơn vị', en: 'Unit report' },
  city: { vi: 'Báo cáo tổng hợp của thành phố', en: 'Consolidated city report' },
  midterm: { vi: 'Sơ kết giữa kỳ 2026–2028', en: 'Mid-term review 2026–2028' },
  final: { vi: 'Tổng kết 2026–2030', en: 'Final review 2026–2030' },
  adhoc: { vi: 'Báo cáo đột xuất', en: 'Ad hoc report' },
}

/**
 * Reports an organization writes and sends to Sở Nội vụ: its periodic unit report, and an ad hoc
 * report Sở Nội vụ requested from it (plan section VIII: "báo cáo đột xuất khi có yêu cầu").
 */
export const isOrganizationReport = (kind: unknown): kind is 'unit' | 'adhoc' => kind === 'unit' || kind === 'adhoc'

/**
 * What is wrong with an ad hoc request, in Vietnamese: it needs a subject and a deadline that is
 * a date not already past (`today`: YYYY-MM-DD in Vietnam), within the plan's term.
 */
export function adhocRequestError(
  request: { subject?: string | null; dueDate?: string | null; organization?: unknown },
  today: string,
): { field: 'subject' | 'dueDate' | 'organization'; message: string } | null {
  if (request.organization === null || request.organization === undefined || request.organization === '') {
    return { field: 'organization', message: 'Cần chọn đơn vị được yêu cầu báo cáo.' }
  }
  if (!request.subject?.trim()) return { field: 'subject', message: 'Cần nêu nội dung yêu cầu báo cáo.' }
  const due = request.dueDate ? new Date(request.dueDate) : null
  if (!due || Number.isNaN(due.getTime())) return { field: 'dueDate', message: 'Cần đặt hạn gửi báo cáo.' }
  const day = vietnamDate(due)
  if (day < today) return { field: 'dueDate', message: 'Hạn gửi báo cáo không được trước hôm nay.' }
  const year = Number(day.slice(0, 4))
  if (year < TERM_FIRST_YEAR || year > TERM_LAST_YEAR) return { field: 'dueDate', message: `Hạn gửi phải trong giai đoạn ${TERM_FIRST_YEAR}–${TERM_LAST_YEAR}.` }
  return null
}

/** Reports are made for the first half-year and for the whole year (the yearly one covers H2). */
export const REPORT_PERIODS = ['h1', 'year'] as const
export type ReportPeriod = (typeof REPORT_PERIODS)[number]

export const REPORT_STATUSES = ['draft', 'submitted', 'accepted', 'returned'] as const
export type ReportStatus = (typeof REPORT_STATUSES)[number]
export const REPORT_STATUS_LABELS: Record<ReportStatus, { vi: string; en: string }> = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  submitted: { vi: 'Đã gửi Sở Nội vụ', en: 'Submitted' },
  accepted: { vi: 'Đã tiếp nhận', en: 'Accepted' },
  returned: { vi: 'Trả lại để bổ sung', en: 'Returned' },
}

/** The years a review covers: mid-term 2026–2028, final 2026–2030; otherwise its own year. */
export function reportYears(kind: ReportKind, year: number): { from: number; to: number } {
  if (kind === 'midterm') return { from: TERM_FIRST_YEAR, to: 2028 }
  if (kind === 'final') return { from: TERM_FIRST_YEAR, to: TERM_LAST_YEAR }
  return { from: year, to: year }
}

export function reportTitle(kind: ReportKind, year: number, period: ReportPeriod, organization?: string | null, subject?: string | null): string {
  if (kind === 'adhoc') return `Báo cáo đột xuất: ${(subject ?? '').trim()}${organization ? ` – ${organization}` : ''}`
  if (kind === 'midterm') return 'Sơ kết giữa kỳ thực hiện Kế hoạch tuyên truyền BHXH, BHYT giai đoạn 2026–2028'
  if (kind === 'final') return 'Tổng kết thực hiện Kế hoạch tuyên truyền BHXH, BHYT giai đoạn 2026–2030'
  const when = period === 'h1' ? `6 tháng đầu năm ${year}` : `năm ${year}`
  const what = `Kết quả công tác tuyên truyền BHXH, BHYT ${when}`
  return kind === 'city' ? `${what} trên địa bàn thành phố` : organization ? `${what} – ${organization}` : what
}

// ------------------------------------------------------------------------------------------
// Deadlines: data (the `report-deadlines` global); these defaults come from the seeds (unit
// reports before 10 January, the city report before 20 January of the next year).

export type DayOfYear = { day: number; month: number }
export type Deadlines = {
  unitYear: DayOfYear
  cityYear: DayOfYear
  unitHalfYear: DayOfYear
  cityHalfYear: DayOfYear
  reminderDaysBefore: number
}
export const DEFAULT_DEADLINES: Deadlines = {
  unitYear: { day: 10, month: 1 },
  cityYear: { day: 20, month: 1 },
  unitHalfYear: { day: 10, month: 7 },
  cityHalfYear: { day: 20, month: 7 },
  reminderDaysBefore: 7,
}

/** Stored deadlines (the global), with the seeds' defaults for anything never saved. */
export function deadlinesWithDefaults(d: Partial<Deadlines> | null | undefined): Deadlines {
  const day = (k: 'unitYear' | 'cityYear' | 'unitHalfYear' | 'cityHalfYear') =>
    d?.[k] && !dayOfYearError(d[k]) ? { day: d[k].day, month: d[k].month } : DEFAULT_DEADLINES[k]
  const days = d?.reminderDaysBefore
  return {
    unitYear: day('unitYear'),
    cityYear: day('cityYear'),
    unitHalfYear: day('unitHalfYear'),
    cityHalfYear: day('cityHalfYear'),
    reminderDaysBefore: typeof days === 'number' && days >= 1 && days <= 30 ? days : DEFAULT_DEADLINES.reminderDaysBefore,
  }
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The due date (YYYY-MM-DD, Vietnam calendar) of a report. Yearly ones fall in the next year. */
export function reportDueDate(kind: ReportKind, year: number, period: ReportPeriod, d: Deadlines = DEFAULT_DEADLINES): string {
  const unit = kind === 'unit'
  const when = period === 'h1' ? (unit ? d.unitHalfYear : d.cityHalfYear) : unit ? d.unitYear : d.cityYear
  // A yearly deadline in January–June is in the following year; a half-year one in the same year.
  const dueYear = period === 'year' && when.month <= 6 ? year + 1 : year
  return `${dueYear}-${pad(when.month)}-${pad(when.day)}`
}

/** Day and month of a deadline that exist in every year (29 February does not). */
export function dayOfYearError(value: Partial<DayOfYear> | null | undefined): string | null {
  const day = value?.day
  const month = value?.month
  if (!Number.isInteger(month) || month! < 1 || month! > 12) return 'Tháng phải từ 1 đến 12.'
  const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month! - 1]
  if (!Number.isInteger(day) || day! < 1 || day! > days) return `Ngày phải từ 1 đến ${days} với tháng ${month}.`
  return null
}

const DAY_MS = 86_400_000
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS

/** Whole Vietnam calendar days from today to the due date (negative once it has passed). */
export function daysUntil(dueDate: string, now: Date): number {
  return dayNumber(dueDate.slice(0, 10)) - dayNumber(vietnamDate(now))
}

/**
 * Which reminder a report still waiting for its organization should get now: "before" from
 * `daysBefore` days ahead of the deadline until the deadline, "overdue" from the day after it
 * (for 30 days, so a server that was down still sends it). Each is sent once (markers on the report).
 */
export function dueReminder(
  report: { status: ReportStatus; dueDate: string; reminderBeforeSentAt?: string | null; reminderOverdueSentAt?: string | null },
  now: Date,
  daysBefore = DEFAULT_DEADLINES.reminderDaysBefore,
): 'before' | 'overdue' | null {
  if (report.status !== 'draft' && report.status !== 'returned') return null
  const left = daysUntil(report.dueDate, now)
  if (left < 0 && left >= -30 && !report.reminderOverdueSentAt) return 'overdue'
  if (left >= 0 && left <= daysBefore && !report.reminderBeforeSentAt) return 'before'
  return null
}

/** The reporting periods whose unit-report deadline is within `days` days either side of now. */
export function periodsDueAround(now: Date, d: Deadlines = DEFAULT_DEADLINES, days = 31): { year: number; period: ReportPeriod; dueDate: string }[] {
  const today = vietnamDate(now)
  const thisYear = Number(today.slice(0, 4))
  const out: { year: number; period: ReportPeriod; dueDate: string }[] = []
  for (const year of [thisYear - 1, thisYear]) {
    if (year < TERM_FIRST_YEAR || year > TERM_LAST_YEAR) continue
    for (const period of REPORT_PERIODS) {
      const dueDate = reportDueDate('unit', year, period, d)
      if (Math.abs(daysUntil(dueDate, now)) <= days) out.push({ year, period, dueDate })
    }
  }
  return out
}

// ------------------------------------------------------------------------------------------
// Workflow: draft → submitted → accepted | returned; a returned report is corrected and sent again.

type Edge = `${ReportStatus}->${ReportStatus}`
const EDGES: Partial<Record<Edge, 'owner' | 'evaluator'>> = {
  'draft->submitted': 'owner',
  'returned->submitted': 'owner',
  'submitted->draft': 'owner', // withdraw before Sở Nội vụ decides
  'submitted->accepted': 'evaluator',
  'submitted->returned': 'evaluator',
  'accepted->returned': 'evaluator', // reopen an accepted report that needs a correction
}

export type ReportActor = { role: Role; ownsReport: boolean }

export function reportTransitionError(
  from: ReportStatus | null,
  to: ReportStatus,
  actor: ReportActor,
  returnReason?: string | null,
): { field: 'status' | 'returnReason'; message: string } | null {
  if (from === to) return null
  if (from === null) return to === 'draft' ? null : { field: 'status', message: 'Báo cáo mới phải ở trạng thái Dự thảo.' }
  const by = EDGES[`${from}->${to}`]
  if (!by) {
    // A status from the request may be no status at all: named as sent, not looked up.
    const name = (s: string) => REPORT_STATUS_LABELS[s as ReportStatus]?.vi ?? s
    return { field: 'status', message: `Không thể chuyển báo cáo từ "${name(from)}" sang "${name(to)}".` }
  }
  if (actor.role === 'admin') return null
  if (by === 'owner' && !actor.ownsReport) return { field: 'status', message: 'Chỉ đơn vị lập báo cáo mới được gửi hoặc rút báo cáo.' }
  if (by === 'evaluator' && actor.role !== 'evaluator') {
    return { field: 'status', message: 'Chỉ Sở Nội vụ (cán bộ đánh giá) mới được tiếp nhận hoặc trả lại báo cáo.' }
  }
  if (to === 'returned' && !returnReason?.trim()) return { field: 'returnReason', message: 'Cần nêu nội dung cần bổ sung khi trả lại báo cáo.' }
  return null
}

/** The narrative and figures may change only while the report is with its author. */
export function isReportEditable(status: ReportStatus | null | undefined): boolean {
  return !status || status === 'draft' || status === 'returned'
}

// ------------------------------------------------------------------------------------------
// Reminder emails

const dmy = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`

export function reportReminderEmail(
  which: 'before' | 'overdue',
  report: { id: number | string; title: string; dueDate: string; status: ReportStatus; kind?: string | null },
  organizationName: string,
  adminURL: string,
  now: Date,
) {
  const due = dmy(report.dueDate.slice(0, 10))
  const left = daysUntil(report.dueDate, now)
  const link = `${adminURL}/collections/reports/${report.id}`
  const returned = report.status === 'returned' ? ' (đã được trả lại để bổ sung)' : ''
  if (which === 'before') {
    return {
      subject: `[Loa] Còn ${left} ngày: hạn gửi báo cáo ${due}`,
      text: [
        `Kính gửi ${organizationName},`,
        '',
        `Báo cáo "${report.title}"${returned} cần gửi Sở Nội vụ trước ngày ${due} (còn ${left} ngày).`,
        report.kind === 'adhoc'
          ? 'Đây là báo cáo đột xuất theo yêu cầu của Sở Nội vụ; đơn vị viết nội dung được yêu cầu, khó khăn và đề xuất rồi bấm Gửi.'
          : 'Số liệu của đơn vị đã được Loa tổng hợp sẵn; đơn vị bổ sung phần đánh giá, khó khăn và đề xuất rồi bấm Gửi.',
        '',
        `Mở báo cáo: ${link}`,
        '',
        'Thư tự động từ Loa – hệ thống tuyên truyền BHXH, BHYT Hải Phòng.',
      ].join('\n'),
    }
  }
  return {
    subject: `[Loa] Quá hạn gửi báo cáo (hạn ${due})`,
    text: [
      `Kính gửi ${organizationName},`,
      '',
      `Đã quá hạn ${due} nhưng báo cáo "${report.title}"${returned} chưa được gửi Sở Nội vụ.`,
      'Đề nghị đơn vị hoàn thiện và gửi ngay; Sở Nội vụ theo dõi việc chấp hành chế độ báo cáo.',
      '',
      `Mở báo cáo: ${link}`,
      '',
      'Thư tự động từ Loa – hệ thống tuyên truyền BHXH, BHYT Hải Phòng.',
    ].join('\n'),
  }
}
