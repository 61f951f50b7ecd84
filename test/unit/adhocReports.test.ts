import { describe, expect, it } from 'vitest'

import { adhocRequestError, isOrganizationReport, reportReminderEmail, reportTitle } from '../../src/domain/reports'

const TODAY = '2027-03-10'

describe('an ad hoc request (báo cáo đột xuất)', () => {
  const ok = { organization: 5, subject: 'tình hình phát tờ gấp', dueDate: '2027-03-20T00:00:00.000Z' }

  it('needs an organization, a subject and a deadline', () => {
    expect(adhocRequestError(ok, TODAY)).toBeNull()
    expect(adhocRequestError({ ...ok, organization: null }, TODAY)?.field).toBe('organization')
    expect(adhocRequestError({ ...ok, subject: '   ' }, TODAY)).toEqual({ field: 'subject', message: 'Cần nêu nội dung yêu cầu báo cáo.' })
    expect(adhocRequestError({ ...ok, dueDate: null }, TODAY)).toEqual({ field: 'dueDate', message: 'Cần đặt hạn gửi báo cáo.' })
    expect(adhocRequestError({ ...ok, dueDate: 'ngày mai' }, TODAY)?.field).toBe('dueDate')
  })

  it('due today at the earliest, in Vietnam’s calendar, within the plan’s term', () => {
    // 9 March 17:00 UTC is already 10 March in Vietnam: today, allowed.
    expect(adhocRequestError({ ...ok, dueDate: '2027-03-09T17:00:00.000Z' }, TODAY)).toBeNull()
    expect(adhocRequestError({ ...ok, dueDate: '2027-03-09T16:59:00.000Z' }, TODAY)?.message).toBe('Hạn gửi báo cáo không được trước hôm nay.')
    expect(adhocRequestError({ ...ok, dueDate: '2031-01-05' }, TODAY)?.message).toBe('Hạn gửi phải trong giai đoạn 2026–2030.')
  })

  it('is titled by its subject and organization, and is an organization’s report like a unit report', () => {
    expect(reportTitle('adhoc', 2027, 'year', 'Hội Nông dân thành phố Hải Phòng', ' tình hình phát tờ gấp ')).toBe('Báo cáo đột xuất: tình hình phát tờ gấp – Hội Nông dân thành phố Hải Phòng')
    expect(['unit', 'adhoc', 'city', 'final'].map(isOrganizationReport)).toEqual([true, true, false, false])
  })

  it('its reminder says what it is, not that figures were compiled', () => {
    const report = { id: 3, title: 'Báo cáo đột xuất: x', dueDate: '2027-03-20T00:00:00.000Z', status: 'draft' as const }
    const now = new Date('2027-03-15T02:00:00.000Z')
    const adhoc = reportReminderEmail('before', { ...report, kind: 'adhoc' }, 'Hội Nông dân', 'https://loa.example/admin', now)
    expect(adhoc.subject).toBe('[Loa] Còn 5 ngày: hạn gửi báo cáo 20/03/2027')
    expect(adhoc.text).toContain('báo cáo đột xuất theo yêu cầu của Sở Nội vụ')
    expect(adhoc.text).not.toContain('tổng hợp sẵn')
    expect(reportReminderEmail('before', { ...report, kind: 'unit' }, 'Hội Nông dân', 'https://loa.example/admin', now).text).toContain('tổng hợp sẵn')
  })
})
