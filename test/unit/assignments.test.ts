import { describe, expect, it } from 'vitest'

import { isOverdue } from '../../src/domain/assignments'

describe('isOverdue', () => {
  it('a task due yesterday and still in progress is overdue', () => {
    expect(isOverdue('in_progress', '2028-12-30', '2028-12-31')).toBe(true)
  })

  it('a task due today is not overdue yet', () => {
    expect(isOverdue('not_started', '2028-12-31', '2028-12-31')).toBe(false)
  })

  it('a finished task is never overdue', () => {
    expect(isOverdue('done', '2028-12-30', '2029-06-01')).toBe(false)
  })

  it('a blocked task past its due day is overdue', () => {
    expect(isOverdue('blocked', '2028-12-30', '2029-01-01')).toBe(true)
  })

  it('a task without a due date is never overdue', () => {
    expect(isOverdue('not_started', null, '2030-12-31')).toBe(false)
    expect(isOverdue('not_started', undefined, '2030-12-31')).toBe(false)
    expect(isOverdue('not_started', '', '2030-12-31')).toBe(false)
  })

  it('a stored timestamp is compared as a Vietnam calendar day', () => {
    // 17:00 UTC on 29 June is midnight on 30 June in Hải Phòng: due today, not yet overdue.
    expect(isOverdue('in_progress', '2026-06-29T17:00:00.000Z', '2026-06-30')).toBe(false)
    expect(isOverdue('in_progress', '2028-12-31T12:00:00.000Z', '2028-12-31')).toBe(false)
    expect(isOverdue('in_progress', '2028-12-31T12:00:00.000Z', '2029-01-01')).toBe(true)
  })
})
