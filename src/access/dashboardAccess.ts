import type { DashboardQuery } from '../domain/dashboard'
import { hasRole, organizationIdOf } from './user'

/**
 * What a user may see on the dashboard: Sở Nội vụ's evaluators and admins, and BHXH thành phố's
 * staff who follow every report (`followsReporting`, read-only anyway), any scope; a coordinator
 * only their own organization, whatever they asked for; anyone else nothing (null).
 */
export function allowedDashboardQuery(user: unknown, asked: DashboardQuery, followsReporting = false): DashboardQuery | null {
  if (hasRole(user, 'evaluator', 'admin') || followsReporting) return asked
  if (!hasRole(user, 'coordinator')) return null
  const org = organizationIdOf(user)
  return org === null ? null : { ...asked, scope: 'organization', id: String(org) }
}
