import { describe, expect, it } from 'vitest'

import {
  calendarName,
  eventDescription,
  eventPlace,
  eventSummary,
  eventUid,
  feedItems,
  feedWindow,
  icsStatus,
  isUpcoming,
  parseFeedId,
  upcomingItems,
  type PublicEvent,
} from '../../src/domain/eventFeed'
import { eventTimeLabel } from '../../src/domain/events'

const event = (extra: Partial<PublicEvent> = {}): PublicEvent => ({
  id: 7,
  title: 'Đối thoại chính sách BHXH với công nhân',
  kind: 'policy_dialogue',
  // 08:00–10:30 on Saturday 28 November 2026 in Hải Phòng
  startAt: '2026-11-28T01:00:00.000Z',
  endAt: '2026-11-28T03:30:00.000Z',
  status: 'planned',
  venue: 'Nhà văn hóa khu phố 3',
  siteName: 'KCN Nam Cầu Kiền',
  localityId: 12,
  communeName: 'Phường Thiên Hương',
  organizerNames: ['Liên đoàn Lao động thành phố Hải Phòng', 'Hội Nông dân thành phố'],
  audienceGroupNames: ['Người lao động trong doanh nghiệp'],
  ...extra,
})

describe('the window of a feed', () => {
  it('reaches back 90 days and two years ahead', () => {
    const { from, to } = feedWindow(new Date('2026-11-23T13:00:00.000Z'))
    expect(from.toISOString()).toBe('2026-08-25T13:00:00.000Z')
    expect(to.toISOString()).toBe('2028-11-23T13:00:00.000Z')
  })
})

describe('how an event reads in a calendar', () => {
  it('held and reported events stay confirmed; only a cancelled one is CANCELLED', () => {
    expect(icsStatus('planned')).toBe('CONFIRMED')
    expect(icsStatus('held')).toBe('CONFIRMED')
    expect(icsStatus('reported')).toBe('CONFIRMED')
    expect(icsStatus('cancelled')).toBe('CANCELLED')
  })

  it('a stable UID from the id, so an edited event replaces itself in the calendar', () => {
    expect(eventUid(42)).toBe('event-42@loa.haiphong')
    expect(eventUid('65a1f0c2e4b0a1b2c3d4e5f6')).toBe('event-65a1f0c2e4b0a1b2c3d4e5f6@loa.haiphong')
  })

  it('a cancelled event says so in its title too', () => {
    expect(eventSummary(event())).toBe('Đối thoại chính sách BHXH với công nhân')
    expect(eventSummary(event({ status: 'cancelled' }))).toBe('[Đã hủy] Đối thoại chính sách BHXH với công nhân')
  })

  it('the place: venue, site and commune, without repeating what the venue already says', () => {
    expect(eventPlace(event())).toBe('Nhà văn hóa khu phố 3, KCN Nam Cầu Kiền, Phường Thiên Hương')
    expect(eventPlace(event({ venue: 'Hội trường UBND phường Thiên Hương', siteName: null }))).toBe('Hội trường UBND phường Thiên Hương')
    expect(eventPlace(event({ venue: '  ', siteName: null }))).toBe('Phường Thiên Hương')
  })

  it('the description in Vietnamese: kind, organizers, place, audience', () => {
    expect(eventDescription(event())).toBe(
      [
        'Hình thức: Đối thoại chính sách',
        'Đơn vị tổ chức: Liên đoàn Lao động thành phố Hải Phòng',
        'Đơn vị phối hợp: Hội Nông dân thành phố',
        'Địa điểm: Nhà văn hóa khu phố 3, KCN Nam Cầu Kiền, Phường Thiên Hương',
        'Đối tượng: Người lao động trong doanh nghiệp',
      ].join('\n'),
    )
  })

  it('a cancelled event’s description gives the reason', () => {
    expect(eventDescription(event({ status: 'cancelled', cancelReason: 'Bão số 3' }))).toMatch(/\nSự kiện đã bị hủy\. Lý do: Bão số 3$/)
    expect(eventDescription(event({ status: 'cancelled', cancelReason: null }))).toMatch(/\nSự kiện đã bị hủy\.$/)
  })

  it('feed items come by start time with the ICS fields filled', () => {
    const later = event({ id: 8, startAt: '2026-12-01T01:00:00.000Z', endAt: '2026-12-01T02:00:00.000Z', status: 'cancelled' })
    const items = feedItems([later, event({ updatedAt: '2026-11-20T09:00:00.000Z' })])
    expect(items.map((i) => i.uid)).toEqual(['event-7@loa.haiphong', 'event-8@loa.haiphong'])
    expect(items[0]).toMatchObject({
      start: new Date('2026-11-28T01:00:00.000Z'),
      end: new Date('2026-11-28T03:30:00.000Z'),
      status: 'CONFIRMED',
      category: 'Đối thoại chính sách',
      lastModified: new Date('2026-11-20T09:00:00.000Z'),
    })
    expect(items[1].status).toBe('CANCELLED')
    expect(items[1].lastModified).toBeNull()
  })

  it('the calendar is named after the organization or commune', () => {
    expect(calendarName('Phường Thiên Hương')).toBe('Loa – Sự kiện tuyên truyền – Phường Thiên Hương')
  })
})

