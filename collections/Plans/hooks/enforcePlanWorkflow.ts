import type { CollectionBeforeChangeHook } from 'payload'

import { organizationIdOf, roleOf, sameId } from '../../../src/access/user'
import { planTransitionError, type PlanStatus } from '../../../src/domain/planWorkflow'
import { fieldError } from '../../../src/lib/fieldError'

/**
 * Checks every status change against the plan workflow and stamps who submitted and who
 * decided. Runs without a user for seeding and trusted server code (overrideAccess).
 */
export const enforcePlanWorkflow: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const from: PlanStatus | null = operation === 'create' ? null : ((originalDoc?.status ?? 'draft') as PlanStatus)
  const to: PlanStatus = (data.status ?? from ?? 'draft') as PlanStatus
  data.status = to
  const role = roleOf(req.user)
  if (from === to) return data

  if (role) {
    const error = planTransitionError(
      from,
      to,
      {
        role,
        ownsPlan: sameId(data.organization ?? originalDoc?.organization, organizationIdOf(req.user)),
        submittedIt: sameId(originalDoc?.submittedBy, req.user?.id),
      },
      data.returnReason,
    )
    if (error) fieldError(req, 'plans', error.field, error.message)
  }

  const now = new Date().toISOString()
  if (to === 'submitted') {
    data.submittedBy = req.user?.id ?? null
    data.submittedAt = now
  }
  if (to === 'approved' || to === 'returned') {
    data.decidedBy = req.user?.id ?? null
    data.decidedAt = now
  }
  return data
}
