import { describe, expect, it } from 'vitest'

import { canMoveEvent, eventErrors, type EventData } from '../../src/domain/events'

const held: EventData = { status: 'held', startAt: '2026-05-10T01:00:00.000Z', endAt: '2026-05-10T04:00:00.000Z' }
const fields = (e: EventData) => eventErrors(e).map((x) => x.field)

describe('eventErrors', () => {
  it('accepts a well-formed held event with results', () => {
    expect(eventErrors({ ...held, attendance: 120, women: 70, attendanceByGroup: [{ count: 80 }, { count: 40 }], newVoluntaryBhxh: 5, actualCost: 2_500_000.5 })).toEqual([])
  })

  it('refuses an end before the start', () => {
    expect(fields({ ...held, endAt: '2026-05-10T00:00:00.000Z' })).toEqual(['endAt'])
  })

  it('refuses dates outside 2026–2030, in Vietnam time', () => {
    expect(fields({ startAt: '2025-12-31T16:59:00.000Z' })).toEqual(['startAt']) // 23:59 on 31/12/2025 in Hải Phòng
    expect(fields({ startAt: '2025-12-31T17:00:00.000Z' })).toEqual([]) // 00:00 on 1/1/2026
    expect(fields({ startAt: '2031-01-01T03:00:00.000Z', endAt: '2031-01-01T05:00:00.000Z' })).toEqual(['startAt', 'endAt'])
  })

  it('refuses negative and fractional counts', () => {
    expect(fields({ ...held, attendance: -1 })).toEqual(['attendance'])
    expect(fields({ plannedAttendance: 10.5 })).toEqual(['plannedAttendance'])
    expect(fields({ ...held, attendance: 10, attendanceByGroup: [{ count: -2 }] })).toEqual(['attendanceByGroup.0.count'])
  })

  it('refuses per-group attendance summing to more than the total, and more women than people', () => {
    const e = eventErrors({ ...held, attendance: 100, attendanceByGroup: [{ count: 60 }, { count: 50 }], women: 101 })
    expect(e.map((x) => x.field)).toEqual(['attendanceByGroup', 'women'])
    expect(e[0].message).toContain('(110)')
  })

  it('refuses results on an event that has not been held', () => {
    expect(fields({ status: 'planned', attendance: 50 })).toEqual(['attendance'])
    expect(fields({ status: 'cancelled', cancelReason: 'Mưa bão', newHouseholdBhyt: 3 })).toEqual(['newHouseholdBhyt'])
    expect(fields({ status: 'planned', plannedAttendance: 50 })).toEqual([])
  })

  it('refuses a cancelled event without a reason, and a report without attendance', () => {
    expect(fields({ status: 'cancelled', cancelReason: '  ' })).toEqual(['cancelReason'])
    expect(fields({ ...held, status: 'reported' })).toEqual(['attendance'])
  })
})

describe('canMoveEvent', () => {
  it('planned → held → reported, planned → cancelled, and back where a correction needs it', () => {
    expect(canMoveEvent(null, 'planned')).toBe(true)
    expect(canMoveEvent(null, 'reported')).toBe(false)
    expect(canMoveEvent('planned', 'held')).toBe(true)
    expect(canMoveEvent('held', 'reported')).toBe(true)
    expect(canMoveEvent('planned', 'reported')).toBe(false)
    expect(canMoveEvent('cancelled', 'held')).toBe(false)
    expect(canMoveEvent('reported', 'held')).toBe(true)
  })
})

describe('feedbackErrors', () => {
  it('keeps personal data only with consent (Decree 13/2023)', async () => {
    const { feedbackErrors } = await import('../../src/domain/feedback')
    expect(feedbackErrors({ phone: '0912345678' }).map((e) => e.field)).toEqual(['consent'])
    expect(feedbackErrors({ phone: '0912 345 678', consent: true })).toEqual([])
    expect(feedbackErrors({})).toEqual([])
  })

  it('checks phone and email, an assignee before assigning and an answer before answering', async () => {
    const { feedbackErrors } = await import('../../src/domain/feedback')
    expect(feedbackErrors({ consent: true, phone: '12345', email: 'a@b' }).map((e) => e.field)).toEqual(['phone', 'email'])
    expect(feedbackErrors({ status: 'assigned' }).map((e) => e.field)).toEqual(['assignedTo'])
    expect(feedbackErrors({ status: 'answered', assignedTo: 1, answer: ' ' }).map((e) => e.field)).toEqual(['answer'])
  })
})
