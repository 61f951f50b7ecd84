/**
 * Calendar feeds (ICS) of outreach events and the site's "upcoming events in my commune" page.
 * Events are for staff only through the API, so they are read here with the server's rights,
 * selecting only the public fields; src/domain/eventFeed.ts decides what each one shows.
 */
import config, { serverURL } from '@payload-config'
import ical, { escape, ICalEventStatus } from 'ical-generator'
import { getPayload, type Where } from 'payload'

import {
  calendarName,
  FEED_MAX_EVENTS,
  feedItems,
  feedWindow,
  parseFeedId,
  upcomingItems,
  VIETNAM_TIME_ZONE,
  type PublicEvent,
  type UpcomingItem,
} from '../domain/eventFeed'
import type { EventStatus } from '../domain/events'
import type { LocalityKind } from '../domain/places'
import { relationId, relationName } from '../domain/relations'
import { publicCache } from './siteCache'

const payload = () => getPayload({ config })

export type FeedScope = { organization: number | string } | { locality: number | string }
export type FeedKind = 'organization' | 'locality'

/** The URL segment of each kind of feed: /lich/don-vi/<id>.ics and /lich/xa/<id>.ics. */
const FEED_PATH: Record<FeedKind, string> = { organization: 'don-vi', locality: 'xa' }
const NOT_FOUND: Record<FeedKind, string> = {
  organization: 'Không tìm thấy lịch: đơn vị này không tồn tại.',
  locality: 'Không tìm thấy lịch: xã, phường, đặc khu này không tồn tại.',
}

const scopeKind = (scope: FeedScope): FeedKind => ('organization' in scope ? 'organization' : 'locality')
const scopeId = (scope: FeedScope) => ('organization' in scope ? scope.organization : scope.locality)

/** The public address of the site (calendar apps need absolute links): the config's serverURL. */
export function siteURL(): string {
  return serverURL.replace(/\/+$/, '')
}

export function feedURL(scope: FeedScope): string {
  return `${siteURL()}/lich/${FEED_PATH[scopeKind(scope)]}/${scopeId(scope)}.ics`
}

/** webcal:// makes a click open the calendar app's "subscribe" dialog instead of a download. */
export function webcalURL(url: string): string {
  return url.replace(/^https?:/, 'webcal:')
}

export function communePageURL(localityId: number | string): string {
  return `${siteURL()}/su-kien?xa=${localityId}`
}

/** Only these fields leave the database: nothing of results, costs, planned attendance or users. */
const PUBLIC_FIELDS = {
  title: true,
  kind: true,
  startAt: true,
  endAt: true,
  status: true,
  cancelReason: true,
  venue: true,
  site: true,
  locality: true,
  organization: true,
  coOrganizers: true,
  audienceGroups: true,
  updatedAt: true,
} as const
const PUBLIC_NAMES = {
  organizations: { name: true },
  localities: { name: true },
  sites: { name: true },
  'audience-groups': { shortName: true, name: true },
} as const

type Related = number | string | { id?: number | string; name?: string | null; shortName?: string | null } | null | undefined
const related = (value: Related) => (value && typeof value === 'object' ? value : null)

type EventDoc = {
  id: number | string
  title: string
  kind: string
  startAt: string
  endAt: string
  status: EventStatus
  cancelReason?: string | null
  venue?: string | null
  site?: Related
  locality?: Related
  organization?: Related
  coOrganizers?: Related[] | null
  audienceGroups?: Related[] | null
  updatedAt?: string | null
}

function toPublicEvent(doc: EventDoc): PublicEvent {
  const organizers = [doc.organization, ...(doc.coOrganizers ?? [])].map(relationName).filter((n): n is string => !!n)
  return {
    id: doc.id,
    title: doc.title,
    kind: doc.kind,
    startAt: doc.startAt,
    endAt: doc.endAt,
    status: doc.status,
    cancelReason: doc.cancelReason ?? null,
    venue: doc.venue ?? null,
    siteName: relationName(doc.site),
    localityId: relationId(doc.locality),
    communeName: relationName(doc.locality),
    organizerNames: [...new Set(organizers)],
    audienceGroupNames: (doc.audienceGroups ?? [])
      .map((g) => related(g)?.shortName || related(g)?.name)
      .filter((n): n is string => !!n),
    updatedAt: doc.updatedAt ?? null,
  }
}

async function findPublicEvents(where: Where, limit: number): Promise<PublicEvent[]> {
  const { docs } = await (await payload()).find({
    collection: 'events',
    where,
    sort: 'startAt',
    limit,
    depth: 1,
    select: PUBLIC_FIELDS,
    populate: PUBLIC_NAMES,
  })
  return (docs as unknown as EventDoc[]).map(toPublicEvent)
}

/**
 * An organization's feed is published in its name: it carries the events it organizes, which only
 * its own coordinators write. Co-organized events are not in it — any organizer may name any body
 * as co-organizer, so they would let another organization write into this feed; their description
 * (in the organizer's and the commune's feeds) still names the co-organizers.
 */
