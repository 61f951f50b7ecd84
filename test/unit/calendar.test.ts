import { describe, expect, it } from 'vitest'

import { calendarEntry, MAX_CALENDAR_DAYS, parseCalendarQuery, STATUS_COLOURS } from '../../src/domain/calendar'

const parse = (query: string) => parseCalendarQuery(new URLSearchParams(query))

describe('the calendar window and filters', () => {
  it('reads a window and the filters it is given', () => {
    const { query, errors } = parse('from=2026-10-25T17:00:00.000Z&to=2026-12-06T17:00:00.000Z&organization=12&locality=&campaign=3')
    expect(errors).toEqual([])
    expect(query).toEqual({ from: new Date('2026-10-25T17:00:00.000Z'), to: new Date('2026-12-06T17:00:00.000Z'), organization: '12', campaign: '3' })
    expect(parse('from=2026-11-01&to=2026-11-08').query?.to).toEqual(new Date('2026-11-08T00:00:00.000Z'))
  })

  it('refuses a missing, malformed, backwards or too long window, and odd ids, in Vietnamese', () => {
    expect(parse('to=2026-11-08').errors).toEqual([{ field: 'from', message: 'Thiếu hoặc sai ngày "from" (dạng 2026-11-01).' }])
    expect(parse('from=hôm nay&to=2026-11-08').errors[0].field).toBe('from')
    expect(parse('from=2026-02-30x&to=2026-11-08').errors[0].field).toBe('from')
    expect(parse('from=2026-11-08&to=2026-11-01').errors).toEqual([{ field: 'to', message: 'Ngày kết thúc phải sau ngày bắt đầu.' }])
    expect(parse('from=2026-01-01&to=2026-12-31').errors[0].message).toBe(`Mỗi lần xem tối đa ${MAX_CALENDAR_DAYS} ngày.`)
    expect(parse('from=2026-11-01&to=2026-11-08&locality[in]=1').errors).toEqual([])
    expect(parse('from=2026-11-01&to=2026-11-08&locality=1 OR 1=1').errors).toEqual([{ field: 'locality', message: 'Mã lọc không hợp lệ.' }])
    expect(parse('from=2026-11-01&to=2026-11-08&locality=1 OR 1=1').query).toBeUndefined()
  })
})

describe('an event on the grid', () => {
  it('is drawn at Vietnam wall-clock time, coloured by status, struck through when cancelled', () => {
    const entry = calendarEntry({
      id: 5,
      title: 'Đối thoại chính sách',
      kind: 'policy_dialogue',
      status: 'cancelled',
      startAt: '2026-11-28T01:00:00.000Z',
      endAt: '2026-11-28T03:30:00.000Z',
      locality: { id: 9, name: 'Phường An Biên' },
      organization: 4,
    })
    expect(entry).toEqual({
      id: '5',
      title: 'Đối thoại chính sách',
      start: '2026-11-28T08:00:00',
      end: '2026-11-28T10:30:00',
      color: STATUS_COLOURS.cancelled,
      classNames: ['loa-cancelled'],
      extendedProps: { kind: 'policy_dialogue', status: 'cancelled', locality: 9, organization: 4 },
    })
  })
})
