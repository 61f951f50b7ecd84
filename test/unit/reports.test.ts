import { describe, expect, it } from 'vitest'

import {
  dayOfYearError,
  daysUntil,
  deadlinesWithDefaults,
  DEFAULT_DEADLINES,
  dueReminder,
  isReportEditable,
  periodsDueAround,
  reportDueDate,
  reportReminderEmail,
  reportTitle,
  reportTransitionError,
  reportYears,
} from '../../src/domain/reports'

const at = (iso: string) => new Date(iso)

describe('deadlines are data, with the seeds’ defaults', () => {
  it('unit yearly reports by 10 January of the next year, the city report by 20 January', () => {
    expect(reportDueDate('unit', 2027, 'year')).toBe('2028-01-10')
    expect(reportDueDate('city', 2027, 'year')).toBe('2028-01-20')
  })
  it('half-year deadlines are configurable and fall in the same year', () => {
    expect(reportDueDate('unit', 2027, 'h1')).toBe('2027-07-10')
    expect(reportDueDate('unit', 2027, 'h1', { ...DEFAULT_DEADLINES, unitHalfYear: { day: 25, month: 6 } })).toBe('2027-06-25')
  })
  it('a yearly deadline set in December stays in the report’s own year', () => {
    expect(reportDueDate('unit', 2027, 'year', { ...DEFAULT_DEADLINES, unitYear: { day: 15, month: 12 } })).toBe('2027-12-15')
  })
  it('day and month must exist every year', () => {
    expect(dayOfYearError({ day: 29, month: 2 })).toMatch(/1 đến 28/)
    expect(dayOfYearError({ day: 10, month: 13 })).toMatch(/Tháng/)
    expect(dayOfYearError({ day: 31, month: 12 })).toBeNull()
  })
  it('a never-saved or broken global falls back to the defaults', () => {
    expect(deadlinesWithDefaults(null)).toEqual(DEFAULT_DEADLINES)
    expect(deadlinesWithDefaults({ unitYear: { day: 31, month: 2 }, reminderDaysBefore: 3 })).toEqual({ ...DEFAULT_DEADLINES, reminderDaysBefore: 3 })
  })
  it('reviews cover 2026–2028 and 2026–2030', () => {
    expect(reportYears('midterm', 2028)).toEqual({ from: 2026, to: 2028 })
    expect(reportYears('final', 2030)).toEqual({ from: 2026, to: 2030 })
    expect(reportYears('unit', 2027)).toEqual({ from: 2027, to: 2027 })
  })
  it('titles', () => {
    expect(reportTitle('unit', 2027, 'h1', 'UBND phường Lê Chân')).toBe('Kết quả công tác tuyên truyền BHXH, BHYT 6 tháng đầu năm 2027 – UBND phường Lê Chân')
    expect(reportTitle('city', 2027, 'year')).toMatch(/năm 2027 trên địa bàn thành phố$/)
  })
})

