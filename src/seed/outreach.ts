/**
 * Demo outreach (src/seed/data/outreach.ts) placed around the day of seeding: past events held
 * and reported with results, recent ones held and waiting for results (the reminder's case),
 * upcoming ones on the calendar and the public events page, one cancelled; feedback at each
 * triage step; media outputs. Written with the server's rights, through the collections' hooks.
 */
import type { Payload, PayloadRequest } from 'payload'

import { vietnamDate, vietnamDayStart } from '../domain/period'
import { DEMO_CAMPAIGNS, DEMO_EVENTS, DEMO_FEEDBACK, DEMO_MEDIA_OUTPUTS, type DemoOrg } from './data/outreach'

type Id = number | string
export type OutreachRefs = {
  localities: Map<string, Id>
  organizations: Map<string, Id>
  communeCommittees: Map<string, Id>
  audienceGroups: Map<string, Id>
  topics: Map<string, Id>
}

const DAY = 24 * 3600 * 1000
/** Events that ended this many days ago or more are reported; more recent ones only held. */
const REPORTED_AFTER_DAYS = 10

/** Today in Vietnam, kept far enough inside 2026–2030 that every demo date is too. */
function demoToday(now = new Date()): Date {
  const day = vietnamDate(now)
  const clamped = day < '2026-02-20' ? '2026-02-20' : day > '2030-11-10' ? '2030-11-10' : day
  return vietnamDayStart(clamped)
}

const ids = (map: Map<string, Id>, keys: string[]) => keys.map((k) => map.get(k)).filter((v): v is Id => v !== undefined)

export async function seedDemoOutreach(payload: Payload, req: PayloadRequest, refs: OutreachRefs): Promise<void> {
  const today = demoToday()
  const at = (days: number, hours = 0) => new Date(today.getTime() + days * DAY + hours * 3600 * 1000)
  const org = (o: DemoOrg) => ('key' in o ? refs.organizations.get(o.key) : refs.communeCommittees.get(o.commune))
  const write = { req, depth: 0 } as const

  const campaigns: Id[] = []
  for (const c of DEMO_CAMPAIGNS) {
    const doc = await payload.create({
      collection: 'campaigns',
      data: {
        name: c.name,
        organization: org(c.org),
        partners: ids(refs.organizations, c.partners),
        startDate: at(c.from).toISOString(),
        endDate: at(c.to).toISOString(),
        status: 'running',
        audienceGroups: ids(refs.audienceGroups, c.audienceCodes),
        topics: ids(refs.topics, c.topicCodes),
        localities: ids(refs.localities, c.localityNames),
        goals: c.goals,
        budgetEstimate: c.budgetEstimate,
      } as never,
      ...write,
    })
    campaigns.push(doc.id)
  }

  for (const [i, e] of DEMO_EVENTS.entries()) {
    const startAt = at(e.day, e.hour)
    const endAt = new Date(startAt.getTime() + e.hours * 3600 * 1000)
    const groups = ids(refs.audienceGroups, e.audienceCodes)
    const reported = e.day <= -REPORTED_AFTER_DAYS
    const status = e.cancelReason ? 'cancelled' : reported ? 'reported' : e.day < 0 ? 'held' : 'planned'
    // Results for reported events, from the planned attendance (a deterministic spread).
    const attendance = Math.round(e.planned * (0.8 + (i % 3) * 0.1))
    const results = reported
      ? {
          attendance,
          women: Math.round(attendance * 0.55),
          attendanceByGroup: groups.map((group, g) => ({ group, count: Math.floor(attendance / groups.length) - g })),
          materialsHandedOut: attendance,
          satisfaction: 88 + (i % 3) * 4,
          newVoluntaryBhxh: Math.round(attendance * 0.05),
          newHouseholdBhyt: Math.round(attendance * 0.08),
          actualCost: 4_500_000 + i * 500_000,
          fundingSource: 'state_budget',
          questionsRaised: [{ text: 'Đóng BHXH tự nguyện bao nhiêu năm thì được nhận lương hưu?' }],
        }
      : {}
    // An event is created planned or held; reporting and cancelling are later steps, as in the app.
    const created = await payload.create({
      collection: 'events',
      data: {
        title: e.title,
        kind: e.kind,
        organization: org(e.org),
        campaign: e.campaign === undefined ? undefined : campaigns[e.campaign],
        startAt: startAt.toISOString(),
        endAt: endAt.toISOString(),
        locality: refs.localities.get(e.commune),
        venue: e.venue,
        audienceGroups: groups,
        topics: ids(refs.topics, e.topicCodes),
        plannedAttendance: e.planned,
        status: status === 'planned' || status === 'cancelled' ? 'planned' : 'held',
        ...results,
      } as never,
      ...write,
    })
    if (status === 'reported' || status === 'cancelled') {
      await payload.update({ collection: 'events', id: created.id, data: { status, cancelReason: e.cancelReason } as never, ...write })
    }
  }

  for (const f of DEMO_FEEDBACK) {
    const assignedTo = f.assignTo ? refs.organizations.get(f.assignTo) : undefined
    await payload.create({
      collection: 'feedback',
      data: {
        kind: f.kind,
        source: f.source,
        text: f.text,
        locality: refs.localities.get(f.commune),
        audienceGroup: refs.audienceGroups.get(f.audienceCode),
        topic: refs.topics.get(f.topicCode),
        consent: Boolean(f.contact),
        ...f.contact,
        status: f.answer ? 'answered' : assignedTo ? 'assigned' : 'new',
        assignedTo,
        answer: f.answer,
      } as never,
      ...write,
    })
  }

  for (const m of DEMO_MEDIA_OUTPUTS) {
    await payload.create({
      collection: 'media-outputs',
      data: {
        channel: m.channel,
        outlet: m.outlet,
        title: m.title,
        link: m.link,
        publishedOn: at(m.day, 7).toISOString(),
        organization: org(m.org),
        campaign: m.campaign === undefined ? undefined : campaigns[m.campaign],
        ...m.reach,
      } as never,
      ...write,
    })
  }
}
