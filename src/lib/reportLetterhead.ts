/**
 * Who issues a report, its number, who signs and who receives it, read from the organizations'
 * letterhead fields (see src/domain/letterhead.ts), and whether its figures are illustrative.
 * A unit or ad hoc report is issued by its organization; the city report and the reviews by the body that
 * consolidates (Sở Nội vụ, `reportRole: consolidates`). Plan section VIII.1: every unit report goes
 * to Sở Nội vụ and to BHXH thành phố (`reportRole: follows`).
 */
import type { Payload, PayloadRequest } from 'payload'

import { documentNumber, issuerOf, recipientsFor, signerOf, type LetterheadSource, type Recipient } from '../domain/letterhead'
import type { OfficialReport } from '../domain/officialReport'
import type { ReportRole } from '../domain/organizations'
import { relationId } from '../domain/relations'
import { isOrganizationReport } from '../domain/reports'
import type { Report } from '../payload-types'

type Org = LetterheadSource & { id: number | string; shortName?: string | null; reportRole?: string | null }

/** Only when no organization is marked as consolidating (an older database): the plan's own words. */
const PLAN_CONSOLIDATOR: Org = { id: '', name: 'Sở Nội vụ', letterheadSuperior: 'UBND THÀNH PHỐ HẢI PHÒNG', letterheadName: 'SỞ NỘI VỤ' }

export type Letterhead = Pick<OfficialReport, 'issuer' | 'number' | 'signer' | 'recipients' | 'illustrative'>

async function byRole(payload: Payload, role: ReportRole, req?: PayloadRequest): Promise<Org | null> {
  const { docs } = await payload.find({ collection: 'organizations', where: { reportRole: { equals: role } }, limit: 1, depth: 0, overrideAccess: true, sort: 'createdAt', req })
  return (docs[0] as Org | undefined) ?? null
}

/** True when the database holds demo figures (the flag the demo seed stores; see src/globals/DemoData.ts). */
export async function illustrativeData(payload: Payload, req?: PayloadRequest): Promise<boolean> {
  const flags = await payload.findGlobal({ slug: 'demo-data', depth: 0, overrideAccess: true, req })
  return Boolean((flags as { illustrative?: boolean | null }).illustrative)
}

export async function reportLetterhead(payload: Payload, report: Report, req?: PayloadRequest): Promise<Letterhead> {
  const [consolidator, follower, illustrative] = await Promise.all([byRole(payload, 'consolidates', req), byRole(payload, 'follows', req), illustrativeData(payload, req)])
  const snv = consolidator ?? PLAN_CONSOLIDATOR
  const called = (o: Org | null, fallback: string) => o?.shortName || o?.name || fallback
  let issuer: Org
  let addressees: Recipient[]
  if (isOrganizationReport(report.kind)) {
    const id = relationId(report.organization)
    const org = id === null ? null : ((await payload.findByID({ collection: 'organizations', id, depth: 0, overrideAccess: true, disableErrors: true, req })) as Org | null)
    issuer = org ?? { id: '', name: 'Đơn vị' }
    // An ad hoc report answers Sở Nội vụ's request: to Sở Nội vụ alone.
    addressees =
      report.kind === 'adhoc'
        ? [{ id: consolidator?.id, text: `${called(consolidator, 'Sở Nội vụ')} (để báo cáo)` }]
        : [
            { id: consolidator?.id, text: `${called(consolidator, 'Sở Nội vụ')} (để tổng hợp)` },
            { id: follower?.id, text: `${called(follower, 'Bảo hiểm xã hội thành phố')} (để theo dõi, tổng hợp)` },
          ]
  } else {
    issuer = snv
    addressees = [
      { text: 'UBND thành phố (để báo cáo)' },
      { id: follower?.id, text: `${called(follower, 'Bảo hiểm xã hội thành phố')} (để phối hợp)` },
      { text: 'Các sở, ban, ngành, đoàn thể thành phố' },
      { text: 'UBND các xã, phường, đặc khu' },
    ]
  }
  return {
    issuer: issuerOf(issuer),
    number: documentNumber(report.number, issuer.documentAbbreviation),
    signer: signerOf(report, issuer),
    recipients: recipientsFor(issuer.id, addressees),
    illustrative,
  }
}
