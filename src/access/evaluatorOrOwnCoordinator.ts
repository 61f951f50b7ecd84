import type { Access } from 'payload'

import { sameOrganization } from './sameOrganization'
import { hasRole } from './user'

/**
 * Evaluators and admins reach every document (to decide on plans, to assign duties);
 * a coordinator reaches their own organization's documents.
 */
export const evaluatorOrOwnCoordinator: Access = (args) => {
  if (hasRole(args.req.user, 'evaluator', 'admin')) return true
  return hasRole(args.req.user, 'coordinator') ? sameOrganization(args) : false
}
