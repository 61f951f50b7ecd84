/**
 * A cache whose entries live a few seconds and which can be emptied at once. Loa may run as
 * several app processes behind one address: an entry another process cannot expire must be short
 * enough that a retired item disappears everywhere within seconds. Emptying works from anywhere in
 * the process (a hook, the publishing job), unlike Next's revalidateTag, which needs a request.
 */
export type ShortLivedCache<V> = {
  /** The value for `key`, computing it once for concurrent callers when missing or too old. */
  get(key: string, compute: () => Promise<V>): Promise<V>
  delete(key: string): void
  clear(): void
  readonly size: number
}

type Entry<V> = { at: number; value: Promise<V>; generation: number }

export function shortLivedCache<V>(options: { ttlMs: number; maxEntries: number; now?: () => number }): ShortLivedCache<V> {
  const { ttlMs, maxEntries, now = Date.now } = options
  const entries = new Map<string, Entry<V>>()
  // An entry made before clear() (its computation may still be running) is never served after it.
  let generation = 0
  const fresh = (e: Entry<V> | undefined): e is Entry<V> => !!e && e.generation === generation && now() - e.at < ttlMs

  return {
    get(key, compute) {
      const hit = entries.get(key)
      if (fresh(hit)) return hit.value
      const value = compute()
      const entry: Entry<V> = { at: now(), value, generation }
      if (entries.size >= maxEntries && !entries.has(key)) entries.delete(entries.keys().next().value as string)
      entries.set(key, entry)
      // A failure is not cached: the next caller tries again.
      value.catch(() => {
        if (entries.get(key) === entry) entries.delete(key)
      })
      return value
    },
    delete(key) {
      entries.delete(key)
    },
    clear() {
      generation++
      entries.clear()
    },
    get size() {
      return entries.size
    },
  }
}
