/**
 * Rate limits for public requests (rate-limiter-flexible). On PostgreSQL the budgets live in the
 * database (RateLimiterPostgres, its own table `loa_rate_limits`, on the adapter's connection
 * pool), so app processes behind a load balancer share them instead of each granting the full
 * budget; on SQLite (one process) they stay in memory. Each client
 * gets a budget of its own, keyed on the address that connected (or, behind a proxy listed in
 * LOA_TRUSTED_PROXIES, the address the proxy received from): a client cannot pick its own key by
 * writing X-Forwarded-For. A budget shared by all clients exists only where it protects storage
 * (the feedback queue): anywhere else, whoever spends it locks everyone else out.
 */
import type { Pool } from 'pg'
import type { Payload } from 'payload'
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from 'rate-limiter-flexible'

import { budgetKey, clientAddress, parseTrustedProxies, type TrustedProxies } from '../domain/clientAddress'
import { socketAddress } from './socketAddress'

export type Limit = { points: number; duration: number }
/** Spends one point of `key`'s budget: null when allowed, otherwise the seconds to wait. */
export type Limiter = (key: string) => Promise<number | null>

const SHARED_POOL = Symbol.for('loa.rateLimitPool')
const TABLE = 'loa_rate_limits'

/**
 * Called once Payload is up (the config's onInit): on PostgreSQL, budgets from now on go to the
 * database through the adapter's own pool (no second pool). Kept on globalThis: Next may load
 * this module more than once (one copy per bundle), and every copy must see the pool.
 */
export function shareRateLimits(payload: Payload) {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  if (payload.db.name === 'postgres' && pool) (globalThis as Record<symbol, unknown>)[SHARED_POOL] = pool
}
const sharedPool = () => (globalThis as Record<symbol, unknown>)[SHARED_POOL] as Pool | undefined

/**
 * The budgets of limiter `name` in PostgreSQL, once its table exists (the library creates it).
 * Should the database fail a call, the memory store answers for this process meanwhile.
 */
function postgresBudgets(pool: Pool, limit: Limit, name: string): Promise<RateLimiterAbstract> {
  return new Promise((resolve, reject) => {
    const store = new RateLimiterPostgres(
      { ...limit, storeClient: pool, storeType: 'pool', tableName: TABLE, keyPrefix: name, clearExpiredByTimeout: true, insuranceLimiter: new RateLimiterMemory(limit) },
      (error?: unknown) => (error ? reject(error) : resolve(store)),
    )
  })
}

/**
 * One budget per key. `name` keeps limiters apart in the shared table. `pool` (default: the one
 * shareRateLimits registered, if any) puts the budgets in PostgreSQL.
 */
export function keyedLimiter(limit: Limit, name = 'default', pool?: Pool): Limiter {
  const memory = new RateLimiterMemory(limit)
  let shared: Promise<RateLimiterAbstract> | undefined
  const store = async () => {
    const usePool = pool ?? sharedPool()
    if (!usePool) return memory
    shared ??= postgresBudgets(usePool, limit, name).catch((error) => {
      shared = undefined // table creation failed (database away): try again at the next call
      throw error
    })
    return shared
  }
  return async (key) => {
    try {
      await (await store()).consume(key)
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
export function publicLimiter(perClient: Limit, overall: Limit, name = 'public'): Limiter {
  const client = keyedLimiter(perClient, `${name}:client`)
  const all = keyedLimiter(overall, `${name}:all`)
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
  (search ??= keyedLimiter({ points: Number(process.env.LOA_SEARCH_LIMIT || 120), duration: 60 }, 'search'))(clientKey(headers))

export const SEARCH_LIMIT_MESSAGE = (wait: number) => `Bạn tìm kiếm quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau ${wait} giây.`
