import type { Access, FieldAccess, Where } from 'payload'

import { isOrganizationReport } from '../domain/reports'
import { followsReporting } from './followsReporting'
import { hasRole, organizationIdOf, sameId } from './user'

/** Statuses of a report its author has sent: what BHXH thành phố follows (a returned one is the author's again). */
const SENT_STATUSES = ['submitted', 'accepted']

/**
 * Reports an author may work on: Sở Nội vụ's evaluators and admins every report; a coordinator
 * only their own organization's, never another's; communications staff none.
 */
function ownReports(user: unknown): boolean | Where {
  if (hasRole(user, 'evaluator', 'admin')) return true
  if (!hasRole(user, 'coordinator')) return false
  const org = organizationIdOf(user)
  return org === null ? false : { organization: { equals: org } }
}

/** Reading adds, for BHXH thành phố's staff, every report sent by any organization (plan VIII.1). */
export const reportReaders: Access = async ({ req }) => {
  const own = ownReports(req.user)
  if (own === true || !(await followsReporting(req.payload, req.user, req))) return own
  const sent: Where = { status: { in: SENT_STATUSES } }
  return own === false ? sent : { or: [own, sent] }
}

/**
 * Coordinators write their organization's unit reports; evaluators the city's reports and reviews,
 * and request ad hoc reports from organizations (the workflow hook holds each to its kinds).
 */
export const reportCreators: Access = ({ req }) => hasRole(req.user, 'coordinator', 'evaluator', 'admin')

/** Only the author's reach: following a report is reading it, never changing it. */
export const reportUpdaters: Access = ({ req }) => ownReports(req.user)

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
