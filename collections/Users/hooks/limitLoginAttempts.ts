import type { CollectionBeforeOperationHook } from 'payload'

import { publicError } from '../../../src/lib/publicError'
import { clientKey, publicLimiter } from '../../../src/lib/rateLimit'

let login: ReturnType<typeof publicLimiter> | undefined
let reset: ReturnType<typeof publicLimiter> | undefined

/**
 * Password guessing and reset-mail flooding from one client: per client address, LOA_LOGIN_LIMIT
 * login attempts (default 100: an office behind one address signs in together) per 15 minutes and
 * 20 password-reset requests per hour; all clients together 300 logins and 60 resets a minute. The
 * account lockout (5 wrong passwords) protects one account; this protects all of them from one
 * address. Only REST/GraphQL callers count; without a proxy's X-Forwarded-For all share one budget.
 */
export const limitLoginAttempts: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (req.payloadAPI === 'local' || (operation !== 'login' && operation !== 'forgotPassword')) return args
  const limiter =
    operation === 'login'
      ? (login ??= publicLimiter({ points: Number(process.env.LOA_LOGIN_LIMIT || 100), duration: 900 }, { points: 300, duration: 60 }))
      : (reset ??= publicLimiter({ points: 20, duration: 3600 }, { points: 60, duration: 60 }))
  const wait = await limiter(clientKey(req.headers))
  if (wait !== null) {
    const minutes = Math.ceil(wait / 60)
    throw publicError(
      operation === 'login'
        ? `Quá nhiều lần đăng nhập từ địa chỉ này. Vui lòng thử lại sau ${minutes} phút. (Too many sign-in attempts.)`
        : `Quá nhiều yêu cầu đặt lại mật khẩu từ địa chỉ này. Vui lòng thử lại sau ${minutes} phút. (Too many reset requests.)`,
      429,
      { retryAfterSeconds: wait },
    )
  }
  return args
}
