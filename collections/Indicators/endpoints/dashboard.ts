import type { Endpoint, PayloadRequest } from 'payload'

import { allowedDashboardQuery } from '../../../src/access/dashboardAccess'
import { followsReporting } from '../../../src/access/followsReporting'
import { parseDashboardQuery } from '../../../src/domain/dashboard'
import { defaultPlanYear } from '../../../src/domain/period'
import { dashboardData } from '../../../src/lib/dashboardData'
import { fieldErrorResponse, problem } from '../../../src/lib/fieldError'

/**
 * GET /api/indicators/dashboard?year=&period=h1|h2|year&scope=city|commune|organization|campaign&id=
 * The evaluation dashboard's figures as JSON (what /admin/dashboard shows), for the user's reach.
 */
export const dashboard: Endpoint = {
  path: '/dashboard',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return problem(401, 'Cần đăng nhập để xem bảng theo dõi.')
    const parsed = parseDashboardQuery(Object.fromEntries(req.searchParams ?? []), defaultPlanYear())
    if (!parsed.query) return fieldErrorResponse(parsed.errors)
    const query = allowedDashboardQuery(req.user, parsed.query, await followsReporting(req.payload, req.user, req))
    if (!query) return problem(403, 'Bảng theo dõi dành cho Sở Nội vụ, quản trị viên và điều phối viên đơn vị.')
    try {
      return Response.json(await dashboardData(req.payload, query), { headers: { 'Cache-Control': 'no-store' } })
    } catch (error) {
      if ((error as { status?: number }).status === 404) return problem(404, (error as Error).message)
      throw error
    }
  },
}
