import type { Endpoint } from 'payload'

import { FEEDBACK_SOURCE_LABELS } from '../../../src/domain/feedback'
import { problem } from '../../../src/lib/fieldError'
import { createQuestionDraft, draftCreated, draftExists, refuseUnlessContentAuthor } from '../../../src/lib/questionDrafts'

/**
 * POST /api/feedback/:id/draft — a citizen's question becomes a Q&A draft (source: citizen) in one
 * click, linked from the feedback item. Only the question's text, group and topic are copied:
 * never the asker's name or contact details. Asking twice returns the draft already made.
 */
export const feedbackToDraft: Endpoint = {
  path: '/:id/draft',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnlessContentAuthor(req)
    if (refused) return refused
    const id = String(req.routeParams?.id ?? '')
    const item = await req.payload.findByID({ collection: 'feedback', id, depth: 0, req, overrideAccess: false, user: req.user, disableErrors: true })
    if (!item) return problem(404, 'Không tìm thấy ý kiến này.')
    if (item.questionDraft) return draftExists(item.questionDraft, 'Ý kiến này')
    const received = new Date(item.createdAt).toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })
    const draft = await createQuestionDraft(req, {
      question: item.text,
      audienceGroups: item.audienceGroup ? [item.audienceGroup] : [],
      topics: item.topic ? [item.topic] : [],
      source: 'citizen',
      sourceNote: `${FEEDBACK_SOURCE_LABELS[item.source].vi}, ${received}`,
    })
    // The link back is the system's note (server rights), not a triage step.
    await req.payload.update({ collection: 'feedback', id: item.id, data: { questionDraft: draft.id }, req, depth: 0 })
    return draftCreated(draft)
  },
}
