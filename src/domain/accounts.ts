/**
 * Signing-in credentials: the password policy, what a change to an account's password or email
 * is, and the email that tells the account about it.
 */

export const MIN_PASSWORD_LENGTH = 10

/**
 * Passwords long enough for the length rule that guessing tools still try first: the top of the
 * public leaked-password lists, and Vietnamese and Loa-flavoured ones people reach for.
 */
const COMMON_PASSWORDS = [
  '0123456789', '1234567890', '0987654321', '12345678910', '1111111111', '123123123123', '123456789a',
  '1q2w3e4r5t', 'qwertyuiop', 'qwerty12345', 'abc1234567', 'abcd123456', 'a123456789', 'password123',
  'password1234', 'passw0rd123', 'iloveyou123', 'admin12345', 'admin123456', 'administrator',
  'matkhau123', 'matkhau1234', 'matkhau12345', 'anhyeuem123', 'emyeuanh123', 'vietnam123', 'vietnam1234',
  'haiphong123', 'haiphong2026', 'baohiem123', 'bhxh123456', 'bhxhhaiphong', 'bhyt123456', 'tuyentruyen',
  'loa1234567', 'loa12345678', 'changeme123',
]
const COMMON = new Set(COMMON_PASSWORDS)

/** Why a new password is refused (Vietnamese, English in parentheses), or null when it is fine. */
export function passwordProblem(password: string, account: { email?: string | null } = {}): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return (
      `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự (hiện có ${password.length}). Nên dùng một cụm vài từ dễ nhớ. ` +
      `(Passwords need at least ${MIN_PASSWORD_LENGTH} characters.)`
    )
  }
  const folded = password.trim().toLowerCase()
  if (COMMON.has(folded) || /^(.)\1+$/.test(folded)) {
    return 'Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác. (This password is too common.)'
  }
  if (account.email && folded === account.email.trim().toLowerCase()) {
    return 'Mật khẩu không được trùng với địa chỉ email. (The password must not be the email address.)'
  }
  return null
}

export type CredentialChange = { password: boolean; email: { from: string; to: string } | null }

/** What a write changes in an account's credentials: a new password, a different email. */
export function credentialChange(data: { password?: unknown; email?: unknown }, original: { email?: string | null }): CredentialChange {
  const password = typeof data.password === 'string' && data.password.length > 0
  const from = (original.email ?? '').trim()
  const to = typeof data.email === 'string' ? data.email.trim() : from
  return { password, email: to.toLowerCase() !== from.toLowerCase() ? { from, to } : null }
}

export type AccountNotice = {
  kind: 'password' | 'passwordReset' | 'email'
  name: string
  /** For an email change: the new address (the notice goes to the old one). */
  newEmail?: string
  /** True when an administrator made the change for the account. */
  byAdmin: boolean
  adminURL: string
}

/** The email that tells an account its password or email changed, with what to do if it was not them. */
export function accountNoticeEmail(notice: AccountNotice): { subject: string; text: string } {
  const what =
    notice.kind === 'email'
      ? `Địa chỉ email đăng nhập tài khoản Loa của anh/chị đã được đổi sang ${notice.newEmail}. Từ nay thư của Loa gửi đến địa chỉ mới; thư này là thư cuối cùng gửi đến địa chỉ này.`
      : notice.kind === 'passwordReset'
        ? 'Mật khẩu tài khoản Loa của anh/chị vừa được đặt lại qua liên kết "Quên mật khẩu".'
        : 'Mật khẩu tài khoản Loa của anh/chị vừa được đổi.'
  const by = notice.byAdmin ? ' Thay đổi do quản trị viên hệ thống thực hiện.' : ''
  return {
    subject: notice.kind === 'email' ? '[Loa] Email đăng nhập của anh/chị đã được đổi' : '[Loa] Mật khẩu của anh/chị đã được đổi',
    text: [
      `Kính gửi ${notice.name},`,
      '',
      what + by,
      '',
      'Nếu chính anh/chị thực hiện, không cần làm gì thêm.',
      'Nếu không phải anh/chị, hãy báo ngay cho quản trị viên Loa của đơn vị, và đặt lại mật khẩu tại:',
      `${notice.adminURL}/forgot`,
      '',
      '— Loa, hệ thống tuyên truyền BHXH, BHYT Hải Phòng (thư tự động, không trả lời thư này)',
    ].join('\n'),
  }
}
