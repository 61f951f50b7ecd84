import type { Access } from 'payload'

import { hasRole } from './user'

/**
 * Admins delete anything; editors and reviewers only drafts. Approved and retired items stay
 * for the record (they are retired, not deleted), as do items in review.
 */
export const contentDeleters: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (hasRole(req.user, 'editor', 'reviewer')) return { status: { equals: 'draft' } }
  return false
}
