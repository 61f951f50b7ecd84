/**
 * The public site's caches: what it read from the database (src/lib/publicContent.ts) and the
 * shared pages the proxy keeps (src/proxy.ts). Entries live PUBLIC_CACHE_SECONDS, so with several
 * app processes a retired item disappears from all of them within seconds; in the process where
 * content is approved, retired or flagged, or where the publishing job runs, hooks and the job
 * empty them at once.
 *
 * Not Next's data cache: revalidateTag works only inside a request, so the publishing job (a
 * cron outside any request) could not expire it, and it is per process anyway.
 */
import { PUBLIC_CACHE_SECONDS } from '../domain/publicPages'
import { shortLivedCache, type ShortLivedCache } from '../domain/shortLivedCache'

// The proxy and the pages are separate bundles of one process: they meet on globalThis.
const SHARED = Symbol.for('loa.publicCaches')
type Registry = Set<ShortLivedCache<unknown>>
const registry = (): Registry => ((globalThis as Record<symbol, unknown>)[SHARED] ??= new Set()) as Registry

/** A cache of the public site, emptied by expirePublicContent(). */
export function publicCache<V>(name: string, maxEntries: number): ShortLivedCache<V> {
  const key = Symbol.for(`loa.publicCache.${name}`)
  const store = globalThis as Record<symbol, unknown>
  const existing = store[key] as ShortLivedCache<V> | undefined
  if (existing) return existing
  const cache = shortLivedCache<V>({ ttlMs: PUBLIC_CACHE_SECONDS * 1000, maxEntries })
  store[key] = cache
  registry().add(cache as ShortLivedCache<unknown>)
  return cache
}

/** Empty the site's caches in this process now: the next visitor reads fresh data. */
export function expirePublicContent(): void {
  for (const cache of registry()) cache.clear()
}
