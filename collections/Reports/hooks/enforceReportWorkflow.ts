import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole, organizationIdOf, roleOf, sameId } from '../../../src/access/user'
import { relationId } from '../../../src/domain/relations'
import { vietnamDate } from '../../../src/domain/period'
import {
  adhocRequestError,
  deadlinesWithDefaults,
  isOrganizationReport,
  isReportEditable,
  reportDueDate,
  reportTitle,
  reportTransitionError,
  type Deadlines,
  type ReportKind,
  type ReportPeriod,
  type ReportStatus,
  REPORT_KINDS,
  REPORT_PERIODS,
} from '../../../src/domain/reports'
import { DUPLICATE_REVIEW_MESSAGE, isReviewKind, REVIEW_NARRATIVE_FIELDS, reviewDueDate, reviewYearError } from '../../../src/domain/reviewReport'
import { DUPLICATE_REPORT_MESSAGE } from '../../../src/domain/uniqueKeys'
import { fieldError } from '../../../src/lib/fieldError'

const NARRATIVE = ['results', 'difficulties', 'proposals', ...REVIEW_NARRATIVE_FIELDS, 'number', 'signerRole', 'signerName', 'kind', 'year', 'period', 'subject', 'requestDetails', 'staffTotal', 'staffInformed'] as const

/**
 * One report per organization, kind and period (ad hoc reports excepted: as many as Sở Nội vụ
 * requests); coordinators create only unit reports and write the ad hoc ones requested from them;
 * a report's kind never changes; status changes follow the workflow (draft → submitted → accepted
 * | returned) and are stamped; the text is frozen while Sở Nội vụ has it. Sets the title and the
 * due date (deadlines are data; an ad hoc report's is Sở Nội vụ's).
 */
export const enforceReportWorkflow: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const merged = { ...originalDoc, ...data }
  const kind = merged.kind as ReportKind
  const role = roleOf(req.user)
  const from: ReportStatus | null = operation === 'create' ? null : ((originalDoc?.status ?? 'draft') as ReportStatus)
  const to = (data.status ?? from ?? 'draft') as ReportStatus
  data.status = to

  if (operation === 'update' && data.kind !== undefined && data.kind !== originalDoc?.kind) fieldError(req, 'reports', 'kind', 'Không đổi được loại của báo cáo đã lập.')
  if (role === 'coordinator' && operation === 'create' && kind !== 'unit') {
    fieldError(req, 'reports', 'kind', kind === 'adhoc' ? 'Báo cáo đột xuất do Sở Nội vụ yêu cầu; đơn vị viết báo cáo đã được yêu cầu.' : 'Đơn vị chỉ lập báo cáo của đơn vị mình.')
  }
  if (kind === 'unit' && !relationId(merged.organization)) fieldError(req, 'reports', 'organization', 'Cần chọn đơn vị báo cáo.')
  if (kind === 'adhoc') {
    // Checked when set or changed: a report sent after its deadline is not refused for the date having passed.
    const day = (d: unknown) => (d && !Number.isNaN(new Date(String(d)).getTime()) ? vietnamDate(String(d)) : null)
    const sameDay = (a: unknown, b: unknown) => day(a) === day(b)
    const changedRequest = operation === 'create' || (merged.subject ?? '') !== (originalDoc?.subject ?? '') || !sameDay(merged.dueDate, originalDoc?.dueDate)
    const error = changedRequest ? adhocRequestError({ ...merged, organization: relationId(merged.organization) }, vietnamDate(new Date())) : null
    if (error) fieldError(req, 'reports', error.field, error.message)
    // Stored as the other deadlines are (the Vietnam day at 00:00 UTC: reminders read its first ten characters);
    // no reporting period: filed under its deadline's year.
    data.dueDate = `${day(merged.dueDate)}T00:00:00.000Z`
    data.year = Number(day(merged.dueDate)!.slice(0, 4))
    data.period = 'year'
  }
  if (isReviewKind(kind)) {
    data.period = 'year'
    // A review is made in its year (2028, 2030); its span is fixed, so its year is not a choice.
    const yearError = reviewYearError(kind, merged.year)
    if (yearError) fieldError(req, 'reports', 'year', yearError)
  }

  // (Who may write the text at all is field access: src/access/reportAccess.ts.)
  const owns = isOrganizationReport(kind) ? sameId(merged.organization, organizationIdOf(req.user)) : hasRole(req.user, 'evaluator')
  const changed =
    operation === 'update' ? NARRATIVE.find((f) => f in data && data[f] !== undefined && String(data[f] ?? '') !== String(originalDoc?.[f] ?? '')) : undefined
  if (changed && from !== null && !isReportEditable(from) && !hasRole(req.user, 'admin')) {
    fieldError(req, 'reports', changed, 'Báo cáo đã gửi Sở Nội vụ: không sửa được nội dung. Rút lại (về dự thảo) hoặc chờ trả lại để sửa.')
  }

  if (role && from !== to) {
    const error = reportTransitionError(from, to, { role, ownsReport: owns }, merged.returnReason)
    if (error) fieldError(req, 'reports', error.field, error.message)
  }

  // One report per organization (unit) or per city kind, for a given year and period. A kind or
  // period that is none is left to field validation (this hook runs first): PostgreSQL would
  // fail on it as a filter value.
  const validKey = (REPORT_KINDS as readonly unknown[]).includes(kind) && kind !== 'adhoc' && (REPORT_PERIODS as readonly unknown[]).includes(data.period ?? merged.period)
  const same = !validKey ? { docs: [] } : await req.payload.find({
    collection: 'reports',
    where: {
      and: [
        { kind: { equals: kind } },
        // At most one mid-term and one final review, whatever year an older one was saved with.
        ...(isReviewKind(kind) ? [] : [{ year: { equals: merged.year } }, { period: { equals: data.period ?? merged.period } }]),
        ...(kind === 'unit' ? [{ organization: { equals: relationId(merged.organization) } }] : []),
      ],
    },
    limit: 1,
    depth: 0,
    select: {},
    overrideAccess: true,
    req,
  })
  if (same.docs[0] && String(same.docs[0].id) !== String(originalDoc?.id ?? '')) {
    if (isReviewKind(kind)) fieldError(req, 'reports', 'kind', DUPLICATE_REVIEW_MESSAGE[kind])
    fieldError(req, 'reports', 'period', DUPLICATE_REPORT_MESSAGE)
  }

  const now = new Date().toISOString()
  if (from !== to && to === 'submitted') {
    data.submittedAt = now
    data.submittedBy = req.user?.id ?? null
  }
  if (from !== to && (to === 'accepted' || to === 'returned')) {
    data.decidedAt = now
    data.decidedBy = req.user?.id ?? null
  }

  const orgName = async () => {
    const id = relationId(merged.organization)
    if (id === null) return null
    const org = await req.payload.findByID({ collection: 'organizations', id, depth: 0, overrideAccess: true, disableErrors: true, req })
    return org?.name ?? null
  }
  const period = (data.period ?? merged.period) as ReportPeriod
  data.title = reportTitle(kind, merged.year, period, isOrganizationReport(kind) ? await orgName() : null, merged.subject)
  const deadlines = (await req.payload.findGlobal({ slug: 'report-deadlines', depth: 0, overrideAccess: true, req })) as unknown as Deadlines
  if (kind === 'adhoc') return data
  const due = isReviewKind(kind) ? reviewDueDate(kind) : reportDueDate(kind === 'unit' ? 'unit' : 'city', merged.year, period, deadlinesWithDefaults(deadlines))
  data.dueDate = `${due}T00:00:00.000Z`
  return data
}
