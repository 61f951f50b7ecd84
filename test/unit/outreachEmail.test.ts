import { describe, expect, it } from 'vitest'

import {
  answerEmail,
  dueDayBeforeReminder,
  dueResultsReminder,
  feedbackAssignedEmail,
  tomorrowInVietnam,
} from '../../src/domain/outreachEmail'
import { eventTimeLabel } from '../../src/domain/events'
import { vietnamDayStart } from '../../src/domain/period'

describe('Vietnam calendar days', () => {
  it('a day starts at 17:00 UTC the evening before', () => {
    expect(vietnamDayStart('2026-11-24').toISOString()).toBe('2026-11-23T17:00:00.000Z')
  })

  it('"tomorrow" follows Vietnam’s date, not UTC’s', () => {
    // 23:30 on 23 Nov in Vietnam is still 23 Nov in UTC (16:30Z): tomorrow is 24 Nov.
    expect(tomorrowInVietnam(new Date('2026-11-23T16:30:00Z')).from.toISOString()).toBe('2026-11-23T17:00:00.000Z')
    // 00:30 on 24 Nov in Vietnam is 23 Nov 17:30Z: tomorrow is already 25 Nov.
    const { from, to } = tomorrowInVietnam(new Date('2026-11-23T17:30:00Z'))
    expect([from.toISOString(), to.toISOString()]).toEqual(['2026-11-24T17:00:00.000Z', '2026-11-25T17:00:00.000Z'])
  })
})

describe('who is due a reminder', () => {
  const now = new Date('2026-11-23T03:00:00Z') // 10:00, Monday 23 Nov in Vietnam
  const planned = { status: 'planned', startAt: '2026-11-24T01:00:00.000Z', endAt: '2026-11-24T03:00:00.000Z' }

  it('a planned event tomorrow, not yet reminded for this start time', () => {
    expect(dueDayBeforeReminder(planned, now)).toBe(true)
    expect(dueDayBeforeReminder({ ...planned, reminderSentFor: planned.startAt }, now)).toBe(false)
    expect(dueDayBeforeReminder({ ...planned, reminderSentFor: '2026-11-20T01:00:00.000Z' }, now)).toBe(true)
    expect(dueDayBeforeReminder({ ...planned, status: 'cancelled' }, now)).toBe(false)
    // 23:59 tomorrow is tomorrow; 00:00 the day after is not.
    expect(dueDayBeforeReminder({ ...planned, startAt: '2026-11-24T16:59:00.000Z' }, now)).toBe(true)
    expect(dueDayBeforeReminder({ ...planned, startAt: '2026-11-24T17:00:00.000Z' }, now)).toBe(false)
    expect(dueDayBeforeReminder({ ...planned, startAt: '2026-11-23T09:00:00.000Z' }, now)).toBe(false)
  })

  it('an event ended 3 to 30 days ago with no attendance logged, once', () => {
    const ended = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000).toISOString()
    const held = { status: 'held', startAt: ended(4), endAt: ended(4) }
    expect(dueResultsReminder(held, now)).toBe(true)
    expect(dueResultsReminder({ ...held, status: 'planned' }, now)).toBe(true) // held but never marked so
    expect(dueResultsReminder({ ...held, attendance: 0 }, now)).toBe(false)
    expect(dueResultsReminder({ ...held, resultsReminderSentAt: now.toISOString() }, now)).toBe(false)
    expect(dueResultsReminder({ ...held, status: 'cancelled' }, now)).toBe(false)
    expect(dueResultsReminder({ ...held, endAt: ended(2.9) }, now)).toBe(false)
    expect(dueResultsReminder({ ...held, endAt: ended(31) }, now)).toBe(false)
  })
})

describe('texts', () => {
  it('event times read the Vietnamese way, in Vietnam time', () => {
    expect(eventTimeLabel('2026-11-28T01:00:00.000Z', '2026-11-28T03:30:00.000Z')).toBe('Thứ Bảy, 28/11/2026, 08:00–10:30')
    expect(eventTimeLabel('2026-11-29T16:30:00.000Z')).toBe('Chủ nhật, 29/11/2026, 23:30')
    expect(eventTimeLabel('2026-11-28T01:00:00.000Z', '2026-11-29T09:00:00.000Z')).toBe('Thứ Bảy, 28/11/2026, 08:00 – Chủ nhật, 29/11/2026, 16:00')
  })

  it('the assignment notice says whether contact details exist but never carries them', () => {
    const { subject, text } = feedbackAssignedEmail(
      { id: 7, kind: 'Phản ánh, khiếu nại', text: 'Công ty nợ BHXH', locality: 'Phường An Biên', topic: null, hasContact: false },
      'Liên đoàn Lao động thành phố Hải Phòng',
      'https://loa.example/admin',
    )
    expect(subject).toBe('[Loa] Liên đoàn Lao động thành phố Hải Phòng được giao xử lý một phản ánh, khiếu nại của người dân')
    expect(text).toContain('Người gửi không để lại thông tin liên hệ')
    expect(text).not.toContain('Chủ đề:')
    expect(text).toContain('https://loa.example/admin/collections/feedback/7')
  })

  it('the answer greets the asker by name, or politely without one', () => {
    expect(answerEmail({ name: ' ', question: 'Hỏi', answer: 'Đáp' }).text).toMatch(/^Kính gửi ông\/bà,/)
    expect(answerEmail({ name: 'Lan', question: 'Dòng 1\nDòng 2', answer: 'Đáp' }).text).toContain('> Dòng 1\n> Dòng 2')
  })
})
