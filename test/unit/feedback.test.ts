import { describe, expect, it } from 'vitest'

import { answerEmailDue, ASSIGN_NOT_ALLOWED, ASSIGN_TO_OWN_ORGANIZATION, emailChangeRefusal, reassignmentRefusal } from '../../src/domain/feedback'

// Organizations by id: 1 BHXH thành phố, 2 Sở Nội vụ, 3 Liên đoàn Lao động, 4 Hội Nông dân.
const editor = { role: 'editor', organization: 1 }
const reviewer = { role: 'reviewer', organization: 1 }
const evaluator = { role: 'evaluator', organization: 2 }
const ldld = { role: 'coordinator', organization: 3 }
const admin = { role: 'admin', organization: null }

describe('reassignmentRefusal: who may move a feedback item, and to whom', () => {
  it('BHXH staff assign an item to another organization, or take it back to triage', () => {
    expect(reassignmentRefusal(editor, null, 4)).toBeNull()
    expect(reassignmentRefusal(reviewer, 4, 3)).toBeNull()
    expect(reassignmentRefusal(editor, 4, null)).toBeNull()
  })

  it('nobody but an admin assigns an item to their own organization (they would read the sender’s details)', () => {
    expect(reassignmentRefusal(editor, 4, 1)).toBe(ASSIGN_TO_OWN_ORGANIZATION)
    expect(reassignmentRefusal(reviewer, null, '1')).toBe(ASSIGN_TO_OWN_ORGANIZATION)
    expect(reassignmentRefusal(evaluator, 4, 2)).toBe(ASSIGN_TO_OWN_ORGANIZATION)
    expect(reassignmentRefusal(ldld, 4, 3)).toBe(ASSIGN_TO_OWN_ORGANIZATION)
    expect(reassignmentRefusal(admin, 4, 1)).toBeNull()
  })

  it('the organization holding an item hands it on, but cannot move another organization’s', () => {
    expect(reassignmentRefusal(ldld, 3, 4)).toBeNull()
    expect(reassignmentRefusal(ldld, 3, null)).toBeNull()
    expect(reassignmentRefusal(ldld, 4, 1)).toBe(ASSIGN_NOT_ALLOWED)
  })

  it('Sở Nội vụ evaluates feedback but assigns none, and a user without a role assigns nothing', () => {
    expect(reassignmentRefusal(evaluator, 4, 3)).toBe(ASSIGN_NOT_ALLOWED)
    expect(reassignmentRefusal({ role: null, organization: null }, null, 3)).toBe(ASSIGN_NOT_ALLOWED)
  })

  it('saving without changing the assignee is never refused; the server’s own code may assign', () => {
    expect(reassignmentRefusal(evaluator, 4, '4')).toBeNull()
    expect(reassignmentRefusal(ldld, null, null)).toBeNull()
    expect(reassignmentRefusal(null, 4, 1)).toBeNull()
  })
})

describe('emailChangeRefusal: the sender’s address is kept or erased, never replaced', () => {
  it('keeping or erasing it is fine', () => {
    expect(emailChangeRefusal('mai@example.vn', 'mai@example.vn')).toBeNull()
    expect(emailChangeRefusal('mai@example.vn', '')).toBeNull()
    expect(emailChangeRefusal('mai@example.vn', null)).toBeNull()
    expect(emailChangeRefusal(null, undefined)).toBeNull()
  })

  it('a new or different address is refused, with the reason', () => {
    expect(emailChangeRefusal('mai@example.vn', 'khac@example.vn')).toMatch(/chỉ có thể xóa/)
    expect(emailChangeRefusal(null, 'khac@example.vn')).toMatch(/chỉ có thể xóa/)
  })
})

describe('answerEmailDue: the answer is emailed once per item', () => {
  it('on the first answer, including an item logged already answered', () => {
    expect(answerEmailDue({ status: 'assigned', answeredAt: null }, { status: 'answered' })).toBe(true)
    expect(answerEmailDue(undefined, { status: 'answered' })).toBe(true)
  })

  it('not when an answered item is saved again, nor when it is reopened and answered again', () => {
    expect(answerEmailDue({ status: 'answered', answeredAt: '2026-06-01T02:00:00.000Z' }, { status: 'answered' })).toBe(false)
    expect(answerEmailDue({ status: 'assigned', answeredAt: '2026-06-01T02:00:00.000Z' }, { status: 'answered' })).toBe(false)
  })

  it('not for any other step', () => {
    expect(answerEmailDue({ status: 'new' }, { status: 'closed' })).toBe(false)
  })
})
