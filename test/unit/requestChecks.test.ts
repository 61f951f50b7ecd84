import { validOperators } from 'payload/shared'
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
  MAX_LIST_LIMIT,
  numberDataProblem,
  OPERATORS,
  pagingProblem,
  relationIds,
  shapeDataProblem,
  whereProblem,
  whereSizeProblem,
  type ShapedField,
  type ValueKind,
} from '../../src/domain/requestChecks'

const KINDS: Record<string, ValueKind> = {
  id: 'id',
  organization: 'id',
  createdAt: 'date',
  year: 'number',
  document: 'polymorphic',
  kind: kindOfField({ type: 'select', options: ['unit', { value: 'city', label: 'x' }] }),
  topics: kindOfField({ type: 'relationship', relationTo: 'topics', hasMany: true }),
  body: kindOfField({ type: 'richText' }),
  figures: kindOfField({ type: 'json' }),
}
const kindOf = (path: string) => KINDS[path] ?? 'other'

it("knows exactly Payload's query operators (a copy of payload/shared validOperators: the domain imports no Payload)", () => {
  expect([...OPERATORS].sort()).toEqual([...validOperators].sort())
})

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

describe('filter forms that failed in the database (a 500 on SQLite or PostgreSQL)', () => {
  const problem = (where: unknown) => whereProblem(where, kindOf, 'number')

  it('coordinates on fields that hold none (Loa has no point field)', () => {
    for (const operator of ['near', 'within', 'intersects']) {
      expect(problem({ title: { [operator]: '1,2' } }), operator).toMatch(new RegExp(`"${operator}" chỉ dùng cho trường tọa độ`))
      expect(problem({ 'organization.name': { [operator]: { type: 'Point' } } }), operator).toMatch(/tọa độ/)
    }
    expect(whereProblem({ place: { near: '106.7,20.8,1000' } }, () => 'point', 'number')).toBeNull()
  })

  it('a list or an object where one value is expected', () => {
    for (const operator of ['equals', 'not_equals', 'like', 'not_like', 'contains', 'exists', 'greater_than', 'less_than_equal']) {
      expect(problem({ title: { [operator]: ['a', 'b'] } }), operator).toMatch(/nhận một giá trị, không phải danh sách/)
      expect(problem({ title: { [operator]: { a: 'b' } } }), operator).toMatch(/nhận một giá trị/)
    }
    expect(problem({ title: { in: { a: 'b' } } })).toMatch(/nhận một danh sách giá trị/)
    expect(problem({ title: { in: ['a', 'b'] }, organization: { in: '1,2' } })).toBeNull()
    expect(problem({ title: { equals: null } })).toBeNull()
  })

  it('operators a field cannot answer, as Payload’s own filter builder offers them', () => {
    expect(problem({ kind: { like: 'ci' } })).toMatch(/"kind" không lọc được bằng "like"/)
    expect(problem({ createdAt: { contains: '2026' } })).toMatch(/"createdAt" không lọc được bằng "contains"/)
    expect(problem({ year: { not_like: '20' } })).toMatch(/"year" không lọc được/)
    expect(problem({ organization: { contains: '1' } })).toMatch(/"organization" không lọc được/)
    expect(problem({ body: { like: 'x' } })).toMatch(/"body" không lọc được bằng "like"; dùng một trong: exists/)
    expect(problem({ topics: { all: ['1', '2'] } })).toMatch(/"all" không được hỗ trợ/)
    // What Loa's own code and the admin ask: the calendar's `contains` on a list of ids, the admin's search on an id.
    expect(problem({ topics: { contains: '3' } })).toBeNull()
    expect(problem({ id: { like: '12' } })).toBeNull()
    expect(problem({ body: { exists: true }, year: { greater_than: 2025 }, title: { like: 'BHYT' } })).toBeNull()
  })

  it('paths into rich text or JSON', () => {
    expect(problem({ 'body.root.children.text': { like: 'x' } })).toMatch(/phần bên trong trường "body"/)
    expect(problem({ 'version.body.root': { equals: 'x' } })).toMatch(/phần bên trong trường "body"/)
    expect(problem({ or: [{ 'figures.a': { equals: 1 } }] })).toMatch(/phần bên trong trường "figures"/)
    expect(problem({ 'organization.name': { like: 'x' } })).toBeNull()
  })

  it('a client’s filter: at most 100 conditions across all and/or, 1000 values in its lists', () => {
    const wide = (n: number) => ({ or: Array.from({ length: n }, (_, i) => ({ title: { equals: `t${i}` } })) })
    expect(whereSizeProblem(wide(100))).toBeNull()
    expect(whereSizeProblem(wide(101))).toMatch(/tối đa 100 điều kiện/)
    expect(whereSizeProblem({ and: [wide(60), { or: [wide(41)] }] })).toMatch(/tối đa 100 điều kiện/)
    // Many operators on one field count one each.
    expect(whereSizeProblem({ title: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`op${i}`, 1])) })).toMatch(/100 điều kiện/)
    expect(whereSizeProblem({ id: { in: Array.from({ length: 1000 }, (_, i) => i + 1) } })).toBeNull()
    expect(whereSizeProblem({ id: { in: Array.from({ length: 1001 }, (_, i) => i + 1).join(',') } })).toMatch(/tối đa 1000 giá trị/)
    expect(whereSizeProblem(undefined)).toBeNull()
  })

  it('paging: limit a whole number up to the maximum, page from 1', () => {
    expect(pagingProblem(undefined, undefined)).toBeNull()
    expect(pagingProblem(0, 1)).toBeNull() // "all": the hook makes it one page of the maximum
    expect(pagingProblem(MAX_LIST_LIMIT, 99999)).toBeNull()
    for (const bad of [MAX_LIST_LIMIT + 1, -1, 1.5, 'abc', 1e9]) expect(pagingProblem(bad, 1), String(bad)).toMatch(/limit.*từ 1 đến 1000/)
    for (const bad of [0, -1, 'abc', 2.5]) expect(pagingProblem(10, bad), String(bad)).toMatch(/Số trang \(page\)/)
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
