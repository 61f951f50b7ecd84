import type { Endpoint, Where } from 'payload'

import { asLoaUser } from '../../../src/access/user'
import { calendarEntry, parseCalendarQuery, type CalendarEvent } from '../../../src/domain/calendar'
import { fieldErrorResponse, problem } from '../../../src/lib/fieldError'

/** At most this many events in one view; a busier window asks the user to filter. */
const LIMIT = 1000

/**
 * GET /api/events/calendar?from=&to=[&organization=&locality=&audienceGroup=&campaign=] — the
 * events overlapping a window, drawn for the admin calendar, read with the user's own access. An
 * organization filter also matches its co-organized events.
 */
export const calendar: Endpoint = {
  path: '/calendar',
  method: 'get',
  handler: async (req) => {
    if (!asLoaUser(req.user)) return problem(401, 'Cần đăng nhập để xem lịch sự kiện.')
    const { query, errors } = parseCalendarQuery(req.searchParams ?? new URLSearchParams())
    if (!query) return fieldErrorResponse(errors)
    const and: Where[] = [{ startAt: { less_than: query.to.toISOString() } }, { endAt: { greater_than_equal: query.from.toISOString() } }]
    if (query.organization) {
      and.push({ or: [{ organization: { equals: query.organization } }, { coOrganizers: { contains: query.organization } }] })
    }
    if (query.locality) and.push({ locality: { equals: query.locality } })
    if (query.audienceGroup) and.push({ audienceGroups: { contains: query.audienceGroup } })
    if (query.campaign) and.push({ campaign: { equals: query.campaign } })
    const { docs, totalDocs } = await req.payload.find({
      collection: 'events',
      where: { and },
      sort: 'startAt',
      limit: LIMIT,
      depth: 0,
      select: { title: true, kind: true, status: true, startAt: true, endAt: true, locality: true, organization: true },
      overrideAccess: false,
      user: req.user,
      req,
    })
    return Response.json({ events: (docs as unknown as CalendarEvent[]).map(calendarEntry), total: totalDocs, truncated: totalDocs > docs.length })
  },
}
