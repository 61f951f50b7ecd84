import type { Access } from 'payload'

import { asLoaUser, hasRole, organizationIdOf } from './user'

/**
 * Plans: admins and evaluators read all; everyone else reads their own organization's plans
 * in any state and other organizations' plans once approved.
 * `prefix` is 'version.' when the rule guards readVersions.
 */
export function ownOrganizationOrApproved(prefix = ''): Access {
  return ({ req }) => {
    const user = asLoaUser(req.user)
    if (!user) return false
    if (hasRole(user, 'admin', 'evaluator')) return true
    const org = organizationIdOf(user)
    const approved = { [`${prefix}status`]: { equals: 'approved' } }
    if (org === null) return approved
    return { or: [{ [`${prefix}organization`]: { equals: org } }, approved] }
  }
}