function scopeWhere(scope: FeedScope): Where {
  if ('organization' in scope) return { organization: { equals: scope.organization } }
  return { locality: { equals: scope.locality } }
}

/**
 * A feed's events: those the organization organizes, or those in the commune,
 * starting inside feedWindow(now), every status (a cancelled one tells subscribers to drop it).
 */
export async function eventsForScope(scope: FeedScope, now: Date = new Date()): Promise<PublicEvent[]> {
  const { from, to } = feedWindow(now)
  return findPublicEvents(
    {
      and: [
        scopeWhere(scope),
        { startAt: { greater_than_equal: from.toISOString() } },
        { startAt: { less_than_equal: to.toISOString() } },
      ],
    },
    FEED_MAX_EVENTS,
  )
}

/** The feed's scope and its name, or null when the id is malformed or names nothing. */
export async function findScope(kind: FeedKind, rawId: string): Promise<{ scope: FeedScope; name: string } | null> {
  const p = await payload()
  const id = parseFeedId(rawId, p.db.defaultIDType)
  if (id === null) return null
  const { docs } = await p.find({
    collection: kind === 'organization' ? 'organizations' : 'localities',
    where: { id: { equals: id } },
    limit: 1,
    depth: 0,
    pagination: false,
    select: { name: true },
  })
  const doc = docs[0]
  if (!doc) return null
  return { scope: kind === 'organization' ? { organization: doc.id } : { locality: doc.id }, name: doc.name }
}

/**
 * The ICS text of a feed. Times are written in UTC ("…Z"): ical-generator writes native Dates of
 * a calendar with a time zone as floating times in the server's own zone, so the zone is only
 * announced (X-WR-TIMEZONE) for apps that show the calendar in it.
 */
export function calendarText(scopeName: string, url: string, events: PublicEvent[]): string {
  const calendar = ical({
    // ical-generator writes the name unescaped; a comma or newline in it would break the line.
    name: escape(calendarName(scopeName), false),
    prodId: { company: 'Loa Hai Phong', product: 'Loa', language: 'VI' },
    url,
    ttl: 3600,
  })
  calendar.x('X-WR-TIMEZONE', VIETNAM_TIME_ZONE)
  for (const item of feedItems(events)) {
    calendar.createEvent({
      id: item.uid,
      summary: item.summary,
      start: item.start,
      end: item.end,
      status: ICalEventStatus[item.status],
      location: item.location || null,
      description: item.description,
      categories: [{ name: item.category }],
      lastModified: item.lastModified,
      // The last edit, not the request time: the same data gives the same feed.
      ...(item.lastModified ? { stamp: item.lastModified } : {}),
    })
  }
  return calendar.toString()
}

/** The response of /lich/don-vi/<id>.ics or /lich/xa/<id>.ics; a short 404 for an unknown id. */
export async function feedResponse(kind: FeedKind, rawId: string, now: Date = new Date()): Promise<Response> {
  const found = await findScope(kind, rawId)
  if (!found) {
    return new Response(NOT_FOUND[kind], { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  }
  const { scope, name } = found
  const url = kind === 'locality' ? communePageURL(scopeId(scope)) : feedURL(scope)
  const body = calendarText(name, url, await eventsForScope(scope, now))
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `inline; filename="loa-${FEED_PATH[kind]}-${scopeId(scope)}.ics"`,
      'Cache-Control': 'public, max-age=300',
    },
  })
}

/** A commune rarely has more than a few dozen upcoming events; a page never lists more than this. */
const PAGE_MAX_EVENTS = 200

/** Events the public page lists for a commune (src/domain/eventFeed.ts isUpcoming), by start. */
export async function upcomingEventsInCommune(localityId: number | string, now: Date = new Date()): Promise<UpcomingItem[]> {
  const events = await findPublicEvents(
    {
      and: [
        { locality: { equals: localityId } },
        { status: { in: ['planned', 'cancelled'] } },
        { endAt: { greater_than_equal: now.toISOString() } },
      ],
    },
    PAGE_MAX_EVENTS,
  )
  return upcomingItems(events, now)
}

export type Commune = { id: number | string; name: string; kind: LocalityKind }

/** All communes, in Vietnamese alphabetical order (the database's byte order puts "Đ" last). */
const VIETNAMESE_ORDER = new Intl.Collator('vi')
const communeList = publicCache<Commune[]>('communes', 1)

/** The 114 communes in Vietnamese alphabetical order; kept a few seconds (src/lib/siteCache.ts), not read per request. */
export function communes(): Promise<Commune[]> {
  return communeList.get('all', async () => {
    const { docs } = await (await payload()).find({
      collection: 'localities',
      depth: 0,
      pagination: false,
      select: { name: true, kind: true },
    })
    return docs
      .map((l) => ({ id: l.id, name: l.name, kind: l.kind as LocalityKind }))
      .sort((a, b) => VIETNAMESE_ORDER.compare(a.name, b.name))
  })
}
