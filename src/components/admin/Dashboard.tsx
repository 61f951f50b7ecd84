import type { AdminViewServerProps } from 'payload'

import { redirect } from 'next/navigation'

import { allowedDashboardQuery } from '../../access/dashboardAccess'
import { followsReporting } from '../../access/followsReporting'
import { asLoaUser, hasRole } from '../../access/user'
import { parseDashboardQuery } from '../../domain/dashboard'
import { defaultPlanYear } from '../../domain/period'
import { dashboardData } from '../../lib/dashboardData'
import { isTalliesRebuilding } from '../../lib/tallies'
import { AdminPage } from './AdminPage'
import { DashboardClient, type Choice } from './DashboardClient'

/**
 * /admin/dashboard: Sở Nội vụ's view of a period — participation against targets, outreach and its
 * effects by evaluation level, the communes to prioritise, and what the outreach never reached.
 * Coordinators see their own organization only; BHXH thành phố's staff follow the whole city.
 */
export async function Dashboard(view: AdminViewServerProps) {
  const { req } = view.initPageResult
  const user = asLoaUser(req.user)
  if (!user) redirect(`${req.payload.config.routes.admin}/login`)
  const en = req.i18n.language === 'en'
  const title = en ? 'Monitoring and evaluation' : 'Theo dõi, đánh giá kết quả'

  const params = Object.fromEntries(
    Object.entries((view.searchParams ?? {}) as Record<string, string | string[] | undefined>).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  )
  const parsed = parseDashboardQuery(params, defaultPlanYear())
  const asked = parsed.query ?? parseDashboardQuery({}, defaultPlanYear()).query!
  const follows = await followsReporting(req.payload, user, req)
  const query = allowedDashboardQuery(user, asked, follows)
  if (!query) {
    return (
      <AdminPage view={view} title={title}>
        <p role="alert">Bảng theo dõi dành cho Sở Nội vụ, quản trị viên và điều phối viên đơn vị.</p>
      </AdminPage>
    )
  }
  // Who may pick any scope: Sở Nội vụ, admins and BHXH thành phố, which follows every report.
  const evaluator = hasRole(user, 'evaluator', 'admin') || follows
  const choices = async (collection: 'organizations' | 'localities' | 'campaigns'): Promise<Choice[]> => {
    if (!evaluator) return []
    const { docs } = await req.payload.find({ collection, depth: 0, pagination: false, sort: 'name', select: { name: true }, req })
    return docs.map((d) => ({ value: String(d.id), label: String((d as { name?: string }).name ?? d.id) }))
  }
  const [data, organizations, localities, campaigns] = await Promise.all([
    // For Sở Nội vụ, an id that names nothing (a stale bookmark) falls back to the city rather than failing.
    dashboardData(req.payload, query, req)
      .catch((error) =>
        (error as { status?: number }).status === 404 && evaluator ? dashboardData(req.payload, { ...query, scope: 'city', id: null }, req) : Promise.reject(error),
      )
      // Tallies missing or half-built: say so (the worker or the next start rebuilds them) instead of wrong sums.
      .catch((error) => (isTalliesRebuilding(error) ? null : Promise.reject(error))),
    choices('organizations'),
    choices('localities'),
    choices('campaigns'),
  ])
  if (!data) {
    return (
      <AdminPage view={view} title={title}>
        <p role="status">
          {en
            ? 'The outreach tallies are being rebuilt… The figures will be back in a few minutes; please reload this page then.'
            : 'Số liệu tổng hợp đang được dựng lại… Số liệu sẽ có sau ít phút; vui lòng tải lại trang sau.'}
        </p>
      </AdminPage>
    )
  }
  return (
    <AdminPage view={view} title={title}>
      {parsed.errors.length > 0 && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {parsed.errors.map((e) => e.message).join(' ')} Đang hiển thị mặc định.
        </p>
      )}
      <DashboardClient
        data={data}
        canChooseScope={evaluator}
        choices={{ organization: organizations, commune: localities, campaign: campaigns }}
        adminURL={req.payload.config.routes.admin}
      />
    </AdminPage>
  )
}
