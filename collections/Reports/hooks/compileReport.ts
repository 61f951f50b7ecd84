import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '../../../src/domain/relations'
import { isReportEditable, REPORT_PERIODS, type ReportPeriod, type ReportStatus } from '../../../src/domain/reports'
import { compileUnitFigures } from '../../../src/lib/reportCompiler'

/**
 * A unit report's figures are compiled from what its organization logged in Loa, on every save
 * while it is with its author and one last time as it is submitted; from then on they stay what
 * Sở Nội vụ received. Runs in the save's transaction, so figures and report commit together.
 */
export const compileReport: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const merged = { ...originalDoc, ...data }
  if (merged.kind !== 'unit') return data
  const from = operation === 'create' ? null : ((originalDoc?.status ?? 'draft') as ReportStatus)
  if (!isReportEditable(from)) return data
  const organization = relationId(merged.organization)
  if (organization === null) return data
  // Collection hooks run before field validation: a year or period that is no year or period is refused there, not computed with.
  if (!Number.isInteger(merged.year) || !REPORT_PERIODS.includes(merged.period)) return data
  data.figures = await compileUnitFigures(req.payload, { organization: String(organization), year: merged.year, period: merged.period as ReportPeriod }, req)
  data.figuresCompiledAt = (data.figures as { compiledAt: string }).compiledAt
  return data
}
