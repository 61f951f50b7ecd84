import type { Payload, PayloadRequest } from 'payload'

import { hasRole, organizationIdOf } from './user'

/**
 * Whether the user works for the body that follows every report (plan VIII.1: reports go to Sở Nội
 * vụ "đồng gửi Bảo hiểm xã hội thành phố để theo dõi, tổng hợp"; `reportRole: follows`). Its
 * coordinators and reviewers read what organizations have sent and the whole dashboard, and change
 * nothing of others'. Editors write content and read no reports, wherever they work.
 */
export async function followsReporting(payload: Payload, user: unknown, req?: PayloadRequest): Promise<boolean> {
  if (!hasRole(user, 'coordinator', 'reviewer')) return false
  const org = organizationIdOf(user)
  if (org === null) return false
  // One lookup per request: a list's access is asked once per operation, but a page asks several.
  const cache = req?.context as { followsReportingOf?: Record<string, boolean> } | undefined
  const known = cache?.followsReportingOf?.[String(org)]
  if (known !== undefined) return known
  const found = await payload.find({
    collection: 'organizations',
    where: { and: [{ id: { equals: org } }, { reportRole: { equals: 'follows' } }] },
    limit: 1,
    depth: 0,
    select: {},
    pagination: false,
    overrideAccess: true,
    req,
  })
  const follows = found.docs.length > 0
  if (cache) cache.followsReportingOf = { ...cache.followsReportingOf, [String(org)]: follows }
  return follows
}
