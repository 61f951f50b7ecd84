import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { relationId } from '../domain/relations'
import { asLoaUser, hasRole, hasScope, organizationIdOf } from './user'

/**
 * Participation figures: staff of the city read them all; a coordinator reads only the commune
 * of their own organization (a commune committee's own commune), never another's. An integration
 * reads them all with the read_figures scope.
 */
export const figureReaders: Access = async ({ req }) => {
  if (hasScope(req.user, 'read_figures')) return true
  if (!asLoaUser(req.user)) return false
  if (!hasRole(req.user, 'coordinator')) return true
  return ownCommune(req)
}

/**
 * Sở Nội vụ and admins change figures; a commune committee's coordinators may open their own
 * commune's to write its causes and remedies (field access keeps the counts Sở Nội vụ's).
 * An integration with import_figures replaces figures the way an import by Sở Nội vụ does.
 */
export const figureUpdaters: Access = ({ req }) => {
  if (figureImporter(req)) return true
  return hasRole(req.user, 'coordinator') ? ownCommune(req) : false
}

/** Who creates figures and writes their counts: Sở Nội vụ, admins, and integrations allowed to import. */
export const figureCreators: Access = ({ req }) => figureImporter(req)
export const figureCountEditors: FieldAccess = ({ req }) => figureImporter(req)

function figureImporter(req: PayloadRequest) {
  return hasRole(req.user, 'evaluator', 'admin') || hasScope(req.user, 'import_figures')
}

/** The figures of the commune the user's organization is the committee of (none for a city body). */
async function ownCommune(req: PayloadRequest) {
  const org = organizationIdOf(req.user)
  if (org === null) return false
  const doc = await req.payload.findByID({ collection: 'organizations', id: org, depth: 0, req, overrideAccess: true, disableErrors: true })
  const locality = relationId(doc?.locality)
  return locality === null ? false : { locality: { equals: locality } }
}
