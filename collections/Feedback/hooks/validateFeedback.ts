import type { CollectionBeforeChangeHook } from 'payload'
import { ValidationError } from 'payload'

import { feedbackErrors } from '../../../src/domain/feedback'

/** The rules of src/domain/feedback.ts on the stored result; stamps when it was answered. */
export const validateFeedback: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const errors = feedbackErrors(data)
  if (errors.length) {
    throw new ValidationError({ collection: 'feedback', errors: errors.map((e) => ({ path: e.field, message: e.message })), req }, req.t)
  }
  if (data.status === 'answered' && originalDoc?.status !== 'answered') data.answeredAt = new Date().toISOString()
  return data
}
