import { describe, expect, it } from 'vitest'

import {
  bodyProblem,
  dateDataProblem,
  emailProblem,
  hasNul,
  idProblem,
  isWellFormedId,
  missingRelationMessage,
  isEmptyWhere,
  kindOfField,
  numberDataProblem,
  relationIds,
  shapeDataProblem,
  whereProblem,
  type ShapedField,
  type ValueKind,
} from '../../src/domain/requestChecks'

const KINDS: Record<string, ValueKind> = { id: 'id', organization: 'id', createdAt: 'date', year: 'number', document: 'polymorphic', kind: kindOfField({ type: 'select', options: ['unit', { value: 'city', label: 'x' }] }) }
const kindOf = (path: string) => KINDS[path] ?? 'other'

describe('ids in the path', () => {
  it('digits only, in the 32-bit range, on SQL databases', () => {
    for (const ok of ['1', '42', '2147483647']) expect(idProblem(ok, 'number'), ok).toBeNull()
    // parseFloat would read "1abc" and " 1" as document 1: refused.
    for (const bad of ['abc', '1abc', ' 1', '+1', '1.5', '0', '-1', '1e999', '2147483648', '../../etc/passwd', '\u0000', '']) {
      expect(idProblem(bad, 'number'), bad).toMatch(/^Mã tài liệu ".*" không hợp lệ/)
    }
    expect(idProblem('abc', 'text')).toBeNull() // MongoDB ids are left to the adapter
  })
})

describe('filters', () => {
  it('values that cannot be an id, a number or a date for their field', () => {
    expect(whereProblem({ organization: { in: '1,2,3' } }, kindOf, 'number')).toBeNull()
    expect(whereProblem({ organization: { equals: 'null' } }, kindOf, 'number')).toBeNull()
    expect(whereProblem({ organization: { in: '1,abc' } }, kindOf, 'number')).toMatch(/"abc".*"organization".*mã hợp lệ/)
    expect(whereProblem({ createdAt: { greater_than: '2026-01-01' } }, kindOf, 'number')).toBeNull()
    expect(whereProblem({ createdAt: { not_in: 'h___12' } }, kindOf, 'number')).toMatch(/không phải là ngày hợp lệ/)
    // Payload's own queries compare with Date objects (document locks): valid, unless invalid.
    expect(whereProblem({ createdAt: { greater_than: new Date('2026-11-23T19:45:46Z') } }, kindOf, 'number')).toBeNull()
    expect(whereProblem({ createdAt: { greater_than: new Date('x') } }, kindOf, 'number')).toMatch(/ngày hợp lệ/)
    expect(whereProblem({ year: { equals: '12abc' } }, kindOf, 'number')).toMatch(/không phải là một số/)
    expect(whereProblem({ document: { equals: '1' } }, kindOf, 'number')).toMatch(/relationTo/)
    expect(whereProblem({ title: { like: '<script>' } }, kindOf, 'number')).toBeNull()
    // A select's values are an enum on PostgreSQL.
    expect(whereProblem({ kind: { in: ['unit', 'city'] } }, kindOf, 'number')).toBeNull()
    expect(whereProblem({ kind: { equals: '<script>' } }, kindOf, 'number')).toMatch(/"kind" không có trong danh sách \(unit, city\)/)
  })

  it('operators, keys and nesting', () => {
    expect(whereProblem({ title: { $ne: 1 } }, kindOf, 'number')).toMatch(/Toán tử lọc "\$ne"/)
    expect(whereProblem({ title: {} }, kindOf, 'number')).toMatch(/thiếu toán tử/)
    expect(whereProblem({ title: 'x' }, kindOf, 'number')).toMatch(/thiếu toán tử/)
    expect(whereProblem(JSON.parse('{"__proto__": {"equals": 1}}'), kindOf, 'number')).toMatch(/không hợp lệ/)
    expect(whereProblem({ or: [{ and: [{ createdAt: { equals: 'x' } }] }] }, kindOf, 'number')).toMatch(/ngày hợp lệ/)
    let deep: Record<string, unknown> = { title: { equals: 1 } }
    for (let i = 0; i < 20; i++) deep = { or: [deep] }
    expect(whereProblem(deep, kindOf, 'number')).toMatch(/lồng quá sâu/)
    expect(whereProblem({ title: { exists: 'maybe' } }, kindOf, 'number')).toMatch(/true hoặc false/)
    expect(isEmptyWhere({})).toBe(true)
    expect(isEmptyWhere({ title: { equals: 1 } })).toBe(false)
  })
})

