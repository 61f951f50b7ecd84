import type { PayloadRequest, TaskConfig } from 'payload'

import { EVENT_KIND_LABELS, type EventKind } from '../domain/events'
import {
  dayBeforeReminderEmail,
  dueDayBeforeReminder,
  dueResultsReminder,
  resultsReminderEmail,
  resultsReminderWindow,
  tomorrowInVietnam,
  type EventSummary,
} from '../domain/outreachEmail'
import { relationId, relationName } from '../domain/relations'
import { organizationRecipients } from '../lib/organizationRecipients'
import type { Event } from '../payload-types'

export const SEND_EVENT_REMINDERS_TASK = 'sendEventReminders'

function summary(event: Event): EventSummary {
  const place = [event.venue, relationName(event.site), relationName(event.locality)].filter(Boolean).join(', ')
  return {
    id: event.id,
    title: event.title,
    kind: EVENT_KIND_LABELS[event.kind as EventKind]?.vi ?? event.kind,
    startAt: event.startAt,
    endAt: event.endAt,
    place: place || 'chưa ghi địa điểm',
  }
}

async function eventsBetween(req: PayloadRequest, field: 'startAt' | 'endAt', window: { from: Date; to: Date }, statuses: string[]) {
  const { docs } = await req.payload.find({
    collection: 'events',
    where: {
      and: [
        { [field]: { greater_than_equal: window.from.toISOString() } },
        { [field]: { less_than_equal: window.to.toISOString() } },
        { status: { in: statuses } },
      ],
    },
    depth: 1,
    pagination: false,
    sort: field,
    req,
  })
  return docs
}

/**
 * Hourly: the organizer's reminder the day before an event, and the reminder to log results
 * three days after one that has none. Each is sent once (a marker on the event, written without
 * hooks: it is the system's note, not an edit); a rescheduled event is reminded again. Hourly
 * rather than daily so a server that was down catches up the same day.
 */
export const sendEventReminders: TaskConfig<{ input: object; output: { dayBefore: number; results: number } }> = {
  slug: SEND_EVENT_REMINDERS_TASK,
  label: 'Nhắc lịch sự kiện và nhắc nhập kết quả',
  schedule: [{ cron: '0 * * * *', queue: 'default' }],
  retries: 3,
  handler: async ({ req }) => {
    const now = new Date()
    const adminURL = `${req.payload.config.serverURL}/admin`
    let dayBefore = 0
    let results = 0

    const send = async (event: Event, email: { subject: string; text: string }, marker: Record<string, string>) => {
      const organization = relationId(event.organization)
      if (!organization) return false
      const { to } = await organizationRecipients(req, organization)
      if (!to.length) return false
      await req.payload.sendEmail({ to, ...email })
      await req.payload.db.updateOne({ collection: 'events', id: event.id, data: marker, req, returning: false })
      return true
    }

    for (const event of await eventsBetween(req, 'startAt', tomorrowInVietnam(now), ['planned'])) {
      if (!dueDayBeforeReminder(event, now)) continue
      if (await send(event, dayBeforeReminderEmail(summary(event), adminURL), { reminderSentFor: event.startAt })) dayBefore++
    }
    for (const event of await eventsBetween(req, 'endAt', resultsReminderWindow(now), ['planned', 'held'])) {
      if (!dueResultsReminder(event, now)) continue
      if (await send(event, resultsReminderEmail(summary(event), adminURL), { resultsReminderSentAt: now.toISOString() })) results++
    }
    return { output: { dayBefore, results } }
  },
}
