/**
 * Whether a password is the one an account's stored hash was made from, computed exactly as
 * Payload's own sign-in does (payload/dist/auth/strategies/local/authenticate.js, not exported):
 * PBKDF2-SHA256 over the stored salt, 600,000 rounds and 32 bytes for hashes marked
 * `pbkdf2-sha256-v1:`, 25,000 rounds and 512 bytes for older ones; compared in constant time.
 * A stored hash in any other form never matches (fails closed). Copied from Payload 3.90.1:
 * docs/payload-workarounds.md, entry 8.
 */
import crypto from 'node:crypto'

const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'

export async function passwordMatches(password: string, stored: { hash?: unknown; salt?: unknown }): Promise<boolean> {
  const { hash, salt } = stored
  if (typeof hash !== 'string' || typeof salt !== 'string' || !hash || !salt) return false
  const current = hash.startsWith(CURRENT_PREFIX)
  const expected = Buffer.from(current ? hash.slice(CURRENT_PREFIX.length) : hash, 'hex')
  const [iterations, keyLength] = current ? [600_000, 32] : [25_000, 512]
  if (expected.length !== keyLength) return false
  const actual = await new Promise<Buffer>((resolve, reject) =>
    crypto.pbkdf2(password, salt, iterations, keyLength, 'sha256', (error, key) => (error ? reject(error) : resolve(key))),
  )
  return crypto.timingSafeEqual(actual, expected)
}
