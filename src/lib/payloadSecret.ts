/**
 * PAYLOAD_SECRET signs sessions and API keys: in production it must be set by whoever runs the
 * app, never made up by it (a secret generated at start would sign out everyone at each restart
 * and differ between two servers of one database). `npm start` writes a random one into .env for
 * the zero-setup SQLite case before the app starts (scripts/lib/prepare.mjs).
 */
export const MIN_SECRET_LENGTH = 32

/** Why the secret cannot be used in this environment, in Vietnamese then English; null when it can. */
export function payloadSecretError(env: { NODE_ENV?: string; PAYLOAD_SECRET?: string }): string | null {
  if (env.NODE_ENV !== 'production') return null
  const secret = env.PAYLOAD_SECRET ?? ''
  if (!secret.trim()) {
    return (
      'Thiếu PAYLOAD_SECRET: khi chạy production phải đặt biến môi trường PAYLOAD_SECRET (ít nhất ' +
      `${MIN_SECRET_LENGTH} ký tự ngẫu nhiên, ví dụ: openssl rand -hex 32). ` +
      `(PAYLOAD_SECRET is missing: set it to at least ${MIN_SECRET_LENGTH} random characters in production, e.g. openssl rand -hex 32.)`
    )
  }
  if (secret.length < MIN_SECRET_LENGTH) {
    return (
      `PAYLOAD_SECRET quá ngắn (${secret.length} ký tự): cần ít nhất ${MIN_SECRET_LENGTH} ký tự ngẫu nhiên, ví dụ: openssl rand -hex 32. ` +
      `(PAYLOAD_SECRET is too short: ${secret.length} characters; use at least ${MIN_SECRET_LENGTH} random characters.)`
    )
  }
  return null
}

/** The secret for the config; a production start without a usable one stops here with the reason. */
export function requiredPayloadSecret(env: { NODE_ENV?: string; PAYLOAD_SECRET?: string } = process.env): string {
  const error = payloadSecretError(env)
  if (error) throw new Error(error)
  return env.PAYLOAD_SECRET || ''
}
