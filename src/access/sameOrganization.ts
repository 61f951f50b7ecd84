import type { Access } from 'payload'

import { asLoaUser, hasRole, organizationIdOf } from './user'

/**
 * Admins: every document. Everyone else: the documents of their own organization.
 * Used for update/delete of organization-owned documents.
 */
export const sameOrganization: Access = ({ req }) => {
  const user = asLoaUser(req.user)
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const org = organizationIdOf(user)
  return org === null ? false : { organization: { equals: org } }
}
