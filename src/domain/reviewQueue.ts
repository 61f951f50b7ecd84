/** What a reviewer has to look at: items waiting for approval and approved items flagged by a legal change. */
import type { ContentStatus } from './contentWorkflow'

export type QueueItem = {
  collection: 'messages' | 'materials' | 'questions'
  id: number | string
  title: string
  status: ContentStatus
  needsReview: boolean
  reviewNote?: string | null
  updatedAt: string
}

/** Flagged approved items first (they are public and may now be wrong), then the oldest waiting reviews. */
export function orderQueue(items: QueueItem[]): QueueItem[] {
  return [...items].sort((a, b) => {
    if (a.needsReview !== b.needsReview) return a.needsReview ? -1 : 1
    return a.updatedAt.localeCompare(b.updatedAt)
  })
}
