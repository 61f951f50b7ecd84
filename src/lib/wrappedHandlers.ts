/**
 * Loa wraps some of Payload's endpoint handlers on init (src/hooks). A wrapper is recognised by a
 * mark, not by its function name: the production build minifies names, and a name check there
 * wrapped the same handler again on every init. A wrapper carries the marks of what it wraps, so
 * one guard's check still sees another guard's wrapper underneath. The mark is a registered symbol
 * (Symbol.for): the production build may hold two copies of this module in separate bundles, and a
 * private Symbol() from one copy would be invisible to the other, as `instanceof` is there.
 */
const WRAPPED_AS = Symbol.for('loa.wrappedAs')

type Marked = { [WRAPPED_AS]?: ReadonlySet<string> }

/** Marks `wrapper` as Loa's wrapper for `purpose` (around `inner`, whose marks it keeps) and returns it. */
export function markWrapped<T extends object>(wrapper: T, purpose: string, inner?: unknown): T {
  const below = (inner as Marked | undefined)?.[WRAPPED_AS] ?? []
  ;(wrapper as Marked)[WRAPPED_AS] = new Set([...below, purpose])
  return wrapper
}

/** True when `handler` is, or wraps, Loa's wrapper for `purpose`. */
export const isWrapped = (handler: unknown, purpose: string) => typeof handler === 'function' && Boolean((handler as Marked)[WRAPPED_AS]?.has(purpose))
