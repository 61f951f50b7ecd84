import type { CollectionBeforeChangeHook } from 'payload'

import { emailChangeRefusal } from '../../../src/domain/feedback'
import { fieldError } from '../../../src/lib/fieldError'

/** The sender's email is kept or erased after submission, never replaced, admins included. */
export const keepSenderEmail: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update') return data
  const refusal = emailChangeRefusal(originalDoc?.email, data.email)
  if (refusal) fieldError(req, 'feedback', 'email', refusal)
  return data
}
