import type { AdminViewServerProps } from 'payload'

import { redirect } from 'next/navigation'

import { asLoaUser, hasRole } from '../../access/user'
import { IMPORT_COLUMNS, RATE_COLUMNS } from '../../domain/indicatorImport'
import { AdminPage } from './AdminPage'
import { FigureImportClient } from './FigureImportClient'

/**
 * /admin/import-figures: Sở Nội vụ uploads BHXH thành phố's spreadsheet, sees every row with its
 * computed rates and every problem, and writes the file only when it is clean.
 */
export async function FigureImport(view: AdminViewServerProps) {
  const { req } = view.initPageResult
  const user = asLoaUser(req.user)
  if (!user) redirect(`${req.payload.config.routes.admin}/login`)
  const en = req.i18n.language === 'en'
  const api = `${req.payload.config.serverURL}${req.payload.config.routes.api}`
  return (
    <AdminPage view={view} title={en ? 'Import participation figures' : 'Nhập số liệu tham gia BHXH, BHYT'}>
      <FigureImportClient
        apiURL={api}
        canImport={hasRole(user, 'evaluator', 'admin')}
        columns={IMPORT_COLUMNS.filter((c) => c.key !== 'note').map((c) => c.header)}
        rateHeaders={RATE_COLUMNS.map((c) => c.header)}
        language={en ? 'en' : 'vi'}
      />
    </AdminPage>
  )
}
