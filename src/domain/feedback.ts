/**
 * Feedback from citizens, workers and employers: what it is, where it came from, how it moves,
 * and the rules for the personal data it may carry (Decree 13/2023/NĐ-CP: only with consent).
 */
export const FEEDBACK_KINDS = ['question', 'complaint', 'suggestion'] as const
export const FEEDBACK_KIND_LABELS = {
  question: { vi: 'Câu hỏi', en: 'Question' },
  complaint: { vi: 'Phản ánh, khiếu nại', en: 'Complaint' },
  suggestion: { vi: 'Kiến nghị, góp ý', en: 'Suggestion' },
} as const

export const FEEDBACK_SOURCE_LABELS = {
  web_form: { vi: 'Biểu mẫu trên trang web', en: 'Public web form' },
  event: { vi: 'Tại sự kiện', en: 'At an event' },
  hotline: { vi: 'Đường dây nóng', en: 'Hotline' },
  visit: { vi: 'Trực tiếp, tại nhà', en: 'Visit' },
} as const

export const FEEDBACK_STATUSES = ['new', 'assigned', 'answered', 'closed', 'escalated'] as const
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number]
export const FEEDBACK_STATUS_LABELS: Record<FeedbackStatus, { vi: string; en: string }> = {
  new: { vi: 'Mới', en: 'New' },
  assigned: { vi: 'Đã giao xử lý', en: 'Assigned' },
  answered: { vi: 'Đã trả lời', en: 'Answered' },
  closed: { vi: 'Đã đóng', en: 'Closed' },
  escalated: { vi: 'Chuyển cấp trên', en: 'Escalated' },
}

/** The fields that identify a person: kept only with consent, shown only to admins and the assigned body. */
export const PERSONAL_FIELDS = ['name', 'phone', 'email'] as const

export type FeedbackData = {
  status?: FeedbackStatus | null
  consent?: boolean | null
  name?: string | null
  phone?: string | null
  email?: string | null
  assignedTo?: unknown
  answer?: string | null
}

export type FeedbackError = { field: string; message: string }

const VN_PHONE = /^(\+84|0)(3|5|7|8|9)\d{8}$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/

export function feedbackErrors(f: FeedbackData): FeedbackError[] {
  const errors: FeedbackError[] = []
  const given = PERSONAL_FIELDS.filter((k) => (f[k] ?? '').toString().trim() !== '')
  if (given.length && !f.consent) {
    errors.push({
      field: 'consent',
      message: 'Cần đánh dấu đồng ý cho phép sử dụng thông tin cá nhân (Nghị định 13/2023/NĐ-CP), hoặc để trống họ tên, điện thoại, email.',
    })
  }
  const phone = f.phone?.replace(/[\s.-]/g, '')
  if (phone && !VN_PHONE.test(phone)) errors.push({ field: 'phone', message: 'Số điện thoại không hợp lệ (ví dụ 0912345678).' })
  if (f.email?.trim() && !EMAIL.test(f.email.trim())) errors.push({ field: 'email', message: 'Địa chỉ email không hợp lệ.' })
  const status = f.status ?? 'new'
  if ((status === 'assigned' || status === 'escalated') && !f.assignedTo) {
    errors.push({ field: 'assignedTo', message: 'Cần chọn đơn vị được giao xử lý.' })
  }
  if ((status === 'answered' || status === 'closed') && !f.answer?.trim()) {
    errors.push({ field: 'answer', message: 'Cần nhập nội dung trả lời trước khi chuyển trạng thái.' })
  }
  return errors
}

/**
 * Who triages feedback: BHXH thành phố's communications staff (editors, reviewers) and admins.
 * They read every item and decide which organization answers it.
 */
export const FEEDBACK_TRIAGE_ROLES = ['admin', 'editor', 'reviewer'] as const

type Id = number | string
export type Assigner = { role: string | null; organization: Id | null }

export const ASSIGN_TO_OWN_ORGANIZATION =
  'Không thể tự giao ý kiến cho chính đơn vị của mình: họ tên, điện thoại, email của người gửi chỉ đơn vị được giao xem được. Đề nghị quản trị hệ thống giao nếu đơn vị bạn cần xử lý.'
export const ASSIGN_NOT_ALLOWED = 'Bạn không có quyền giao ý kiến này cho đơn vị khác.'

const same = (a: Id | null, b: Id | null) => a !== null && b !== null && String(a) === String(b)

/**
 * Whether `by` may move an existing item from one assignee to another (null: unassigned), and if
 * not, why. Whoever an item is assigned to reads its sender's details, so nobody but an admin may
 * assign an item to their own organization; triage staff assign to any other organization; the
 * organization holding an item may hand it on (or back to triage); nobody else assigns.
 * `by` null is the server's own code (seed, imports, jobs). Creating an item is not a reassignment:
 * its author typed the details they would read.
 */
export function reassignmentRefusal(by: Assigner | null, from: Id | null, to: Id | null): string | null {
  if (same(from, to) || (from === null && to === null)) return null
  if (by === null || by.role === 'admin') return null
  if (same(to, by.organization)) return ASSIGN_TO_OWN_ORGANIZATION
  if ((FEEDBACK_TRIAGE_ROLES as readonly string[]).includes(by.role ?? '')) return null
  if (by.role === 'coordinator' && same(from, by.organization)) return null
  return ASSIGN_NOT_ALLOWED
}

export const EMAIL_ONLY_ERASED = 'Email do người gửi cung cấp không sửa được, chỉ có thể xóa: thư trả lời chỉ gửi tới địa chỉ người gửi đã cho.'

/**
 * The sender's email may be kept or erased after submission, never replaced by anyone: answers
 * are emailed to it, so a new address would send an official letter wherever staff typed.
 */
export function emailChangeRefusal(before: string | null | undefined, after: string | null | undefined): string | null {
  const was = (before ?? '').trim()
  const now = (after ?? '').trim()
  return now === '' || now === was ? null : EMAIL_ONLY_ERASED
}

/**
 * The answer is emailed on the item's first answer only: reopening and answering again, or saving
 * an answered item, sends nothing more (`answeredAt` is stamped on the first answer).
 */
export function answerEmailDue(before: { status?: string | null; answeredAt?: string | null } | undefined, after: { status?: string | null }): boolean {
  return after.status === 'answered' && before?.status !== 'answered' && !before?.answeredAt
}