describe('bodies', () => {
  it('one JSON object; dates and numbers Payload would store unreadable', () => {
    expect(bodyProblem({ title: 'x' })).toBeNull()
    for (const bad of [[], 42, 'text', null, undefined]) expect(bodyProblem(bad), JSON.stringify(bad)).toMatch(/đối tượng JSON/)
    expect(dateDataProblem({ startAt: '2026-05-01T08:00:00Z', endAt: null }, ['startAt', 'endAt'])).toBeNull()
    expect(dateDataProblem({ createdAt: '31/12/2026' }, ['createdAt'])).toMatch(/"createdAt".*ngày hợp lệ/)
    expect(dateDataProblem({ startAt: [2026] }, ['startAt'])).toMatch(/ngày hợp lệ/)
    expect(numberDataProblem({ actualCost: 1500000, women: '12' }, ['actualCost', 'women'])).toBeNull()
    expect(numberDataProblem({ actualCost: '1e999x' }, ['actualCost'])).toMatch(/"actualCost".*không phải là một số/)
    expect(numberDataProblem({ actualCost: {} }, ['actualCost'])).toMatch(/không phải là một số/)
    // PostgreSQL refuses NUL in text: found at any depth.
    expect(hasNul({ email: 'admin@demo.loa\u0000' })).toBe(true)
    expect(hasNul({ a: [{ b: 'x' }] })).toBe(false)
  })

  it('reset emails shaped like an address', () => {
    expect(emailProblem('ldld@demo.loa')).toBeNull()
    for (const bad of ['not-an-email', 'x'.repeat(300) + '@a.vn', 42, null, { $ne: 1 }]) expect(emailProblem(bad)).toMatch(/không hợp lệ/)
  })

  it('selects hold their options and relationships hold ids (found by the fuzz: an object select, a -1 id)', () => {
    const fields: ShapedField[] = [
      { name: 'source', type: 'select', options: ['web_form', 'hotline'], hasMany: false },
      { name: 'channels', type: 'select', options: ['radio', 'tv'], hasMany: true },
      { name: 'organization', type: 'relation', relationTo: 'organizations', hasMany: false },
      { name: 'materials', type: 'relation', relationTo: 'materials', hasMany: true },
    ]
    expect(shapeDataProblem({ source: 'hotline', channels: ['tv'], organization: 3, materials: [1, '2', { id: 4 }] }, fields)).toBeNull()
    expect(shapeDataProblem({ source: null, materials: [] }, fields)).toBeNull()
    expect(shapeDataProblem({ source: { $ne: 'x' } }, fields)).toMatch(/"source".*không có trong danh sách/)
    expect(shapeDataProblem({ source: ['hotline'] }, fields)).toMatch(/một giá trị, không phải một danh sách/)
    expect(shapeDataProblem({ channels: ['tv', 'cinema'] }, fields)).toMatch(/"cinema"/)
    expect(shapeDataProblem({ materials: 3 }, fields)).toBeNull() // one id for a list: Payload's to take
    // Relationship ids: well formed for the database, or no such document (a query checks the rest).
    for (const bad of [-1, 0, 'abc', '1e3', 2 ** 40, { $ne: 1 }]) expect(isWellFormedId(bad, 'number'), JSON.stringify(bad)).toBe(false)
    expect(isWellFormedId('12', 'number')).toBe(true)
    expect(isWellFormedId('6650f0c2a1b2c3d4e5f60718', 'text')).toBe(true)
    expect(missingRelationMessage('Xã, phường, đặc khu', [999999])).toBe('Không có xã, phường, đặc khu này (mã "999999").')
    expect(relationIds([{ id: 7 }, 8, null, ''])).toEqual([7, 8])
  })
})
