'use client'

import viLocale from '@fullcalendar/core/locales/vi'
import type { EventSourceFuncArg } from '@fullcalendar/core'
import dayGridPlugin from '@fullcalendar/daygrid'
import FullCalendar from '@fullcalendar/react'
import timeGridPlugin from '@fullcalendar/timegrid'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'

import type { CalendarFilter } from '../../domain/calendar'
import { VIETNAM_OFFSET_MS } from '../../domain/period'

export type Option = { value: string; label: string }


const FILTER_LABELS: Record<CalendarFilter, { vi: string; en: string }> = {
  organization: { vi: 'Đơn vị', en: 'Organization' },
  locality: { vi: 'Xã, phường, đặc khu', en: 'Commune' },
  audienceGroup: { vi: 'Nhóm đối tượng', en: 'Audience group' },
  campaign: { vi: 'Chiến dịch', en: 'Campaign' },
}

/**
 * The calendar grid. Times arrive as Vietnam wall-clock time and are drawn in "UTC", so every
 * browser shows the Vietnamese time whatever its own zone; the window sent back to the server is
 * shifted to real instants. Filters live in the address so a view can be shared.
 */
export function EventCalendarClient(props: {
  apiURL: string
  adminURL: string
  choices: Record<CalendarFilter, Option[]>
  initial: Partial<Record<CalendarFilter, string>>
  legend: { label: string; colour: string }[]
  language: 'vi' | 'en'
}) {
  const { apiURL, adminURL, choices, initial, legend, language } = props
  const en = language === 'en'
  const router = useRouter()
  const calendar = useRef<FullCalendar>(null)
  const [filters, setFilters] = useState(initial)
  const [status, setStatus] = useState<{ total: number; shown: number; error?: string } | null>(null)
  const names = useMemo(
    () => Object.fromEntries((['organization', 'locality'] as const).map((f) => [f, new Map(choices[f].map((o) => [o.value, o.label]))])),
    [choices],
  )

  const load = useCallback(
    async (info: EventSourceFuncArg) => {
      const window = new URLSearchParams({
        from: new Date(info.start.getTime() - VIETNAM_OFFSET_MS).toISOString(),
        to: new Date(info.end.getTime() - VIETNAM_OFFSET_MS).toISOString(),
      })
      for (const [name, value] of Object.entries(filters)) if (value) window.set(name, value)
      const res = await fetch(`${apiURL}/events/calendar?${window}`, { credentials: 'include' })
      const body = await res.json()
      if (!res.ok) {
        const error = body?.errors?.[0]?.message ?? res.statusText
        setStatus({ total: 0, shown: 0, error })
        throw new Error(error)
      }
      setStatus({ total: body.total, shown: body.events.length })
      return body.events
    },
    [apiURL, filters],
  )

  useEffect(() => {
    const query = new URLSearchParams()
    for (const [name, value] of Object.entries(filters)) query.set(name, value ?? '')
    router.replace(`?${query}`, { scroll: false })
  }, [filters, router])

  return (
    <div className="loa-calendar" data-testid="event-calendar">
      <style>{`
        .loa-calendar .filters { display: flex; flex-wrap: wrap; gap: 0.75rem; margin-bottom: 1rem; }
        .loa-calendar label { display: flex; flex-direction: column; font-size: 0.8rem; gap: 0.2rem; min-width: 14rem; }
        .loa-calendar select { padding: 0.35rem; background: var(--theme-input-bg); color: var(--theme-text); border: 1px solid var(--theme-elevation-150); border-radius: 4px; }
        .loa-calendar .legend { display: flex; gap: 1rem; font-size: 0.8rem; margin: 0.5rem 0; align-items: center; flex-wrap: wrap; }
        .loa-calendar .legend i { display: inline-block; width: 0.8rem; height: 0.8rem; border-radius: 2px; margin-right: 0.3rem; vertical-align: middle; }
        .loa-calendar .loa-cancelled { text-decoration: line-through; opacity: 0.75; }
        .loa-calendar .fc { --fc-page-bg-color: var(--theme-bg); --fc-neutral-bg-color: var(--theme-elevation-50); --fc-border-color: var(--theme-elevation-150); --fc-today-bg-color: var(--theme-elevation-100); }
        .loa-calendar .fc a { color: inherit; }
      `}</style>
      <div className="filters">
        {(Object.keys(FILTER_LABELS) as CalendarFilter[]).map((name) => (
          <label key={name}>
            {en ? FILTER_LABELS[name].en : FILTER_LABELS[name].vi}
            <select
              name={name}
              value={filters[name] ?? ''}
              onChange={(e) => setFilters((current) => ({ ...current, [name]: e.target.value }))}
            >
              <option value="">{en ? 'All' : 'Tất cả'}</option>
              {choices[name].map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <div className="legend">
        {legend.map((l) => (
          <span key={l.label}>
            <i style={{ background: l.colour }} />
            {l.label}
          </span>
        ))}
        {status && (
          <span data-testid="calendar-status" role="status" style={{ marginLeft: 'auto' }}>
            {status.error
              ? status.error
              : status.shown < status.total
                ? en
                  ? `Showing the first ${status.shown} of ${status.total} events: narrow the filters.`
                  : `Đang hiện ${status.shown}/${status.total} sự kiện đầu tiên: hãy lọc thêm.`
                : en
                  ? `${status.total} events`
                  : `${status.total} sự kiện`}
          </span>
        )}
      </div>
      <FullCalendar
        ref={calendar}
        plugins={[dayGridPlugin, timeGridPlugin]}
        initialView="dayGridMonth"
        timeZone="UTC"
        locales={[viLocale]}
        locale={en ? 'en' : 'vi'}
        firstDay={1}
        height="auto"
        headerToolbar={{ left: 'prev,next today', center: 'title', right: 'dayGridMonth,timeGridWeek' }}
        buttonText={en ? undefined : { today: 'Hôm nay', month: 'Tháng', week: 'Tuần' }}
        slotMinTime="06:00:00"
        slotMaxTime="22:00:00"
        dayMaxEvents={4}
        eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        events={load}
        eventDidMount={({ event, el }) => {
          const { locality, organization } = event.extendedProps as { locality?: string; organization?: string }
          el.title = [event.title, names.locality.get(String(locality)), names.organization.get(String(organization))].filter(Boolean).join(' · ')
        }}
        eventClick={({ event, jsEvent }) => {
          jsEvent.preventDefault()
          window.location.href = `${adminURL}/collections/events/${event.id}`
        }}
      />
    </div>
  )
}
