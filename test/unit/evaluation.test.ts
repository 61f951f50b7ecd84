import { describe, expect, it } from 'vitest'

import {
  communeTable,
  coverageMatrix,
  evaluationLevels,
  gapToTarget,
  monthlySeries,
  parseDashboardQuery,
  perThousand,
  periodMonths,
  periodRange,
  previousPeriod,
  targetInForce,
  trend,
  type CommuneInput,
} from '../../src/domain/dashboard'
import type { Rates } from '../../src/domain/participation'
import { bucketKey, bucketsOf, emptyTally, eventTally, mediaTally, mergeTallies, parseBucketKey, tallyMonth } from '../../src/domain/tallies'

describe('periods in Asia/Ho_Chi_Minh', () => {
  it('half-years and years as Vietnam months', () => {
    expect(periodMonths({ year: 2027, period: 'h1' })).toEqual(['2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06'])
    expect(periodMonths({ year: 2027, period: 'h2' })[0]).toBe('2027-07')
    expect(periodMonths({ year: 2027, period: 'year' })).toHaveLength(12)
  })

  it('a period starts at Vietnam midnight: 17:00 UTC the day before', () => {
    expect(periodRange({ year: 2027, period: 'h1' })).toEqual({ from: '2026-12-31T17:00:00.000Z', to: '2027-06-30T17:00:00.000Z' })
    expect(periodRange({ year: 2027, period: 'h2' })).toEqual({ from: '2027-06-30T17:00:00.000Z', to: '2027-12-31T17:00:00.000Z' })
  })

  it('an event at 06:30 on 1 July in Vietnam (23:30 UTC on 30 June) belongs to July, so to H2', () => {
    expect(tallyMonth('2027-06-30T23:30:00.000Z')).toBe('2027-07')
    expect(tallyMonth('2027-06-30T16:59:59.000Z')).toBe('2027-06')
  })

  it('the previous period: H1 → H2 of the year before, H2 → H1, a year → the year before', () => {
    expect(previousPeriod({ year: 2027, period: 'h1' })).toEqual({ year: 2026, period: 'h2' })
    expect(previousPeriod({ year: 2027, period: 'h2' })).toEqual({ year: 2027, period: 'h1' })
    expect(previousPeriod({ year: 2027, period: 'year' })).toEqual({ year: 2026, period: 'year' })
  })
})

describe('tallies add up', () => {
  const held = {
    status: 'reported',
    kind: 'conference',
    attendance: 120,
    women: 70,
    questionsRaised: [{}, {}],
    satisfaction: 90,
    newVoluntaryBhxh: 4,
    newHouseholdBhyt: 9,
    actualCost: 2_000_000,
    fundingSource: 'state_budget',
    audienceGroups: [1, 2],
    topics: [7],
    attendanceByGroup: [
      { group: 1, count: 80 },
      { group: { id: 2 }, count: 40 },
    ],
  }

  it('one held event', () => {
    const t = eventTally(held)
    expect(t).toMatchObject({ events: 1, attendance: 120, women: 70, questions: 2, satisfactionPoints: 10_800, satisfactionBase: 120, cost: 2_000_000 })
    expect(t.reachByGroup).toEqual({ 1: 80, 2: 40 })
    expect(t.costBySource).toEqual({ state_budget: 2_000_000 })
    expect(t.cells).toEqual({ '1|7|conference': 1, '2|7|conference': 1 })
  })

  it('planned and cancelled events count for nothing', () => {
    expect(eventTally({ ...held, status: 'planned' })).toEqual(emptyTally())
    expect(eventTally({ ...held, status: 'cancelled' })).toEqual(emptyTally())
  })

  it('merging sums every number and every counter; satisfaction is weighted by attendance', () => {
    const small = eventTally({ ...held, attendance: 30, satisfaction: 60, attendanceByGroup: [{ group: 3, count: 30 }], fundingSource: null })
    const total = mergeTallies([eventTally(held), small, mediaTally({ channel: 'radio', views: 0, audience: 5_000, audienceGroups: [1], topics: [7, 8] })])
    expect(total.events).toBe(2)
    expect(total.attendance).toBe(150)
    expect(total.reachByGroup).toEqual({ 1: 80, 2: 40, 3: 30 })
    expect(total.costBySource).toEqual({ state_budget: 2_000_000, unspecified: 2_000_000 })
    // (90 × 120 + 60 × 30) / 150 = 84, not the plain mean of 75.
    expect(total.satisfactionPoints / total.satisfactionBase).toBe(84)
    expect(total.outputs).toBe(1)
    expect(total.mediaReach).toBe(5_000)
    expect(total.cells['1|7|conference']).toBe(2)
    expect(total.cells['1|8|radio']).toBe(1)
  })

  it('an event belongs to its commune, organization and campaign buckets of its Vietnam month', () => {
    expect(bucketsOf('events', { startAt: '2027-03-31T18:00:00.000Z', locality: 5, organization: { id: 9 }, campaign: null })).toEqual([
      'events|commune|5|2027-04',
      'events|organization|9|2027-04',
    ])
    expect(bucketsOf('media-outputs', { publishedOn: '2027-01-15T00:00:00.000Z', organization: 9, campaign: 3 })).toEqual([
      'media-outputs|organization|9|2027-01',
      'media-outputs|campaign|3|2027-01',
    ])
    expect(bucketsOf('events', {})).toEqual([])
  })

  it('bucket keys round-trip, and malformed ones are refused', () => {
    expect(parseBucketKey(bucketKey('events', 'commune', 12, '2027-03'))).toEqual({ source: 'events', dimension: 'commune', key: '12', month: '2027-03' })
    expect(parseBucketKey('events|commune|12|2027-3')).toBeNull()
    expect(parseBucketKey('users|commune|12|2027-03')).toBeNull()
    expect(parseBucketKey('events|commune|12|2027-03|x')).toBeNull()
  })

  it('monthly series have every month, zero when nothing happened', () => {
    const series = monthlySeries(['2027-01', '2027-02'], [
      { month: '2027-02', figures: eventTally(held) },
      { month: '2027-02', figures: eventTally(held) },
    ])
    expect(series).toEqual([
      { month: '2027-01', label: '01/2027', events: 0, reach: 0, outputs: 0 },
      { month: '2027-02', label: '02/2027', events: 2, reach: 240, outputs: 0 },
    ])
  })
})

