/**
 * What the fault tests write, built the same way in the killed child (test/faults/child.ts) and in
 * the test that checks the database afterwards (test/integration/faults.test.ts): the child writes
 * it, the test knows what every acknowledged row must hold.
 */
import { EVENT_KINDS } from '../../src/domain/events'
import { demoFigures } from '../../src/seed/evaluation'
import { KIND_TITLES, prng, QUESTIONS, VENUES } from '../../scripts/lib/benchData'

type Id = number | string
/** Ids the child needs from the seeded database, passed to it as JSON. */
export type FaultRefs = { localities: Id[]; groups: Id[]; topics: Id[] }

/** A title marker no seeded event has: `[lỗi-<run>-<seq>]`. */
export const eventMarker = (run: string, seq: number) => `[lỗi-${run}-${seq}]`
export const MARKER_PATTERN = /\[lỗi-([a-z0-9]+)-(\d+)\]/

/**
 * Event `seq` of child `run`: an event already held, with its report of results, as a coordinator
 * logs it after the day (status "held" needs no earlier step). The same (run, seq) gives the same event.
 */
export function faultEvent(run: string, seq: number, refs: FaultRefs) {
  const r = prng([...`${run}|${seq}`].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0, 0x811c9dc5))
  const kind = r.pick(EVENT_KINDS)
  // 07:00–15:45 Vietnam time on a day of March–October 2026 (UTC+7), for 1–4 hours.
  const start = Date.UTC(2026, 2, 1) + r.int(0, 240) * 86_400_000 + (r.int(28, 63) * 15 - 7 * 60) * 60_000
  const groups = r.distinct(refs.groups, r.int(1, 3))
  const planned = r.int(30, 300)
  const attendance = r.int(Math.round(planned * 0.6), planned)
  let left = attendance
  return {
    title: `${KIND_TITLES[kind]} ${eventMarker(run, seq)}`,
    kind,
    startAt: new Date(start).toISOString(),
    endAt: new Date(start + r.int(4, 16) * 15 * 60_000).toISOString(),
    locality: r.pick(refs.localities),
    venue: r.pick(VENUES),
    audienceGroups: groups,
    topics: r.distinct(refs.topics, r.int(1, 2)),
    plannedAttendance: planned,
    status: 'held' as const,
    attendance,
    women: r.int(0, attendance),
    materialsHandedOut: r.int(0, attendance * 2),
    attendanceByGroup: groups.map((group) => {
      const count = r.int(0, left)
      left -= count
      return { group, count }
    }),
    questionsRaised: r.distinct(QUESTIONS, r.int(1, 2)).map((text) => ({ text })),
    satisfaction: r.int(60, 100),
    newVoluntaryBhxh: r.int(0, Math.ceil(attendance / 10)),
    newHouseholdBhyt: r.int(0, Math.ceil(attendance / 5)),
    actualCost: r.int(10, 400) * 50_000,
    fundingSource: r.pick(['state_budget', 'bhxh_funds', 'other'] as const),
  }
}

/**
 * An import file's rows, in the template's columns (IMPORT_COLUMNS): every commune, for each period
 * given, figures that differ from the seeded demo ones (so a half-written import would show).
 */
export function figureRows(communes: string[], year: number, periods: ('h1' | 'h2' | 'year')[]) {
  const cell = { h1: 'H1', h2: 'H2', year: 'Năm' } as const
  return periods.flatMap((period) =>
    communes.map((commune, i) => {
      const demo = demoFigures(commune, period === 'h1' ? 'h1' : 'year')
      const population = demo.population + 37 + (i % 11)
      return {
        commune,
        year,
        period: cell[period],
        population,
        labourForce: demo.labourForce + 21,
        bhytParticipants: Math.min(population, demo.bhytParticipants + 150 + i),
        bhxhCompulsory: demo.bhxhCompulsory + 40,
        bhxhVoluntary: demo.bhxhVoluntary + 25 + (i % 7),
        bhtnParticipants: demo.bhtnParticipants + 30,
        note: `Số liệu BHXH thành phố gửi, ${cell[period]}/${year}`,
      }
    }),
  )
}
