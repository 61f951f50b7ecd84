import type { CollectionAfterChangeHook } from 'payload'

import { EMAIL_ANSWER_TO_ASKER_TASK, NOTIFY_FEEDBACK_ASSIGNED_TASK } from '../../../src/jobs/feedbackEmails'
import { answerEmailDue } from '../../../src/domain/feedback'
import { relationId } from '../../../src/domain/relations'

/**
 * Queues the emails a triage step calls for, in the same transaction as the change (a failed save
 * sends nothing): a notice when the item is assigned to a new body, and the answer to the asker
 * when it is first answered (sent only if the asker consented and gave an address; never again,
 * whatever is saved later).
 */
export const queueFeedbackEmails: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const before = operation === 'create' ? undefined : previousDoc
  const assignee = relationId(doc.assignedTo)
  if (assignee && String(assignee) !== String(relationId(before?.assignedTo) ?? '')) {
    await req.payload.jobs.queue({ task: NOTIFY_FEEDBACK_ASSIGNED_TASK, input: { feedbackId: String(doc.id) }, req })
  }
  // `doc` is what the saving user may read, so consent and address are checked by the job.
  if (answerEmailDue(before, doc)) {
    await req.payload.jobs.queue({ task: EMAIL_ANSWER_TO_ASKER_TASK, input: { feedbackId: String(doc.id) }, req })
  }
  return doc
}
