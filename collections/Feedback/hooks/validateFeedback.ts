import type { CollectionBeforeChangeHook } from 'payload'

import { feedbackErrors } from '../../../src/domain/feedback'
import { fieldErrors } from '../../../src/lib/fieldError'

/** The rules of src/domain/feedback.ts on the stored result; stamps when it was answered. */
export const validateFeedback: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const errors = feedbackErrors(data)
  if (errors.length) fieldErrors(req, 'feedback', errors)
  if (data.status === 'answered' && originalDoc?.status !== 'answered') data.answeredAt = new Date().toISOString()
  return data
}