const rates = (bhytCoverage: number | null, bhxhParticipation: number | null): Rates => ({
  bhytCoverage,
  bhxhParticipation,
  bhxhCompulsoryRate: null,
  bhxhVoluntaryRate: null,
  bhtnParticipation: null,
})

describe('gaps, trends and intensity', () => {
  it('gap = target − rate in percentage points; null without data', () => {
    expect(gapToTarget(94.3, 95.5)).toBe(1.2)
    expect(gapToTarget(96, 95.5)).toBe(-0.5)
    expect(gapToTarget(null, 95.5)).toBeNull()
    expect(gapToTarget(96, null)).toBeNull()
  })
  it('trend against the previous period', () => {
    expect(trend(95.1, 94.35)).toBe(0.75)
    expect(trend(95.1, null)).toBeNull()
  })
  it('per 1,000 inhabitants, two decimals', () => {
    expect(perThousand(12, 40_000)).toBe(0.3)
    expect(perThousand(1, 25_000)).toBe(0.04)
    expect(perThousand(2_500, 40_000)).toBe(62.5)
    expect(perThousand(5, 0)).toBeNull()
    expect(perThousand(5, null)).toBeNull()
  })
})

describe('the commune priority list (task V.7)', () => {
  const commune = (name: string, bhyt: number | null, events: number, population = 10_000): CommuneInput => ({
    id: name,
    name,
    population,
    rates: bhyt === null ? null : rates(bhyt, 60),
    previousRates: rates(90, 58),
    targets: { bhytCoverage: 95.5, bhxhParticipation: 56.8 },
    events,
    reach: events * 100,
    newSignups: 0,
  })

  it('below target and under-served first, then below target, then on target, then no figures', () => {
    // Events per 1,000: A 0.5, B 3, C 0.2, D 2, E 1 → median of those with figures (A,B,C,D) = 1.25.
    const rows = communeTable([
      commune('D', 97, 20),
      commune('B', 93, 30),
      commune('A', 95, 5),
      commune('E', null, 10),
      commune('C', 90, 2),
    ])
    expect(rows.map((r) => [r.name, r.priority])).toEqual([
      ['C', 1], // 5.5 points short, 0.2 events per 1,000
      ['A', 1], // 0.5 points short, 0.5 per 1,000
      ['B', 2], // short, but served above the median
      ['D', 3],
      ['E', 4],
    ])
    const c = rows[0]
    expect(c).toMatchObject({ bhytGap: 5.5, bhxhGap: -3.2, bhytTrend: 0, bhxhTrend: 2, eventsPer1000: 0.2, reachPer1000: 20, belowTarget: true, underServed: true })
  })

  it('within a priority group: larger shortfall first, then lower intensity, then the name', () => {
    const rows = communeTable([commune('Y', 94, 1), commune('X', 94, 1), commune('Z', 94, 0), commune('W', 99, 50), commune('V', 99, 60)])
    expect(rows.slice(0, 3).map((r) => r.name)).toEqual(['Z', 'X', 'Y'])
  })

  it('a commune with no event at all is under-served even when the median is zero', () => {
    const rows = communeTable([commune('M', 94, 0), commune('N', 94, 0), commune('P', 94, 3)])
    expect(rows.map((r) => [r.name, r.priority])).toEqual([
      ['M', 1],
      ['N', 1],
      ['P', 2],
    ])
  })

  it('a commune meeting BHYT but not BHXH is below target', () => {
    const [row] = communeTable([{ ...commune('Q', 97, 1), rates: rates(97, 50) }])
    expect(row.belowTarget).toBe(true)
    expect(row.bhxhGap).toBe(6.8)
  })
})

