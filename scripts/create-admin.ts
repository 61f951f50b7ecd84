/**
 * `npm run create-admin`: creates an administrator account from the command line — how the first
 * administrator of a real deployment (no demo accounts) is made; the web never creates one.
 *   LOA_ADMIN_EMAIL=quantri@haiphong.gov.vn LOA_ADMIN_PASSWORD='…' npm run create-admin
 * The password policy applies (at least 10 characters, not a common password).
 */
import { getPayload } from 'payload'

import config from '../payload.config'
import { adminFromEnv, createAdmin } from '../src/seed'

const admin = adminFromEnv()
if (!admin) {
  console.error('✗ Cần LOA_ADMIN_EMAIL và LOA_ADMIN_PASSWORD – set LOA_ADMIN_EMAIL and LOA_ADMIN_PASSWORD')
  process.exit(1)
}
const payload = await getPayload({ config })
let status = 0
try {
  await createAdmin(payload, admin)
  console.log(`✓ Đã tạo tài khoản quản trị ${admin.email} – created the administrator ${admin.email}`)
} catch (error) {
  const details = (error as { data?: { errors?: { message: string }[] } }).data?.errors?.map((e) => e.message).join(' ')
  console.error(`✗ Không tạo được tài khoản – could not create the account: ${details || (error as Error).message}`)
  status = 1
} finally {
  await payload.destroy()
}
process.exit(status)
