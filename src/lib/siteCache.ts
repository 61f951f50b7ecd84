/**
 * The public site's cache: one tag for all published content. Content hooks and the publishing
 * job expire it when something is approved, retired, flagged or reaches its publish or expiry
 * date; the next visitor then reads fresh data.
 */
import { revalidateTag } from 'next/cache.js'

export const PUBLIC_CONTENT_TAG = 'public-content'

/**
 * Part of every cache key. Next keeps its data cache on disk across restarts, but the database a
 * new server process opens may have changed meanwhile (a restore, a re-seed, another DATABASE_URL):
 * each process starts with a cache of its own.
 */
export const CACHE_GENERATION = `${process.pid}-${Date.now()}`

/** Expire the site's cached content now. Outside a Next server (CLI, tests) there is no cache to expire. */
export function expirePublicContent(): boolean {
  try {
    revalidateTag(PUBLIC_CONTENT_TAG, { expire: 0 })
    return true
  } catch {
    return false
  }
}
