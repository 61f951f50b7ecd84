import type { Access } from 'payload'

import { hasRole, organizationIdOf } from './user'

/**
 * Events, campaigns and media outputs are written by the coordinators of the organization that
 * runs them (admins: all). Evaluators and communications staff read them, never change them.
 */
export const coordinatorsCreate: Access = ({ req }) => hasRole(req.user, 'coordinator', 'admin')

export const ownOrganizationCoordinators: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!hasRole(req.user, 'coordinator')) return false
  const org = organizationIdOf(req.user)
  return org === null ? false : { organization: { equals: org } }
}
