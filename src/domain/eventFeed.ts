/**
 * Outreach events as the public sees them: the calendar feeds (ICS) of an organization or a
 * commune, and the site's "upcoming events in my commune" page. Plain functions of plain
 * records; src/lib/eventFeeds.ts gathers the records with Payload. A PublicEvent holds only
 * public facts, so results, costs and planned attendance cannot reach a feed or the page.
 */
import { EVENT_KIND_LABELS, eventTimeLabel, type EventKind, type EventStatus } from './events'

/** Vietnam's time zone: UTC+7 all year (no daylight saving since 1975). */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh'

/** A feed reaches back a quarter (recent events stay in subscribers' calendars) and two years ahead. */
export const FEED_PAST_DAYS = 90
export const FEED_FUTURE_YEARS = 2
/** More than any organization plans in the window; keeps a feed small enough for calendar apps. */
export const FEED_MAX_EVENTS = 2000

/** The public facts of one event, with its relationships already resolved to names. */
export type PublicEvent = {
  id: number | string
  title: string
  kind: string
  startAt: string
  endAt: string
  status: EventStatus
  cancelReason?: string | null
  venue?: string | null
  siteName?: string | null
  localityId?: number | string | null
  communeName?: string | null
  /** The organizing body first, then the co-organizers. */
  organizerNames: string[]
  audienceGroupNames: string[]
  updatedAt?: string | null
}

export type IcsStatus = 'CONFIRMED' | 'CANCELLED'

/** One VEVENT of a feed, ready for the ICS writer. */
export type FeedItem = {
  uid: string
  summary: string
  start: Date
  end: Date
  status: IcsStatus
  location: string
  description: string
  category: string
  lastModified: Date | null
}

/** One event on the public page. */
export type UpcomingItem = {
  id: string
  title: string
  kindLabel: string
  startAt: string
  /** e.g. "Thứ Bảy, 28/11/2026, 08:00–10:30" (Vietnam time) */
  when: string
  place: string
  organizers: string
  audience: string
  cancelled: boolean
  cancelReason: string | null
}

/** The span of events a feed carries, counted from `now`. */
export function feedWindow(now: Date): { from: Date; to: Date } {
  const from = new Date(now.getTime() - FEED_PAST_DAYS * 24 * 3600 * 1000)
  const to = new Date(now.getTime())
  to.setUTCFullYear(to.getUTCFullYear() + FEED_FUTURE_YEARS)
  return { from, to }
}

/** Held and reported events did take place: for a calendar they stay confirmed. */
export function icsStatus(status: EventStatus): IcsStatus {
  return status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'
}

/** Stable across edits, so a calendar app updates the event instead of adding a copy. */
export function eventUid(id: number | string): string {
  return `event-${id}@loa.haiphong`
}

export function kindLabel(kind: string): string {
  return EVENT_KIND_LABELS[kind as EventKind]?.vi ?? kind
}

/** Many calendar apps ignore STATUS in subscribed feeds: the title says it too. */
export function eventSummary(e: PublicEvent): string {
  return e.status === 'cancelled' ? `[Đã hủy] ${e.title}` : e.title
}

/** Venue, site and commune, leaving out a part the venue already names. */
export function eventPlace(e: PublicEvent): string {
  const parts: string[] = []
  for (const part of [e.venue, e.siteName, e.communeName]) {
    const text = part?.trim()
    if (text && !parts.some((p) => p.toLowerCase().includes(text.toLowerCase()))) parts.push(text)
  }
  return parts.join(', ')
}

export function organizersText(e: PublicEvent): string {
  return e.organizerNames.join('; ')
}

export function audienceText(e: PublicEvent): string {
  return e.audienceGroupNames.join('; ')
}

/** The event's description in a calendar app, in Vietnamese. */
export function eventDescription(e: PublicEvent): string {
  const [organizer, ...coOrganizers] = e.organizerNames
  const lines = [`Hình thức: ${kindLabel(e.kind)}`]
  if (organizer) lines.push(`Đơn vị tổ chức: ${organizer}`)
  if (coOrganizers.length) lines.push(`Đơn vị phối hợp: ${coOrganizers.join('; ')}`)
  const place = eventPlace(e)
  if (place) lines.push(`Địa điểm: ${place}`)
  if (e.audienceGroupNames.length) lines.push(`Đối tượng: ${audienceText(e)}`)
  if (e.status === 'cancelled') {
    lines.push(e.cancelReason?.trim() ? `Sự kiện đã bị hủy. Lý do: ${e.cancelReason.trim()}` : 'Sự kiện đã bị hủy.')
  }
  return lines.join('\n')
}

const byStart = (a: PublicEvent, b: PublicEvent) =>
  new Date(a.startAt).getTime() - new Date(b.startAt).getTime() || String(a.id).localeCompare(String(b.id))

/** The events of a feed, by start. */
export function feedItems(events: PublicEvent[]): FeedItem[] {
  return [...events].sort(byStart).map((e) => ({
    uid: eventUid(e.id),
    summary: eventSummary(e),
    start: new Date(e.startAt),
    end: new Date(e.endAt),
    status: icsStatus(e.status),
    location: eventPlace(e),
    description: eventDescription(e),
    category: kindLabel(e.kind),
    lastModified: e.updatedAt ? new Date(e.updatedAt) : null,
  }))
}

/** The feed's name in a calendar app, e.g. "Loa – Sự kiện tuyên truyền – Phường Thiên Hương". */
export function calendarName(scopeName: string): string {
  return `Loa – Sự kiện tuyên truyền – ${scopeName}`
}

/**
 * What the public page lists: events not yet over that people may still attend, and cancelled
 * ones so nobody turns up for nothing. Held or reported ones are done with.
 */
export function isUpcoming(e: PublicEvent, now: Date): boolean {
  return (e.status === 'planned' || e.status === 'cancelled') && new Date(e.endAt).getTime() >= now.getTime()
}

export function upcomingItems(events: PublicEvent[], now: Date): UpcomingItem[] {
  return events
    .filter((e) => isUpcoming(e, now))
    .sort(byStart)
    .map((e) => ({
      id: String(e.id),
      title: e.title,
      kindLabel: kindLabel(e.kind),
      startAt: e.startAt,
      when: eventTimeLabel(e.startAt, e.endAt),
      place: eventPlace(e),
      organizers: organizersText(e),
      audience: audienceText(e),
      cancelled: e.status === 'cancelled',
      cancelReason: e.status === 'cancelled' ? e.cancelReason?.trim() || null : null,
    }))
}

/**
 * The document id in a feed URL ("12" or "12.ics"), or null when it cannot be one: digits on
 * SQLite/PostgreSQL, a 24-hex ObjectId on MongoDB. Checked before querying, because PostgreSQL
 * rejects a malformed id with an error rather than finding nothing.
 */
export function parseFeedId(raw: string, idType: 'number' | 'text'): number | string | null {
  const id = raw.replace(/\.ics$/i, '')
  if (idType === 'number') return /^[1-9]\d{0,14}$/.test(id) ? Number(id) : null
  return /^[0-9a-f]{24}$/i.test(id) ? id.toLowerCase() : null
}
