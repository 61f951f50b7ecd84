import { describe, expect, it } from 'vitest'

import { auditChanges, MASK } from '../../src/domain/audit'

describe('the audit trail’s diff', () => {
  it('only the fields that changed, before and after, ignoring bookkeeping', () => {
    const before = { id: 1, title: 'Hội nghị', status: 'planned', attendance: null, updatedAt: 'a', topics: [3, 4] }
    const after = { id: 1, title: 'Hội nghị', status: 'held', attendance: 120, updatedAt: 'b', topics: [3, 4] }
    expect(auditChanges(before, after)).toEqual([
      { field: 'attendance', before: null, after: 120 },
      { field: 'status', before: 'planned', after: 'held' },
    ])
  })

  it('a create lists what was set; a delete what was there', () => {
    expect(auditChanges(null, { title: 'Mới', note: '', tags: [] })).toEqual([{ field: 'title', before: null, after: 'Mới' }])
    expect(auditChanges({ title: 'Cũ' }, null)).toEqual([{ field: 'title', before: 'Cũ', after: null }])
  })

  it('populated documents count as their id: no change when only the depth differs', () => {
    const before = { locality: 5, organization: { id: 9, name: 'Hội Nông dân', createdAt: 'x' } }
    const after = { locality: { id: 5, name: 'Xã An Lão', createdAt: 'y' }, organization: 9 }
    expect(auditChanges(before, after)).toEqual([])
  })

  it('personal data: that it changed, never the value', () => {
    const changes = auditChanges({ name: 'Nguyễn Văn An', phone: '0912345678', status: 'new' }, { name: 'Nguyễn Văn Ân', phone: '0912345678', status: 'answered' }, ['name', 'phone', 'email'])
    expect(changes).toEqual([
      { field: 'name', before: MASK, after: MASK },
      { field: 'status', before: 'new', after: 'answered' },
    ])
    expect(JSON.stringify(changes)).not.toContain('Nguyễn')
    expect(auditChanges(null, { email: 'an@example.vn' }, ['email'])).toEqual([{ field: 'email', before: null, after: MASK }])
  })

  it('an update compares only what the writer’s copy of the document shows', () => {
    expect(auditChanges({ status: 'new', phone: '0912345678' }, { status: 'assigned' }, ['phone'])).toEqual([{ field: 'status', before: 'new', after: 'assigned' }])
    expect(auditChanges({ note: 'x' }, { note: null })).toEqual([{ field: 'note', before: 'x', after: null }])
  })

  it('long values are cut', () => {
    const [change] = auditChanges({ text: '' }, { text: 'x'.repeat(5_000) })
    expect(String(change.after)).toHaveLength(2_000 + '… (5000 ký tự)'.length)
  })
})
