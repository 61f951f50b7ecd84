import type { Access, Where } from 'payload'

import { asLoaUser, hasRole, organizationIdOf } from './user'

/** A plan can be deleted by an admin, or by its own organization while it is still a draft. */
export const planDeleters: Access = ({ req }) => {
  const user = asLoaUser(req.user)
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const org = organizationIdOf(user)
  if (!hasRole(user, 'coordinator', 'evaluator') || org === null) return false
  const ownDraft: Where = { and: [{ organization: { equals: org } }, { status: { equals: 'draft' } }] }
  return ownDraft
}
