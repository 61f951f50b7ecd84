import type { TaskConfig } from 'payload'

import { accountNoticeEmail, type AccountNotice } from '../domain/accounts'

export const SEND_ACCOUNT_NOTICE_TASK = 'sendAccountNotice'

export type AccountNoticeInput = { to: string } & Pick<AccountNotice, 'kind' | 'name' | 'newEmail' | 'byAdmin'>

/**
 * Tells an account its password or sign-in email changed (an email change goes to the old
 * address, the one its owner still reads if someone else made the change). A job, queued in the
 * same transaction as the change: a refused change sends nothing, an unreachable mail server is
 * retried and never blocks the change.
 */
export const sendAccountNotice: TaskConfig<{ input: AccountNoticeInput; output: { sent: boolean } }> = {
  slug: SEND_ACCOUNT_NOTICE_TASK,
  label: 'Báo tài khoản khi mật khẩu hoặc email đăng nhập thay đổi',
  retries: 5,
  inputSchema: [
    { name: 'to', type: 'text', required: true },
    { name: 'kind', type: 'text', required: true },
    { name: 'name', type: 'text', required: true },
    { name: 'newEmail', type: 'text' },
    { name: 'byAdmin', type: 'checkbox' },
  ],
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  handler: async ({ input, req }) => {
    const email = accountNoticeEmail({ ...input, byAdmin: Boolean(input.byAdmin), adminURL: `${req.payload.config.serverURL}/admin` })
    await req.payload.sendEmail({ to: input.to, ...email })
    return { output: { sent: true } }
  },
}
