import type { Access, FieldAccess } from 'payload'

import { isOrganizationReport } from '../domain/reports'
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

/**
 * Coordinators write their organization's unit reports; evaluators the city's reports and reviews,
 * and request ad hoc reports from organizations (the workflow hook holds each to its kinds).
 */
export const reportCreators: Access = ({ req }) => hasRole(req.user, 'coordinator', 'evaluator', 'admin')

/** The same reach as reading; what each may change is checked by the workflow hook. */
export const reportUpdaters: Access = reportReaders

/**
 * A report's text is written by its author: the organization's coordinators for a unit report or
 * an ad hoc report requested from it, Sở Nội vụ's evaluators for the city's reports (admins: all).
 * Evaluators decide on an organization's report; they do not rewrite it, as with plans.
 */
export const reportAuthorsField: FieldAccess = ({ req, doc }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!doc) return true
  if (!isOrganizationReport(doc.kind)) return hasRole(req.user, 'evaluator')
  return hasRole(req.user, 'coordinator') && sameId(doc.organization, organizationIdOf(req.user))
}

/** What an ad hoc report asks (its subject and deadline) is Sở Nội vụ's to set, not the organization's. */
export const reportRequestField: FieldAccess = ({ req }) => hasRole(req.user, 'evaluator', 'admin')
