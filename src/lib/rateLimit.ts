/**
 * Rate limits for public requests (rate-limiter-flexible, in memory: one app process). Each client
 * gets a budget of its own, keyed on the address that connected (or, behind a proxy listed in
 * LOA_TRUSTED_PROXIES, the address the proxy received from): a client cannot pick its own key by
 * writing X-Forwarded-For. A budget shared by all clients exists only where it protects storage
 * (the feedback queue): anywhere else, whoever spends it locks everyone else out.
 */
import { RateLimiterMemory } from 'rate-limiter-flexible'

import { budgetKey, clientAddress, parseTrustedProxies, type TrustedProxies } from '../domain/clientAddress'
import { socketAddress } from './socketAddress'

export type Limit = { points: number; duration: number }
/** Spends one point of `key`'s budget: null when allowed, otherwise the seconds to wait. */
export type Limiter = (key: string) => Promise<number | null>

/** One budget per key. */
export function keyedLimiter(limit: Limit): Limiter {
  const budgets = new RateLimiterMemory(limit)
  return async (key) => {
    try {
      await budgets.consume(key)
      return null
    } catch (error) {
      // A refusal is a RateLimiterRes; checked by shape, since a bundler may load two copies of the class.
      const wait = (error as { msBeforeNext?: unknown })?.msBeforeNext
      if (typeof wait === 'number') return Math.max(1, Math.ceil(wait / 1000))
      throw error
    }
  }
}

/** A budget per client and one for all clients together (only where it protects storage). */
export function publicLimiter(perClient: Limit, overall: Limit): Limiter {
  const client = keyedLimiter(perClient)
  const all = keyedLimiter(overall)
  return async (key) => (await client(key)) ?? (await all('all'))
}

let trusted: { value: string | undefined; proxies: TrustedProxies } | undefined
/** LOA_TRUSTED_PROXIES, parsed once per value (throws on an entry that is not an address or range). */
export function trustedProxies(): TrustedProxies {
  const value = process.env.LOA_TRUSTED_PROXIES
  if (!trusted || trusted.value !== value) trusted = { value, proxies: parseTrustedProxies(value) }
  return trusted.proxies
}

/**
 * Whose budget a request spends. Requests that did not come through the app's HTTP server (no
 * recorded socket address) share one budget, 'unknown', as they cannot be told apart.
 */
export function clientKey(headers: Headers | undefined): string {
  const peer = socketAddress(headers)
  if (!peer) return 'unknown'
  return budgetKey(clientAddress(peer, headers?.get('x-forwarded-for'), trustedProxies()))
}

let search: Limiter | undefined
/**
 * The public Q&A search (the site's page and GET /api/questions/search): per client LOA_SEARCH_LIMIT
 * searches a minute (default 120: a person types far fewer). Resolves to the seconds to wait, or
 * null when allowed. No all-clients budget: it would let one flood stop everyone's search.
 */
export const searchLimit = (headers: Headers | undefined) =>
  (search ??= keyedLimiter({ points: Number(process.env.LOA_SEARCH_LIMIT || 120), duration: 60 }))(clientKey(headers))

export const SEARCH_LIMIT_MESSAGE = (wait: number) => `Bạn tìm kiếm quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau ${wait} giây.`
