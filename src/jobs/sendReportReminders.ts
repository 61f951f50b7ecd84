import type { PayloadRequest, TaskConfig } from 'payload'

import { relationId } from '../domain/relations'
import { deadlinesWithDefaults, dueReminder, periodsDueAround, reportReminderEmail, type Deadlines, type ReportStatus } from '../domain/reports'
import { organizationRecipients } from '../lib/organizationRecipients'

export const SEND_REPORT_REMINDERS_TASK = 'sendReportReminders'

/** The organizations that report: those with at least one coordinator in Loa. */
async function reportingOrganizations(req: PayloadRequest): Promise<number[]> {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { role: { equals: 'coordinator' } },
    pagination: false,
    depth: 0,
    select: { organization: true },
    req,
  })
  const ids = new Map(docs.map((u) => relationId(u.organization)).filter((id) => id !== null).map((id) => [String(id), id]))
  // Ids are numbers on SQL databases and strings on MongoDB; the generated types say number.
  return [...ids.values()] as number[]
}

/**
 * Hourly. When a reporting period's deadline is near (the configured number of days, 7 by
 * default), every reporting organization without a report gets a draft with its figures compiled;
 * then each report still with its organization (unit or ad hoc) gets one reminder before the deadline and one the
 * day after a missed deadline (markers on the report, written without hooks: the system's note).
 */
export const sendReportReminders: TaskConfig<{ input: { now?: string }; output: { opened: number; before: number; overdue: number } }> = {
  slug: SEND_REPORT_REMINDERS_TASK,
  label: 'Nhắc hạn gửi báo cáo định kỳ',
  schedule: [{ cron: '5 * * * *', queue: 'default' }],
  retries: 3,
  // `now` runs the reminders as of another moment (a catch-up by an admin, or a test).
  inputSchema: [{ name: 'now', type: 'text' }],
  handler: async ({ input, req }) => {
    const now = input?.now ? new Date(input.now) : new Date()
    const deadlines = deadlinesWithDefaults((await req.payload.findGlobal({ slug: 'report-deadlines', depth: 0, req })) as Partial<Deadlines>)
    const adminURL = `${req.payload.config.serverURL}/admin`
    let opened = 0
    let before = 0
    let overdue = 0
    const periods = periodsDueAround(now, deadlines).filter((p) => dueReminder({ status: 'draft', dueDate: p.dueDate }, now, deadlines.reminderDaysBefore))
    const organizations = periods.length ? await reportingOrganizations(req) : []
    for (const p of periods) {
      const { docs } = await req.payload.find({
        collection: 'reports',
        where: { and: [{ kind: { equals: 'unit' } }, { year: { equals: p.year } }, { period: { equals: p.period } }] },
        pagination: false,
        depth: 0,
        select: { organization: true },
        req,
      })
      const have = new Set(docs.map((r) => String(relationId(r.organization))))
      for (const organization of organizations.filter((o) => !have.has(String(o)))) {
        await req.payload.create({ collection: 'reports', data: { kind: 'unit', status: 'draft', organization, year: p.year, period: p.period }, req, depth: 0 })
        opened++
      }
    }
    const { docs: waiting } = await req.payload.find({
      collection: 'reports',
      // Periodic unit reports and the ad hoc reports Sở Nội vụ requested: each has its organization's deadline.
      where: { and: [{ kind: { in: ['unit', 'adhoc'] } }, { status: { in: ['draft', 'returned'] } }] },
      pagination: false,
      depth: 0,
      select: { kind: true, title: true, dueDate: true, status: true, organization: true, reminderBeforeSentAt: true, reminderOverdueSentAt: true },
      req,
    })
    for (const report of waiting) {
      if (!report.dueDate) continue
      const which = dueReminder({ ...report, status: report.status as ReportStatus, dueDate: report.dueDate }, now, deadlines.reminderDaysBefore)
      const organization = relationId(report.organization)
      if (!which || organization === null) continue
      const { name, to } = await organizationRecipients(req, organization)
      if (!to.length) continue
      const email = reportReminderEmail(which, { ...report, title: report.title ?? '', dueDate: report.dueDate, status: report.status as ReportStatus }, name, adminURL, now)
      await req.payload.sendEmail({ to, ...email })
      const marker = which === 'before' ? { reminderBeforeSentAt: now.toISOString() } : { reminderOverdueSentAt: now.toISOString() }
      await req.payload.db.updateOne({ collection: 'reports', id: report.id, data: marker, req, returning: false })
      if (which === 'before') before++
      else overdue++
    }
    return { output: { opened, before, overdue } }
  },
}
