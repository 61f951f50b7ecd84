import type { CollectionBeforeValidateHook } from 'payload'

import { hasRole } from '../../../src/access/user'
import { assignOwnOrganization } from '../../../src/hooks/assignOwnOrganization'

/**
 * A report belongs to its writer's organization, except an ad hoc report Sở Nội vụ requests: it
 * is created by an evaluator for the organization named in the request (kept as it was afterwards,
 * as for every report).
 */
export const assignReportOrganization: CollectionBeforeValidateHook = (args) => {
  const { data, operation, req } = args
  if (operation === 'create' && data?.kind === 'adhoc' && hasRole(req.user, 'evaluator')) return data
  return assignOwnOrganization(args)
}
