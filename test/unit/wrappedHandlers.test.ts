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

it('a mark made by another copy of the module (another bundle in the production build) is still seen', async () => {
  const copy = await import('../../src/lib/wrappedHandlers?copy' as string) as typeof import('../../src/lib/wrappedHandlers')
  expect(copy.markWrapped).not.toBe(markWrapped) // really a second instance of the module
  const e = copy.markWrapped(() => 1, 'noVersions')
  expect(isWrapped(e, 'noVersions')).toBe(true)
  expect(copy.isWrapped(markWrapped(() => 1, 'keyChecked'), 'keyChecked')).toBe(true)
})
