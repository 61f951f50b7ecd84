import type { Access, FieldAccess } from 'payload'

import { FEEDBACK_TRIAGE_ROLES } from '../domain/feedback'
import { asLoaUser, hasRole, isApiClient, organizationIdOf, sameId } from './user'

/**
 * Anyone sends feedback (the public form, staff logging it), but not an integration: feedback is
 * closed to keys, and a key's request would skip the public form's spam trap and rate limit.
 */
export const feedbackCreators: Access = ({ req }) => !isApiClient(req.user)

/**
 * Feedback: anyone may send it (the public form); staff who triage and evaluate (admins,
 * evaluators, BHXH communications staff and reviewers) read all of it; a coordinator reads and
 * answers what is assigned to their organization. The public never reads it back.
 */
export const feedbackReaders: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'evaluator', 'editor', 'reviewer')) return true
  if (!hasRole(req.user, 'coordinator')) return false
  const org = organizationIdOf(req.user)
  return org === null ? false : { assignedTo: { equals: org } }
}

/**
 * Triage staff (admins, BHXH's editors and reviewers) update any item; a coordinator the items
 * assigned to their organization. Who may change the assignee, and to whom, is checked on the
 * change itself (collections/Feedback/hooks/guardAssignment.ts).
 */
export const feedbackUpdaters: Access = ({ req }) => {
  if (hasRole(req.user, ...FEEDBACK_TRIAGE_ROLES)) return true
  if (!hasRole(req.user, 'coordinator')) return false
  const org = organizationIdOf(req.user)
  return org === null ? false : { assignedTo: { equals: org } }
}

/**
 * Name, phone and email: admins and the organization the item is assigned to, nobody else —
 * not evaluators, not other organizations, never the public (Decree 13/2023).
 */
export const personalDataReaders: FieldAccess = ({ req, doc }) => {
  if (hasRole(req.user, 'admin')) return true
  const user = asLoaUser(req.user)
  if (!user || !doc) return false
  return sameId(doc.assignedTo, organizationIdOf(user))
}

/** Triage fields (status, assignee, answer) are staff work: the public form cannot set them. */
export const staffField: FieldAccess = ({ req }) => asLoaUser(req.user) !== null

/**
 * The sender's email comes from the sender alone (the public form): staff logging a call or a
 * visit cannot type one, so no answer is ever emailed to an address staff chose.
 */
export const senderOnlyField: FieldAccess = ({ req }) => !req.user
