import type { Access, PayloadRequest } from 'payload'

import { relationId } from '../domain/relations'
import { hasRole, organizationIdOf } from './user'

/**
 * Participation figures: staff of the city read them all; a coordinator reads only the commune
 * of their own organization (a commune committee's own commune), never another's.
 */
export const figureReaders: Access = async ({ req }) => {
  if (!req.user) return false
  if (!hasRole(req.user, 'coordinator')) return true
  return ownCommune(req)
}

/**
 * Sở Nội vụ and admins change figures; a commune committee's coordinators may open their own
 * commune's to write its causes and remedies (field access keeps the counts Sở Nội vụ's).
 */
export const figureUpdaters: Access = ({ req }) => {
  if (hasRole(req.user, 'evaluator', 'admin')) return true
  return hasRole(req.user, 'coordinator') ? ownCommune(req) : false
}

/** The figures of the commune the user's organization is the committee of (none for a city body). */
async function ownCommune(req: PayloadRequest) {
  const org = organizationIdOf(req.user)
  if (org === null) return false
  const doc = await req.payload.findByID({ collection: 'organizations', id: org, depth: 0, req, overrideAccess: true, disableErrors: true })
  const locality = relationId(doc?.locality)
  return locality === null ? false : { locality: { equals: locality } }
}
