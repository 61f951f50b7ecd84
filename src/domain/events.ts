/**
 * Outreach events (plan sections IV.2 and VI): what they are, where they stand, and which
 * reports are impossible. Plain functions so every rule is unit-tested apart from Payload.
 */
import { isYearInTerm, TERM_FIRST_YEAR, TERM_LAST_YEAR, vietnamDate, vietnamWallClock } from './period'

export const EVENT_KINDS = [
  'conference',
  'seminar',
  'policy_dialogue',
  'onsite_counselling',
  'small_group',
  'staff_training',
  'integrated_meeting',
  'cultural_activity',
] as const
export type EventKind = (typeof EVENT_KINDS)[number]

export const EVENT_KIND_LABELS: Record<EventKind, { vi: string; en: string }> = {
  conference: { vi: 'Hội nghị', en: 'Conference' },
  seminar: { vi: 'Hội thảo, tọa đàm', en: 'Seminar' },
  policy_dialogue: { vi: 'Đối thoại chính sách', en: 'Policy dialogue' },
  onsite_counselling: { vi: 'Tư vấn tại cơ sở', en: 'On-site counselling' },
  small_group: { vi: 'Truyền thông nhóm nhỏ', en: 'Small-group session' },
  staff_training: { vi: 'Tập huấn tuyên truyền viên', en: 'Training for outreach staff' },
  integrated_meeting: { vi: 'Lồng ghép trong cuộc họp, sinh hoạt', en: 'Integrated into a meeting' },
  cultural_activity: { vi: 'Hoạt động văn hóa, cổ động trực quan', en: 'Cultural / visual activity' },
}

export const EVENT_STATUSES = ['planned', 'held', 'reported', 'cancelled'] as const
export type EventStatus = (typeof EVENT_STATUSES)[number]

export const EVENT_STATUS_LABELS: Record<EventStatus, { vi: string; en: string }> = {
  planned: { vi: 'Đã lên lịch', en: 'Planned' },
  held: { vi: 'Đã tổ chức', en: 'Held' },
  reported: { vi: 'Đã báo cáo kết quả', en: 'Reported' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
}

/** planned → held → reported, or planned → cancelled; a report can be reopened to correct it. */
const NEXT: Record<EventStatus, EventStatus[]> = {
  planned: ['held', 'cancelled'],
  held: ['reported', 'planned'],
  reported: ['held'],
  cancelled: ['planned'],
}

export function canMoveEvent(from: EventStatus | null, to: EventStatus): boolean {
  if (from === null) return to === 'planned' || to === 'held'
  return from === to || NEXT[from].includes(to)
}

/** The result fields: reported once the event has been held, never before. */
export const RESULT_FIELDS = [
  'attendance',
  'attendanceByGroup',
  'women',
  'materialsHandedOut',
  'questionsRaised',
  'satisfaction',
  'newVoluntaryBhxh',
  'newHouseholdBhyt',
  'actualCost',
] as const

const COUNT_FIELDS = ['plannedAttendance', 'attendance', 'women', 'materialsHandedOut', 'newVoluntaryBhxh', 'newHouseholdBhyt', 'actualCost'] as const

export type EventData = {
  status?: EventStatus | null
  startAt?: string | Date | null
  endAt?: string | Date | null
  cancelReason?: string | null
  plannedAttendance?: number | null
  attendance?: number | null
  attendanceByGroup?: { group?: unknown; count?: number | null }[] | null
  women?: number | null
  materialsHandedOut?: number | null
  questionsRaised?: unknown[] | null
  satisfaction?: number | null
  newVoluntaryBhxh?: number | null
  newHouseholdBhyt?: number | null
  actualCost?: number | null
}

export type EventError = { field: string; message: string }

const hasValue = (v: unknown) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)

