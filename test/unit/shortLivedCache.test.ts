import { describe, expect, it } from 'vitest'

import { shortLivedCache } from '../../src/domain/shortLivedCache'

describe('shortLivedCache', () => {
  it('serves a value for its time to live, then computes it again', async () => {
    let clock = 0
    let computed = 0
    const cache = shortLivedCache<number>({ ttlMs: 5000, maxEntries: 10, now: () => clock })
    const compute = async () => ++computed
    expect(await cache.get('a', compute)).toBe(1)
    clock = 4999
    expect(await cache.get('a', compute)).toBe(1)
    clock = 5000
    expect(await cache.get('a', compute)).toBe(2)
  })

  it('concurrent callers of a missing key share one computation', async () => {
    let computed = 0
    const cache = shortLivedCache<number>({ ttlMs: 5000, maxEntries: 10 })
    const slow = () => new Promise<number>((resolve) => setTimeout(() => resolve(++computed), 20))
    expect(await Promise.all([cache.get('a', slow), cache.get('a', slow), cache.get('a', slow)])).toEqual([1, 1, 1])
  })

  it('clear() empties it at once, even of a computation still running', async () => {
    let computed = 0
    const cache = shortLivedCache<number>({ ttlMs: 60_000, maxEntries: 10 })
    const compute = async () => ++computed
    const running = cache.get('a', () => new Promise<number>((resolve) => setTimeout(() => resolve(100), 20)))
    cache.clear()
    expect(await cache.get('a', compute)).toBe(1)
    expect(await running).toBe(100)
    expect(await cache.get('a', compute)).toBe(1)
    cache.clear()
    expect(await cache.get('a', compute)).toBe(2)
  })

  it('a failed computation is not kept', async () => {
    const cache = shortLivedCache<number>({ ttlMs: 60_000, maxEntries: 10 })
    await expect(cache.get('a', async () => Promise.reject(new Error('down')))).rejects.toThrow('down')
    expect(await cache.get('a', async () => 7)).toBe(7)
  })

  it('holds at most maxEntries, dropping the oldest', async () => {
    let computed = 0
    const cache = shortLivedCache<number>({ ttlMs: 60_000, maxEntries: 2 })
    const compute = async () => ++computed
    await cache.get('a', compute)
    await cache.get('b', compute)
    await cache.get('c', compute)
    expect(cache.size).toBe(2)
    expect(await cache.get('b', compute)).toBe(2)
    expect(await cache.get('a', compute)).toBe(4)
  })
})

it('delete() drops one key only', async () => {
  let computed = 0
  const cache = shortLivedCache<number>({ ttlMs: 60_000, maxEntries: 10 })
  const compute = async () => ++computed
  await cache.get('a', compute)
  await cache.get('b', compute)
  cache.delete('a')
  expect(await cache.get('a', compute)).toBe(3)
  expect(await cache.get('b', compute)).toBe(2)
})
