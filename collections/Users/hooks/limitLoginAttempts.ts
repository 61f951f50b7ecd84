import crypto from 'node:crypto'

import type { CollectionBeforeOperationHook, CollectionSlug, PayloadRequest } from 'payload'

import { publicError } from '../../../src/lib/publicError'
import { clientKey, keyedLimiter, type Limiter } from '../../../src/lib/rateLimit'

let login: Limiter | undefined
let resetPerClient: Limiter | undefined
let resetPerAccount: Limiter | undefined

/**
 * Password guessing and reset-mail flooding. Per account: Payload's lockout (five wrong passwords,
 * see the collection's auth settings) and five reset requests an hour. Per client: LOA_LOGIN_LIMIT
 * sign-in attempts (default 100: an office behind one address signs in together) per 15 minutes
 * and 20 reset requests an hour. No budget shared by all clients: whoever spent it would lock
 * everyone else out of signing in. Only REST/GraphQL callers count, never the server's own code.
 */
export const limitLoginAttempts: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (req.payloadAPI === 'local' || (operation !== 'login' && operation !== 'forgotPassword')) return args
  const email = (args as { data?: { email?: unknown } }).data?.email
  const account = typeof email === 'string' ? email.toLowerCase().trim() : ''
  if (operation === 'login') {
    login ??= keyedLimiter({ points: Number(process.env.LOA_LOGIN_LIMIT || 100), duration: 900 })
    const wait = await login(clientKey(req.headers))
    if (wait !== null) throw tooMany(`Quá nhiều lần đăng nhập từ địa chỉ này. Vui lòng thử lại sau ${minutes(wait)} phút. (Too many sign-in attempts.)`, wait)
    if (account) await hashLikeAKnownAccount(req, collection.slug, account, (args as { data?: { password?: unknown } }).data?.password)
    return args
  }
  resetPerClient ??= keyedLimiter({ points: 20, duration: 3600 })
  resetPerAccount ??= keyedLimiter({ points: 5, duration: 3600 })
  // Only what could be an account's address has a mailbox to flood (Payload refuses the rest, sending nothing).
  const mailbox = /^[^\s@]+@[^\s@]+$/.test(account) && account.length <= 254
  const wait = (await resetPerClient(clientKey(req.headers))) ?? (mailbox ? await resetPerAccount(account) : null)
  if (wait !== null) throw tooMany(`Quá nhiều yêu cầu đặt lại mật khẩu. Vui lòng thử lại sau ${minutes(wait)} phút. (Too many reset requests.)`, wait)
  return args
}

const minutes = (seconds: number) => Math.ceil(seconds / 60)
const tooMany = (message: string, wait: number) => publicError(message, 429, { retryAfterSeconds: wait })

/**
 * Payload answers a sign-in for an unknown email at once, and for a known one only after hashing
 * the password (PBKDF2, about 0.3 s): the delay would tell who has an account. For an unknown
 * email the same hash is computed here, with Payload's parameters for current hashes
 * (payload/dist/auth/strategies/local/generatePasswordSaltHash.js), before Payload refuses it.
 */
async function hashLikeAKnownAccount(req: PayloadRequest, collection: CollectionSlug, email: string, password: unknown) {
  if (typeof password !== 'string' || password.trim() === '') return // refused by Payload before any lookup
  const account = await req.payload.db.findOne({ collection, req, where: { email: { equals: email } } })
  if (account) return
  await new Promise<void>((resolve, reject) =>
    crypto.pbkdf2(password, crypto.randomBytes(32).toString('hex'), PASSWORD_HASH.iterations, PASSWORD_HASH.keyLength, PASSWORD_HASH.digest, (error) =>
      error ? reject(error) : resolve(),
    ),
  )
}

/** Payload 3.90's current password hash ('pbkdf2-sha256-v1:'); test/integration/login-limits.test.ts checks they still match. */
export const PASSWORD_HASH = { iterations: 600_000, keyLength: 32, digest: 'sha256' } as const
