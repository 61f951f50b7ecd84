import type { AdminViewServerProps } from 'payload'

import { redirect } from 'next/navigation'

import { asLoaUser, hasRole, organizationIdOf } from '../../access/user'
import { CALENDAR_FILTERS, STATUS_COLOURS, type CalendarFilter } from '../../domain/calendar'
import { EVENT_STATUS_LABELS, type EventStatus } from '../../domain/events'
import { EventCalendarClient, type Option } from './EventCalendarClient'
import { AdminPage } from './AdminPage'

type Named = { id: number | string; name?: string | null; code?: string | null }

/**
 * /admin/calendar: the outreach events in a month or week grid (FullCalendar), filtered by
 * organization, commune, audience group and campaign. The choices are read with the user's
 * access; the events come from GET /api/events/calendar. A coordinator starts on their own
 * organization's events and can widen the view.
 */
export async function EventCalendar(view: AdminViewServerProps) {
  const { req } = view.initPageResult
  const user = asLoaUser(req.user)
  if (!user) redirect(`${req.payload.config.routes.admin}/login`)
  const en = req.i18n.language === 'en'

  const options = async (collection: 'organizations' | 'localities' | 'audience-groups' | 'campaigns', labelOf: (d: Named) => string) => {
    const { docs } = await req.payload.find({
      collection,
      depth: 0,
      pagination: false,
      sort: collection === 'audience-groups' ? 'code' : 'name',
      select: collection === 'audience-groups' ? { code: true, name: true } : { name: true },
      overrideAccess: false,
      user: req.user,
      req,
    })
    return (docs as unknown as Named[]).map((d): Option => ({ value: String(d.id), label: labelOf(d) }))
  }
  const [organization, locality, audienceGroup, campaign] = await Promise.all([
    options('organizations', (d) => d.name ?? ''),
    options('localities', (d) => d.name ?? ''),
    options('audience-groups', (d) => `${d.code} – ${d.name}`),
    options('campaigns', (d) => d.name ?? ''),
  ])
  const choices: Record<CalendarFilter, Option[]> = { organization, locality, audienceGroup, campaign }

  const query = (view.searchParams ?? {}) as Record<string, string | string[] | undefined>
  const initial: Partial<Record<CalendarFilter, string>> = {}
  for (const name of CALENDAR_FILTERS) {
    const value = query[name]
    if (typeof value === 'string') initial[name] = value
  }
  const ownOrganization = organizationIdOf(user)
  if (!('organization' in initial) && hasRole(user, 'coordinator') && ownOrganization !== null) initial.organization = String(ownOrganization)

  const legend = (Object.keys(EVENT_STATUS_LABELS) as EventStatus[]).map((status) => ({
    label: en ? EVENT_STATUS_LABELS[status].en : EVENT_STATUS_LABELS[status].vi,
    colour: STATUS_COLOURS[status],
  }))

  return (
    <AdminPage view={view} title={en ? 'Outreach calendar' : 'Lịch sự kiện tuyên truyền'}>
      <EventCalendarClient
        apiURL={`${req.payload.config.serverURL}${req.payload.config.routes.api}`}
        adminURL={req.payload.config.routes.admin}
        choices={choices}
        initial={initial}
        legend={legend}
        language={en ? 'en' : 'vi'}
      />
    </AdminPage>
  )
}
