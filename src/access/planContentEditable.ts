import type { FieldAccess } from 'payload'

import { isPlanEditable, type PlanStatus } from '../domain/planWorkflow'
import { hasRole, organizationIdOf, roleOf, sameId } from './user'

/**
 * A plan's content can be changed by its own organization while it is a draft or returned;
 * admins always. Evaluators may open any plan to decide on it but not rewrite it.
 */
export const planContentEditable: FieldAccess = ({ req, doc }) => {
  if (hasRole(req.user, 'admin')) return true
  const role = roleOf(req.user)
  if (!role) return false
  if (!doc) return true // creating: the organization is forced to the author's own
  return (
    sameId(doc.organization, organizationIdOf(req.user)) &&
    isPlanEditable((doc.status ?? 'draft') as PlanStatus, role)
  )
}
