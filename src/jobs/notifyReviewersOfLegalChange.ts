import type { TaskConfig } from 'payload'

import { legalChangeEmail, type FlaggedContent } from '../domain/reviewEmail'

export const NOTIFY_REVIEWERS_TASK = 'notifyReviewersOfLegalChange'
export type FlaggedItem = FlaggedContent

/**
 * One email to every reviewer listing the content flagged by a legal-document change. A job, so
 * it is retried when the mail server is unreachable and never blocks the change itself.
 */
export const notifyReviewersOfLegalChange: TaskConfig<{
  input: { documentId: number | string; reason: string; items: FlaggedItem[] }
  output: { sentTo: number }
}> = {
  slug: NOTIFY_REVIEWERS_TASK,
  label: 'Báo người duyệt rà soát nội dung khi văn bản pháp lý thay đổi',
  retries: 5,
  inputSchema: [
    { name: 'documentId', type: 'text', required: true },
    { name: 'reason', type: 'text', required: true },
    { name: 'items', type: 'json', required: true },
  ],
  outputSchema: [{ name: 'sentTo', type: 'number' }],
  handler: async ({ input, req }) => {
    const document = await req.payload.findByID({ collection: 'legal-documents', id: input.documentId, depth: 0, req })
    const { docs: reviewers } = await req.payload.find({
      collection: 'users',
      where: { role: { equals: 'reviewer' } },
      depth: 0,
      pagination: false,
      select: { email: true },
      req,
    })
    if (!reviewers.length) return { output: { sentTo: 0 } }
    const { subject, text } = legalChangeEmail({
      documentNumber: document.number,
      reason: input.reason,
      items: input.items,
      adminURL: `${req.payload.config.serverURL}/admin`,
    })
    await req.payload.sendEmail({ to: reviewers.map((r) => r.email), subject, text })
    return { output: { sentTo: reviewers.length } }
  },
}