describe('dates and times in Vietnam time', () => {
  it('weekday, day, and the hours of an event', () => {
    expect(eventTimeLabel('2026-11-28T01:00:00.000Z', '2026-11-28T03:30:00.000Z')).toBe('Thứ Bảy, 28/11/2026, 08:00–10:30')
  })

  it('the Vietnam date, not the UTC one, near midnight', () => {
    // 23:30 UTC on Saturday is 06:30 on Sunday in Hải Phòng.
    expect(eventTimeLabel('2026-11-28T23:30:00.000Z', '2026-11-29T01:00:00.000Z')).toBe('Chủ nhật, 29/11/2026, 06:30–08:00')
  })

  it('both days for an event running past midnight', () => {
    expect(eventTimeLabel('2026-12-31T12:00:00.000Z', '2026-12-31T18:00:00.000Z')).toBe(
      'Thứ Năm, 31/12/2026, 19:00 – Thứ Sáu, 01/01/2027, 01:00',
    )
  })
})

describe('what the public page lists', () => {
  const now = new Date('2026-11-28T02:00:00.000Z') // 09:00, during the event above

  it('planned events not yet over, including one under way', () => {
    expect(isUpcoming(event(), now)).toBe(true)
    expect(isUpcoming(event({ endAt: '2026-11-28T01:59:59.000Z' }), now)).toBe(false)
  })

  it('cancelled ones too, so nobody turns up; never held or reported ones', () => {
    expect(isUpcoming(event({ status: 'cancelled' }), now)).toBe(true)
    expect(isUpcoming(event({ status: 'held' }), now)).toBe(false)
    expect(isUpcoming(event({ status: 'reported' }), now)).toBe(false)
  })

  it('items by start, with the cancelled one marked and its reason', () => {
    const items = upcomingItems(
      [
        event({ id: 3, startAt: '2026-12-05T01:00:00.000Z', endAt: '2026-12-05T02:00:00.000Z', status: 'cancelled', cancelReason: 'Bão số 3' }),
        event({ id: 2, status: 'held' }),
        event({ id: 1 }),
      ],
      now,
    )
    expect(items.map((i) => i.id)).toEqual(['1', '3'])
    expect(items[0]).toMatchObject({
      cancelled: false,
      cancelReason: null,
      when: 'Thứ Bảy, 28/11/2026, 08:00–10:30',
      kindLabel: 'Đối thoại chính sách',
      organizers: 'Liên đoàn Lao động thành phố Hải Phòng; Hội Nông dân thành phố',
      audience: 'Người lao động trong doanh nghiệp',
    })
    expect(items[1]).toMatchObject({ cancelled: true, cancelReason: 'Bão số 3' })
  })
})

describe('the id in a feed URL', () => {
  it('"12" and "12.ics" on SQLite and PostgreSQL', () => {
    expect(parseFeedId('12', 'number')).toBe(12)
    expect(parseFeedId('12.ics', 'number')).toBe(12)
    expect(parseFeedId('12.ICS', 'number')).toBe(12)
  })

  it('an ObjectId on MongoDB', () => {
    expect(parseFeedId('65A1F0C2E4B0A1B2C3D4E5F6.ics', 'text')).toBe('65a1f0c2e4b0a1b2c3d4e5f6')
    expect(parseFeedId('12', 'text')).toBeNull()
  })

  it('anything else is no id', () => {
    for (const raw of ['', '.ics', 'abc', '0', '-1', '1.5', '12.ics.ics', '12abc', ' 12', '1e3', '9'.repeat(16)]) {
      expect(parseFeedId(raw, 'number'), raw).toBeNull()
    }
  })
})
