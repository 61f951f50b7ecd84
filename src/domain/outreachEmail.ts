/**
 * The emails around outreach events and citizens' feedback: who is due one and what it says.
 * Plain functions (no Payload) so the timing rules and the Vietnamese texts are unit-tested; the
 * jobs in src/jobs/ gather the data and send.
 */
import { eventTimeLabel } from './events'
import { vietnamDate, vietnamDayStart } from './period'

const DAY = 24 * 3600 * 1000
/** How long after an event its organizer is reminded to log the results. */
export const RESULTS_REMINDER_AFTER_DAYS = 3
/** Events that ended longer ago than this are not chased any more (e.g. right after an import). */
export const RESULTS_REMINDER_GIVE_UP_DAYS = 30

const SIGNATURE = '— Loa, hệ thống tuyên truyền BHXH, BHYT Hải Phòng (thư tự động, không trả lời thư này)'

/** The Vietnam calendar day after `now`'s, as [start, end) instants: the events a day-before reminder is for. */
export function tomorrowInVietnam(now: Date): { from: Date; to: Date } {
  const from = new Date(vietnamDayStart(vietnamDate(now)).getTime() + DAY)
  return { from, to: new Date(from.getTime() + DAY) }
}

/** Ends that are due a results reminder now: between 30 and 3 days ago. */
export function resultsReminderWindow(now: Date): { from: Date; to: Date } {
  return {
    from: new Date(now.getTime() - RESULTS_REMINDER_GIVE_UP_DAYS * DAY),
    to: new Date(now.getTime() - RESULTS_REMINDER_AFTER_DAYS * DAY),
  }
}

export type ReminderEvent = {
  status?: string | null
  startAt: string
  endAt: string
  attendance?: number | null
  /** The start time the day-before reminder was sent for; a rescheduled event is reminded again. */
  reminderSentFor?: string | null
  resultsReminderSentAt?: string | null
}

export function dueDayBeforeReminder(event: ReminderEvent, now: Date): boolean {
  if (event.status !== 'planned') return false
  const { from, to } = tomorrowInVietnam(now)
  const start = new Date(event.startAt).getTime()
  const alreadySent = event.reminderSentFor && new Date(event.reminderSentFor).getTime() === start
  return start >= from.getTime() && start < to.getTime() && !alreadySent
}

/**
 * An event that ended three days ago and still has no results: held (or never marked held) and
 * no attendance logged. Reminded once.
 */
export function dueResultsReminder(event: ReminderEvent, now: Date): boolean {
  if (event.status !== 'held' && event.status !== 'planned') return false
  if (typeof event.attendance === 'number' || event.resultsReminderSentAt) return false
  const end = new Date(event.endAt).getTime()
  const { from, to } = resultsReminderWindow(now)
  return end >= from.getTime() && end <= to.getTime()
}

export type EventSummary = {
  id: number | string
  title: string
  kind: string
  startAt: string
  endAt: string
  place: string
}

const eventLines = (e: EventSummary) => [`Sự kiện: ${e.title}`, `Hình thức: ${e.kind}`, `Thời gian: ${eventTimeLabel(e.startAt, e.endAt)}`, `Địa điểm: ${e.place}`]

export function dayBeforeReminderEmail(event: EventSummary, adminURL: string) {
  return {
    subject: `[Loa] Nhắc lịch: "${event.title}" diễn ra ngày mai`,
    text: [
      'Kính gửi đơn vị tổ chức,',
      '',
      'Loa nhắc lịch sự kiện tuyên truyền của đơn vị diễn ra vào ngày mai:',
      '',
      ...eventLines(event),
      '',
      'Đề nghị chuẩn bị tài liệu, thông điệp chuẩn và danh sách đại biểu. Nếu sự kiện thay đổi thời gian hoặc bị hủy, vui lòng cập nhật trên Loa:',
      `${adminURL}/collections/events/${event.id}`,
      '',
      SIGNATURE,
    ].join('\n'),
  }
}

export function resultsReminderEmail(event: EventSummary, adminURL: string) {
  return {
    subject: `[Loa] Chưa có kết quả sự kiện "${event.title}"`,
    text: [
      'Kính gửi đơn vị tổ chức,',
      '',
      `Sự kiện dưới đây đã kết thúc hơn ${RESULTS_REMINDER_AFTER_DAYS} ngày nhưng chưa được nhập kết quả:`,
      '',
      ...eventLines(event),
      '',
      'Đề nghị cập nhật trạng thái "Đã tổ chức" và nhập số người tham dự (theo nhóm đối tượng), câu hỏi của người dự, số người đăng ký BHXH tự nguyện, BHYT hộ gia đình mới và kinh phí thực tế, để kết quả được tính vào báo cáo định kỳ:',
      `${adminURL}/collections/events/${event.id}`,
      '',
      SIGNATURE,
    ].join('\n'),
  }
}

export type FeedbackSummary = {
  id: number | string
  kind: string
  text: string
  locality?: string | null
  topic?: string | null
  /** Whether the asker left contact details (shown in Loa, never copied into email). */
  hasContact: boolean
}

export function feedbackAssignedEmail(item: FeedbackSummary, organizationName: string, adminURL: string) {
  return {
    subject: `[Loa] ${organizationName} được giao xử lý một ${item.kind.toLowerCase()} của người dân`,
    text: [
      `Kính gửi ${organizationName},`,
      '',
      'Đơn vị được giao xử lý ý kiến sau:',
      '',
      `Loại: ${item.kind}`,
      ...(item.locality ? [`Địa bàn: ${item.locality}`] : []),
      ...(item.topic ? [`Chủ đề: ${item.topic}`] : []),
      `Nội dung: ${item.text}`,
      '',
      item.hasContact
        ? 'Người gửi đã để lại thông tin liên hệ và đồng ý cho cơ quan sử dụng để trả lời; thông tin này chỉ xem được trên Loa (Nghị định 13/2023/NĐ-CP).'
        : 'Người gửi không để lại thông tin liên hệ; câu trả lời có thể được đăng thành hỏi – đáp chung.',
      '',
      `Xem và trả lời: ${adminURL}/collections/feedback/${item.id}`,
      '',
      SIGNATURE,
    ].join('\n'),
  }
}

export function answerEmail(input: { name?: string | null; question: string; answer: string; answeredBy?: string | null }) {
  return {
    subject: '[Loa] Trả lời câu hỏi, góp ý của bạn về BHXH, BHYT',
    text: [
      `Kính gửi ${input.name?.trim() || 'ông/bà'},`,
      '',
      'Cảm ơn bạn đã gửi câu hỏi, góp ý về chính sách bảo hiểm xã hội, bảo hiểm y tế. Nội dung bạn gửi:',
      '',
      ...input.question.split('\n').map((line) => `> ${line}`),
      '',
      `Trả lời${input.answeredBy ? ` của ${input.answeredBy}` : ''}:`,
      '',
      input.answer,
      '',
      'Bạn nhận được thư này vì đã đồng ý cho cơ quan sử dụng email để trả lời (Nghị định 13/2023/NĐ-CP).',
      SIGNATURE,
    ].join('\n'),
  }
}
