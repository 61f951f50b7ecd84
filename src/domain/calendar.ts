/**
 * The admin's event calendar: which window and filters a request asks for, and how an event is
 * drawn. Plain functions, unit-tested; the endpoint in collections/Events/endpoints/calendar.ts
 * reads the events.
 */
import { vietnamWallClock } from './period'
import { relationId } from './relations'

/** A month view shows six weeks; a little more is allowed, a year is not. */
export const MAX_CALENDAR_DAYS = 62

export const CALENDAR_FILTERS = ['organization', 'locality', 'audienceGroup', 'campaign'] as const
export type CalendarFilter = (typeof CALENDAR_FILTERS)[number]

export type CalendarQuery = { from: Date; to: Date } & Partial<Record<CalendarFilter, string>>
export type CalendarQueryError = { field: string; message: string }

const ID = /^[A-Za-z0-9_-]{1,64}$/

/** Reads `from`, `to` (ISO dates or instants) and the optional filters (ids); every problem in Vietnamese. */
export function parseCalendarQuery(params: URLSearchParams): { query?: CalendarQuery; errors: CalendarQueryError[] } {
  const errors: CalendarQueryError[] = []
  const date = (field: 'from' | 'to') => {
    const raw = params.get(field)
    const value = raw && /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(raw) ? new Date(raw) : null
    if (!value || Number.isNaN(value.getTime())) errors.push({ field, message: `Thiếu hoặc sai ngày "${field}" (dạng 2026-11-01).` })
    return value
  }
  const from = date('from')
  const to = date('to')
  if (from && to && to.getTime() <= from.getTime()) errors.push({ field: 'to', message: 'Ngày kết thúc phải sau ngày bắt đầu.' })
  else if (from && to && to.getTime() - from.getTime() > MAX_CALENDAR_DAYS * 86_400_000) {
    errors.push({ field: 'to', message: `Mỗi lần xem tối đa ${MAX_CALENDAR_DAYS} ngày.` })
  }
  const filters: Partial<Record<CalendarFilter, string>> = {}
  for (const name of CALENDAR_FILTERS) {
    const value = params.get(name)?.trim()
    if (!value) continue
    if (!ID.test(value)) errors.push({ field: name, message: 'Mã lọc không hợp lệ.' })
    else filters[name] = value
  }
  return errors.length || !from || !to ? { errors } : { query: { from, to, ...filters }, errors }
}

export type CalendarEvent = {
  id: number | string
  title: string
  kind: string
  status: string
  startAt: string
  endAt: string
  locality?: unknown
  organization?: unknown
}

/** Status colours: scheduled blue, held amber (results due), reported green, cancelled grey. */
export const STATUS_COLOURS: Record<string, string> = {
  planned: '#1d4ed8',
  held: '#b45309',
  reported: '#15803d',
  cancelled: '#6b7280',
}

/** Vietnam wall-clock time without an offset: the calendar draws it as is, wherever the browser is. */
const floatingVietnamTime = (value: string | Date) => vietnamWallClock(value).toISOString().slice(0, 19)

export function calendarEntry(event: CalendarEvent) {
  return {
    id: String(event.id),
    title: event.title,
    start: floatingVietnamTime(event.startAt),
    end: floatingVietnamTime(event.endAt),
    color: STATUS_COLOURS[event.status] ?? STATUS_COLOURS.planned,
    classNames: event.status === 'cancelled' ? ['loa-cancelled'] : [],
    extendedProps: { kind: event.kind, status: event.status, locality: relationId(event.locality), organization: relationId(event.organization) },
  }
}
