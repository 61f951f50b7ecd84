import { expect, it } from 'vitest'

import { isWrapped, markWrapped } from '../../src/lib/wrappedHandlers'

it('a wrapper is known by its mark and purpose, whatever its (minified) name', () => {
  const e = () => 1 // as the production build leaves it: no telling name
  expect(isWrapped(e, 'keyRefused')).toBe(false)
  expect(markWrapped(e, 'keyRefused')).toBe(e)
  expect(isWrapped(e, 'keyRefused')).toBe(true)
  expect(isWrapped(e, 'keyChecked')).toBe(false)
  expect(isWrapped(undefined, 'keyRefused')).toBe(false)
})

it('a wrapper around another keeps its marks, so neither guard wraps again', () => {
  const inner = markWrapped(() => 1, 'keyChecked')
  const outer = markWrapped(() => inner(), 'keyRefused', inner)
  expect(isWrapped(outer, 'keyRefused')).toBe(true)
  expect(isWrapped(outer, 'keyChecked')).toBe(true)
})
