import { expect, it } from 'vitest'

import { relationId, relationName } from '../../src/domain/relations'

it('reads a relationship whether it holds an id or the populated document', () => {
  expect(relationId(7)).toBe(7)
  expect(relationId('65f0c0ffee')).toBe('65f0c0ffee')
  expect(relationId({ id: 3, name: 'Phường An Biên' })).toBe(3)
  expect([relationId(null), relationId(undefined), relationId({ name: 'no id' })]).toEqual([null, null, null])
  expect(relationName({ id: 3, name: 'Phường An Biên' })).toBe('Phường An Biên')
  expect([relationName(3), relationName({ id: 3 }), relationName({ id: 3, name: '' })]).toEqual([null, null, null])
})