/** Every reason the event cannot be stored as it is, each with the field to blame. */
export function eventErrors(e: EventData): EventError[] {
  const errors: EventError[] = []
  const status = e.status ?? 'planned'
  for (const [field, value] of [['startAt', e.startAt], ['endAt', e.endAt]] as const) {
    if (!value) continue
    const time = new Date(value).getTime()
    if (Number.isNaN(time)) errors.push({ field, message: 'Thời gian không hợp lệ.' })
    else if (!isYearInTerm(Number(vietnamDate(value).slice(0, 4)))) {
      errors.push({ field, message: `Sự kiện phải diễn ra trong giai đoạn ${TERM_FIRST_YEAR}–${TERM_LAST_YEAR}.` })
    }
  }
  if (e.startAt && e.endAt && new Date(e.endAt).getTime() < new Date(e.startAt).getTime()) {
    errors.push({ field: 'endAt', message: 'Thời gian kết thúc phải sau thời gian bắt đầu.' })
  }
  for (const field of COUNT_FIELDS) {
    const v = e[field]
    if (typeof v === 'number' && (v < 0 || Number.isNaN(v))) errors.push({ field, message: 'Số liệu không được âm.' })
    else if (typeof v === 'number' && field !== 'actualCost' && !Number.isInteger(v)) {
      errors.push({ field, message: 'Số người, số lượng phải là số nguyên.' })
    }
  }
  const byGroup = e.attendanceByGroup ?? []
  byGroup.forEach((row, i) => {
    if (typeof row.count === 'number' && row.count < 0) errors.push({ field: `attendanceByGroup.${i}.count`, message: 'Số liệu không được âm.' })
  })
  const groupSum = byGroup.reduce((sum, row) => sum + Math.max(0, row.count ?? 0), 0)
  if (typeof e.attendance === 'number' && e.attendance >= 0 && groupSum > e.attendance) {
    errors.push({
      field: 'attendanceByGroup',
      message: `Tổng số người theo nhóm đối tượng (${groupSum}) vượt quá tổng số người tham dự (${e.attendance}).`,
    })
  }
  if (typeof e.attendance === 'number' && typeof e.women === 'number' && e.women > e.attendance) {
    errors.push({ field: 'women', message: `Số nữ (${e.women}) vượt quá tổng số người tham dự (${e.attendance}).` })
  }
  if (typeof e.satisfaction === 'number' && (e.satisfaction < 0 || e.satisfaction > 100)) {
    errors.push({ field: 'satisfaction', message: 'Tỷ lệ hài lòng phải từ 0 đến 100%.' })
  }
  if (status === 'planned' || status === 'cancelled') {
    const reported = RESULT_FIELDS.filter((f) => hasValue(e[f]))
    if (reported.length) {
      errors.push({
        field: reported[0],
        message: 'Chỉ nhập kết quả sau khi sự kiện đã được tổ chức (chuyển trạng thái sang "Đã tổ chức").',
      })
    }
  }
  if (status === 'cancelled' && !e.cancelReason?.trim()) {
    errors.push({ field: 'cancelReason', message: 'Cần nêu lý do hủy sự kiện.' })
  }
  if (status === 'reported' && !hasValue(e.attendance)) {
    errors.push({ field: 'attendance', message: 'Cần nhập tổng số người tham dự trước khi báo cáo kết quả.' })
  }
  return errors
}

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy']

/** When an event happens, in Vietnam time: "Thứ Bảy, 28/11/2026, 08:00–10:30"; the end's date is named when it differs. */
export function eventTimeLabel(startAt: string | Date, endAt?: string | Date | null): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  const day = (d: Date) => `${WEEKDAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`
  const time = (d: Date) => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
  const start = vietnamWallClock(startAt)
  const head = `${day(start)}, ${time(start)}`
  if (!endAt) return head
  const end = vietnamWallClock(endAt)
  return day(end) === day(start) ? `${head}–${time(end)}` : `${head} – ${day(end)}, ${time(end)}`
}
