import type { Access, Where } from 'payload'

import { hasRole, organizationIdOf } from './user'

/**
 * Campaigns whose figures a coordinator may add events and media outputs to: those their
 * organization leads, or was named a partner of by the lead. Admins: all. Anyone else: none (an
 * attached event counts in the campaign's figures on the dashboard, and its owner could not remove it).
 */
export const campaignContributors: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!hasRole(req.user, 'coordinator')) return false
  const org = organizationIdOf(req.user)
  if (org === null) return false
  const ledOrPartnered: Where = { or: [{ organization: { equals: org } }, { partners: { in: [org] } }] }
  return ledOrPartnered
}
