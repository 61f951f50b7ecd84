import type { Endpoint } from 'payload'

import { problem } from '../../../src/lib/fieldError'
import { createQuestionDraft, draftCreated, draftExists, refuseUnlessContentAuthor } from '../../../src/lib/questionDrafts'

/**
 * POST /api/events/:id/questions/:index/draft — one click turns a question raised at an event into
 * a Q&A draft for communications staff (source: event), linked back from the event. Asking twice
 * returns the draft already made.
 */
export const questionToDraft: Endpoint = {
  path: '/:id/questions/:index/draft',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnlessContentAuthor(req)
    if (refused) return refused
    const id = String(req.routeParams?.id ?? '')
    const index = Number(req.routeParams?.index)
    const event = await req.payload.findByID({ collection: 'events', id, depth: 0, req, overrideAccess: false, user: req.user, disableErrors: true })
    if (!event) return problem(404, 'Không tìm thấy sự kiện.')
    const rows = event.questionsRaised ?? []
    const row = Number.isInteger(index) ? rows[index] : undefined
    if (!row) return problem(404, 'Sự kiện không có câu hỏi ở vị trí này.')
    if (row.questionDraft) return draftExists(row.questionDraft, 'Câu hỏi này')
    const when = new Date(event.startAt).toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })
    const draft = await createQuestionDraft(req, {
      question: row.text,
      audienceGroups: event.audienceGroups ?? [],
      topics: event.topics ?? [],
      source: 'event',
      sourceNote: `${event.title} (${when})`,
    })
    // The link back is the system's note, not an edit by the event's organizer.
    const questionsRaised = rows.map((r, i) => (i === index ? { ...r, questionDraft: draft.id } : r))
    await req.payload.update({ collection: 'events', id, data: { questionsRaised }, req, depth: 0 })
    return draftCreated(draft)
  },
}
