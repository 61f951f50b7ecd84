import { vietnamDate } from './period'

export const ASSIGNMENT_STATUS_LABELS = {
  not_started: { vi: 'Chưa triển khai', en: 'Not started' },
  in_progress: { vi: 'Đang thực hiện', en: 'In progress' },
  done: { vi: 'Hoàn thành', en: 'Done' },
  blocked: { vi: 'Vướng mắc', en: 'Blocked' },
} as const
export type AssignmentStatus = keyof typeof ASSIGNMENT_STATUS_LABELS

export const RECURRENCE_LABELS = {
  once: { vi: 'Một lần', en: 'Once' },
  half_yearly: { vi: '6 tháng một lần', en: 'Every six months' },
  yearly: { vi: 'Hằng năm', en: 'Yearly' },
  continuous: { vi: 'Thường xuyên', en: 'Ongoing' },
} as const

/**
 * An assignment is overdue when its due day (in Vietnam) has passed and it is not done.
 * `today` is a YYYY-MM-DD Vietnam calendar day.
 */
export function isOverdue(status: AssignmentStatus, dueDate: string | null | undefined, today: string): boolean {
  if (!dueDate || status === 'done') return false
  const dueDay = /^\d{4}-\d{2}-\d{2}$/.test(dueDate) ? dueDate : vietnamDate(dueDate)
  return dueDay < today
}
