import type { CollectionAfterChangeHook } from 'payload'

import { reviewReason, statusChangeCallsForReview, type LegalDocumentStatus } from '../../../src/domain/legalDocuments'
import { asSystemWrite, type ContentSlug } from '../../../src/hooks/contentWorkflow'
import { NOTIFY_REVIEWERS_TASK, type FlaggedItem } from '../../../src/jobs/notifyReviewersOfLegalChange'

const CITING: ContentSlug[] = ['messages', 'materials', 'questions']
const TITLE_FIELD: Record<ContentSlug, string> = { messages: 'title', materials: 'title', questions: 'question' }

/**
 * When a document becomes amended, replaced or expired, every approved message, material and Q&A
 * citing it is flagged "needs review" in the same transaction, and one email listing them is
 * queued for the reviewers (a job, so a mail server that is down delays the mail, not the change).
 */
export const flagContentCitingChangedDocument: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const before = operation === 'create' ? null : (previousDoc?.status as LegalDocumentStatus | undefined)
  if (!statusChangeCallsForReview(before, doc.status)) return doc

  const reason = reviewReason(doc, new Date())
  const flagged: FlaggedItem[] = []
  for (const collection of CITING) {
    const { docs } = await req.payload.find({
      collection,
      where: { and: [{ status: { equals: 'approved' } }, { 'legalBasis.document': { equals: doc.id } }] },
      depth: 0,
      pagination: false,
      select: { [TITLE_FIELD[collection]]: true },
      req,
    })
    for (const item of docs as unknown as Array<Record<string, unknown> & { id: number | string }>) {
      await asSystemWrite(req, () =>
        req.payload.update({ collection, id: item.id, data: { needsReview: true, reviewNote: reason } as never, req, depth: 0 }),
      )
      flagged.push({ collection, id: item.id, title: String(item[TITLE_FIELD[collection]] ?? '') })
    }
  }
  if (flagged.length) {
    await req.payload.jobs.queue({
      task: NOTIFY_REVIEWERS_TASK,
      input: { documentId: doc.id, reason, items: flagged },
      req,
    })
  }
  return doc
}
