import type { Access, FieldAccess } from 'payload'

import { hasRole, organizationIdOf, sameId } from './user'

/**
 * Reports: Sở Nội vụ's evaluators and admins see every report; a coordinator sees only their own
 * organization's reports, never another's; communications staff do not read reports.
 */
export const reportReaders: Access = ({ req }) => {
  if (hasRole(req.user, 'evaluator', 'admin')) return true
  if (!hasRole(req.user, 'coordinator')) return false
  const org = organizationIdOf(req.user)
  return org === null ? false : { organization: { equals: org } }
}

/** Coordinators write their organization's unit reports; evaluators the city's reports and reviews. */
export const reportCreators: Access = ({ req }) => hasRole(req.user, 'coordinator', 'evaluator', 'admin')

/** The same reach as reading; what each may change is checked by the workflow hook. */
export const reportUpdaters: Access = reportReaders

/**
 * A report's text is written by its author: the organization's coordinators for a unit report,
 * Sở Nội vụ's evaluators for the city's reports (admins: all). Evaluators decide on a unit report;
 * they do not rewrite it, as with plans.
 */
export const reportAuthorsField: FieldAccess = ({ req, doc }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!doc) return true
  if (doc.kind !== 'unit') return hasRole(req.user, 'evaluator')
  return hasRole(req.user, 'coordinator') && sameId(doc.organization, organizationIdOf(req.user))
}