describe('evaluation levels and the coverage matrix', () => {
  it('five levels in order, impact from rates against the previous period and the target', () => {
    const levels = evaluationLevels({
      tally: mergeTallies([eventTally({ status: 'held', attendance: 50, satisfaction: 80, newVoluntaryBhxh: 2, actualCost: 1_000 })]),
      budgetEstimate: 5_000,
      materialsPublished: 3,
      feedbackReceived: 10,
      feedbackAnswered: 7,
      rates: rates(95, 57),
      previousRates: rates(94.5, 56),
      targets: { bhytCoverage: 95.5, bhxhParticipation: 56.8 },
    })
    expect(levels.map((l) => l.key)).toEqual(['inputs', 'outputs', 'outtakes', 'outcomes', 'impact'])
    expect(levels[0].items.map((i) => i.value)).toEqual([5_000, 1_000, 3])
    expect(levels[2].items.find((i) => i.label.startsWith('Mức hài lòng'))?.value).toBe(80)
    expect(levels[4].items.map((i) => i.value)).toEqual([0.5, 0.5, 1, -0.2])
  })

  it('pairs never reached are counted and listed with no channel', () => {
    const groups = [{ id: '1', name: 'Lao động' }, { id: '2', name: 'Nông dân' }]
    const topics = [{ id: '7', name: 'BHXH tự nguyện' }, { id: '8', name: 'BHYT' }]
    const m = coverageMatrix({ '1|7|conference': 2, '1|7|radio': 1, '2|8|zalo': 4, '9|7|radio': 5 }, groups, topics)
    expect(m.untouched).toBe(2)
    expect(m.cells.find((c) => c.group === '1' && c.topic === '7')).toEqual({ group: '1', topic: '7', items: 3, channels: ['conference', 'radio'] })
    expect(m.cells.filter((c) => c.items === 0).map((c) => `${c.group}|${c.topic}`)).toEqual(['1|8', '2|7'])
  })
})

describe('the target in force', () => {
  const targets = [
    { indicator: 'bhxhParticipation', year: 2026, minimum: 56.8 },
    { indicator: 'bhxhParticipation', year: 2030, minimum: 62, maximum: 63 },
    { indicator: 'bhytCoverage', year: 2026, minimum: 95.5 },
    { indicator: 'bhytCoverage', year: 2028, minimum: 97, locality: { id: 12 } },
  ]
  it('the year’s own, else the latest earlier city-wide one; never a later one', () => {
    expect(targetInForce(targets, 'bhxhParticipation', 2028)?.minimum).toBe(56.8)
    expect(targetInForce(targets, 'bhxhParticipation', 2030)?.maximum).toBe(63)
    expect(targetInForce(targets, 'bhxhParticipation', 2025)).toBeUndefined()
  })
  it('a commune’s own target for the year comes first; other years fall back to the city’s', () => {
    expect(targetInForce(targets, 'bhytCoverage', 2028, '12')?.minimum).toBe(97)
    expect(targetInForce(targets, 'bhytCoverage', 2029, '12')?.minimum).toBe(95.5)
    expect(targetInForce(targets, 'bhytCoverage', 2028, '13')?.minimum).toBe(95.5)
  })
})

describe('the dashboard’s question', () => {
  it('defaults to the whole year and the city', () => {
    expect(parseDashboardQuery({}, 2027)).toEqual({ query: { year: 2027, period: 'year', scope: 'city', id: null }, errors: [] })
  })
  it('every problem in Vietnamese', () => {
    const r = parseDashboardQuery({ year: '2031', period: 'q3', scope: 'commune' }, 2027)
    expect(r.query).toBeNull()
    expect(r.errors.map((e) => e.field)).toEqual(['year', 'period', 'id'])
    expect(parseDashboardQuery({ scope: 'planet' }, 2027).errors[0].message).toMatch(/Phạm vi/)
    expect(parseDashboardQuery({ scope: 'organization', id: "1' OR 1=1" }, 2027).errors[0].field).toBe('id')
  })
})
