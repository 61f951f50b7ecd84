import type { TaskConfig } from 'payload'

import { FEEDBACK_KIND_LABELS } from '../domain/feedback'
import { answerEmail, feedbackAssignedEmail } from '../domain/outreachEmail'
import { relationId, relationName } from '../domain/relations'
import { organizationRecipients } from '../lib/organizationRecipients'

export const NOTIFY_FEEDBACK_ASSIGNED_TASK = 'notifyFeedbackAssigned'
export const EMAIL_ANSWER_TO_ASKER_TASK = 'emailAnswerToAsker'

/**
 * Tells the organization a feedback item was assigned to. Re-reads the item when it runs, so a
 * reassignment in the meantime sends to the new body only. The asker's contact details stay in Loa.
 */
export const notifyFeedbackAssigned: TaskConfig<{ input: { feedbackId: string }; output: { sentTo: number } }> = {
  slug: NOTIFY_FEEDBACK_ASSIGNED_TASK,
  label: 'Báo đơn vị được giao xử lý ý kiến người dân',
  retries: 5,
  inputSchema: [{ name: 'feedbackId', type: 'text', required: true }],
  outputSchema: [{ name: 'sentTo', type: 'number' }],
  handler: async ({ input, req }) => {
    const item = await req.payload.findByID({ collection: 'feedback', id: input.feedbackId, depth: 1, req, disableErrors: true })
    const organization = relationId(item?.assignedTo)
    if (!item || !organization) return { output: { sentTo: 0 } }
    const { name, to } = await organizationRecipients(req, organization)
    if (!to.length) return { output: { sentTo: 0 } }
    const email = feedbackAssignedEmail(
      {
        id: item.id,
        kind: FEEDBACK_KIND_LABELS[item.kind].vi,
        text: item.text,
        locality: relationName(item.locality),
        topic: relationName(item.topic),
        hasContact: Boolean(item.consent && (item.email || item.phone)),
      },
      name,
      `${req.payload.config.serverURL}/admin`,
    )
    await req.payload.sendEmail({ to, ...email })
    return { output: { sentTo: to.length } }
  },
}

/**
 * Emails the answer to the person who asked, only when they gave an address and consented
 * (Decree 13/2023), only while the item is still answered when the job runs, and once per item.
 */
export const emailAnswerToAsker: TaskConfig<{ input: { feedbackId: string }; output: { sent: boolean } }> = {
  slug: EMAIL_ANSWER_TO_ASKER_TASK,
  label: 'Gửi câu trả lời qua email cho người hỏi',
  retries: 5,
  inputSchema: [{ name: 'feedbackId', type: 'text', required: true }],
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  handler: async ({ input, req }) => {
    const item = await req.payload.findByID({ collection: 'feedback', id: input.feedbackId, depth: 1, req, disableErrors: true })
    // Once per item: a second job (queued by a racing save) finds the first one's note and stops.
    if (!item || item.answerEmailedAt || item.status !== 'answered' || !item.consent || !item.email?.trim() || !item.answer?.trim()) {
      return { output: { sent: false } }
    }
    const email = answerEmail({ name: item.name, question: item.text, answer: item.answer, answeredBy: relationName(item.assignedTo) })
    await req.payload.sendEmail({ to: item.email.trim(), ...email })
    // The system's note that the answer went out, not an edit by staff.
    await req.payload.db.updateOne({ collection: 'feedback', id: item.id, data: { answerEmailedAt: new Date().toISOString() }, req, returning: false })
    return { output: { sent: true } }
  },
}