describe('reminders: seven days before, and the day after a missed deadline', () => {
  const draft = { status: 'draft' as const, dueDate: '2028-01-10T00:00:00.000Z' }
  it('days are counted on the Vietnam calendar', () => {
    // 17:30 UTC on 2 January is already 3 January in Vietnam: 7 days left.
    expect(daysUntil('2028-01-10', at('2028-01-02T17:30:00Z'))).toBe(7)
    expect(daysUntil('2028-01-10', at('2028-01-02T16:30:00Z'))).toBe(8)
  })
  it('nothing 8 days before; the "before" reminder from 7 days ahead until the deadline', () => {
    expect(dueReminder(draft, at('2028-01-02T00:00:00Z'))).toBeNull()
    expect(dueReminder(draft, at('2028-01-03T00:00:00Z'))).toBe('before')
    expect(dueReminder(draft, at('2028-01-10T10:00:00Z'))).toBe('before')
  })
  it('once only', () => {
    expect(dueReminder({ ...draft, reminderBeforeSentAt: '2028-01-03T01:00:00Z' }, at('2028-01-05T00:00:00Z'))).toBeNull()
    expect(dueReminder({ ...draft, reminderOverdueSentAt: '2028-01-11T01:00:00Z' }, at('2028-01-12T00:00:00Z'))).toBeNull()
  })
  it('"overdue" from the day after the deadline, for 30 days', () => {
    expect(dueReminder(draft, at('2028-01-10T16:59:00Z'))).toBe('before') // 23:59 on the 10th in Vietnam
    expect(dueReminder(draft, at('2028-01-10T17:00:00Z'))).toBe('overdue') // 00:00 on the 11th
    expect(dueReminder(draft, at('2028-02-09T00:00:00Z'))).toBe('overdue')
    expect(dueReminder(draft, at('2028-02-12T00:00:00Z'))).toBeNull()
  })
  it('only while the report is with its organization', () => {
    expect(dueReminder({ ...draft, status: 'submitted' }, at('2028-01-11T00:00:00Z'))).toBeNull()
    expect(dueReminder({ ...draft, status: 'returned' }, at('2028-01-11T00:00:00Z'))).toBe('overdue')
  })
  it('the periods whose deadline is near', () => {
    expect(periodsDueAround(at('2028-01-05T00:00:00Z'), DEFAULT_DEADLINES, 31).map((p) => `${p.year}-${p.period}`)).toEqual(['2027-year'])
    expect(periodsDueAround(at('2027-07-01T00:00:00Z'), DEFAULT_DEADLINES, 31).map((p) => `${p.year}-${p.period}`)).toEqual(['2027-h1'])
    expect(periodsDueAround(at('2027-04-01T00:00:00Z'))).toEqual([])
  })
  it('the emails say what, by when, and where', () => {
    const report = { id: 42, title: 'Kết quả năm 2027 – UBND xã An Lão', dueDate: '2028-01-10T00:00:00.000Z', status: 'draft' as const }
    const before = reportReminderEmail('before', report, 'UBND xã An Lão', 'https://loa.example/admin', at('2028-01-03T02:00:00Z'))
    expect(before.subject).toBe('[Loa] Còn 7 ngày: hạn gửi báo cáo 10/01/2028')
    expect(before.text).toContain('https://loa.example/admin/collections/reports/42')
    const late = reportReminderEmail('overdue', report, 'UBND xã An Lão', 'https://loa.example/admin', at('2028-01-11T02:00:00Z'))
    expect(late.subject).toBe('[Loa] Quá hạn gửi báo cáo (hạn 10/01/2028)')
    expect(late.text).toContain('chưa được gửi Sở Nội vụ')
  })
})

describe('report workflow', () => {
  const owner = { role: 'coordinator' as const, ownsReport: true }
  const evaluator = { role: 'evaluator' as const, ownsReport: false }
  it('draft → submitted by its organization; accepted or returned by Sở Nội vụ', () => {
    expect(reportTransitionError(null, 'draft', owner)).toBeNull()
    expect(reportTransitionError(null, 'submitted', owner)?.field).toBe('status')
    expect(reportTransitionError('draft', 'submitted', owner)).toBeNull()
    expect(reportTransitionError('draft', 'submitted', { ...owner, ownsReport: false })?.message).toMatch(/đơn vị lập báo cáo/)
    expect(reportTransitionError('submitted', 'accepted', evaluator)).toBeNull()
    expect(reportTransitionError('submitted', 'accepted', owner)?.message).toMatch(/Sở Nội vụ/)
    expect(reportTransitionError('draft', 'accepted', evaluator)?.message).toMatch(/Không thể chuyển/)
  })
  it('returning needs a reason; a returned report is sent again', () => {
    expect(reportTransitionError('submitted', 'returned', evaluator)).toEqual({ field: 'returnReason', message: expect.stringMatching(/bổ sung/) })
    expect(reportTransitionError('submitted', 'returned', evaluator, 'Thiếu số liệu quý II')).toBeNull()
    expect(reportTransitionError('returned', 'submitted', owner)).toBeNull()
  })
  it('editable only while with its author', () => {
    expect(isReportEditable('draft')).toBe(true)
    expect(isReportEditable('returned')).toBe(true)
    expect(isReportEditable('submitted')).toBe(false)
    expect(isReportEditable('accepted')).toBe(false)
  })
})
