import type { Access } from 'payload'

import { relationId } from '../domain/relations'
import { hasRole, organizationIdOf } from './user'

/**
 * Participation figures: staff of the city read them all; a coordinator reads only the commune
 * of their own organization (a commune committee's own commune), never another's.
 */
export const figureReaders: Access = async ({ req }) => {
  if (!req.user) return false
  if (!hasRole(req.user, 'coordinator')) return true
  const org = organizationIdOf(req.user)
  if (org === null) return false
  const doc = await req.payload.findByID({ collection: 'organizations', id: org, depth: 0, req, overrideAccess: true, disableErrors: true })
  const locality = relationId(doc?.locality)
  return locality === null ? false : { locality: { equals: locality } }
}
