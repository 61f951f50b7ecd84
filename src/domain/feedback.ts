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
