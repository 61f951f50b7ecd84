import type { CollectionBeforeValidateHook } from 'payload'

import { publicError } from '../../../src/lib/publicError'

export const FIRST_ACCOUNT_FROM_COMMAND_LINE =
  'Tài khoản quản trị đầu tiên chỉ được tạo trên máy chủ: LOA_ADMIN_EMAIL=… LOA_ADMIN_PASSWORD=… npm run create-admin (hoặc đặt hai biến đó trước khi chạy npm start). ' +
  '(The first administrator is created on the server with npm run create-admin, not from the web.)'

/**
 * A database without accounts belongs to whoever runs the server, not to whoever reaches /admin
 * first: Payload's "create first user" screen and endpoint are refused, and the first account,
 * made from the command line or the environment (scripts/create-admin.ts, scripts/seed.ts), is an admin.
 */
export const firstAccountFromCommandLine: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data) return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  if (totalDocs > 0) return data
  if (req.payloadAPI !== 'local') throw publicError(FIRST_ACCOUNT_FROM_COMMAND_LINE, 403)
  data.role = 'admin'
  return data
}
