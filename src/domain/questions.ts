/** Where a Q&A item came from: written by staff, raised at an event, or sent by a citizen. */
export const QUESTION_SOURCES = ['staff', 'event', 'citizen'] as const
export type QuestionSource = (typeof QUESTION_SOURCES)[number]

export const QUESTION_SOURCE_LABELS: Record<QuestionSource, { vi: string; en: string }> = {
  staff: { vi: 'Cán bộ soạn', en: 'Written by staff' },
  event: { vi: 'Câu hỏi tại sự kiện', en: 'Raised at an event' },
  citizen: { vi: 'Người dân gửi', en: 'Sent by a citizen' },
}
