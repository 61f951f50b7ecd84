/**
 * Rate limits for public writes (rate-limiter-flexible, in memory: one app process). Each client
 * gets a small budget, and all anonymous clients together a larger one, so rotating a forged
 * X-Forwarded-For header does not lift the limit.
 */
import { RateLimiterMemory } from 'rate-limiter-flexible'

export type Limit = { points: number; duration: number }

export function publicLimiter(perClient: Limit, overall: Limit) {
  const client = new RateLimiterMemory(perClient)
  const all = new RateLimiterMemory(overall)
  /** Resolves when allowed; otherwise the seconds to wait. */
  return async (key: string): Promise<number | null> => {
    try {
      await client.consume(key)
      await all.consume('all')
      return null
    } catch (error) {
      // A refusal is a RateLimiterRes; checked by shape, since a bundler may load two copies of the class.
      const wait = (error as { msBeforeNext?: unknown })?.msBeforeNext
      if (typeof wait === 'number') return Math.max(1, Math.ceil(wait / 1000))
      throw error
    }
  }
}

/** Who is asking: the first X-Forwarded-For address (set by the reverse proxy), else X-Real-IP. */
export function clientKey(headers: Headers | undefined): string {
  const forwarded = headers?.get('x-forwarded-for')?.split(',')[0]?.trim()
  return forwarded || headers?.get('x-real-ip')?.trim() || 'direct'
}

let search: ReturnType<typeof publicLimiter> | undefined
/**
 * The public Q&A search (the site's page and GET /api/questions/search): per client address
 * LOA_SEARCH_LIMIT searches a minute (default 120: a person types far fewer), all anonymous
 * clients together 3,000 a minute. Resolves to the seconds to wait, or null when allowed.
 */
export const searchLimit = (headers: Headers | undefined) =>
  (search ??= publicLimiter({ points: Number(process.env.LOA_SEARCH_LIMIT || 120), duration: 60 }, { points: 3_000, duration: 60 }))(clientKey(headers))

export const SEARCH_LIMIT_MESSAGE = (wait: number) => `Bạn tìm kiếm quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau ${wait} giây.`
