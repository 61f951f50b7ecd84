import { describe, expect, it } from 'vitest'

import { addTally, BucketSums, bucketsOf, emptyTally, eventTally, mediaTally, mergeTallies, monthsBetween, planBucketWrites } from '../../src/domain/tallies'

describe('a tally rebuild, one month at a time', () => {
  it('lists the months between two months, across a year end', () => {
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02'])
    expect(monthsBetween('2028-05', '2028-05')).toEqual(['2028-05'])
    expect(monthsBetween('2028-06', '2028-05')).toEqual([])
    expect(monthsBetween('2026-01', '2030-12')).toHaveLength(60)
  })

  it('adding into a tally in place gives what merging gives', () => {
    const a = eventTally({ status: 'held', kind: 'conference', attendance: 40, satisfaction: 80, audienceGroups: [1], topics: [2], fundingSource: 'state_budget', actualCost: 500 })
    const b = mediaTally({ channel: 'radio', views: 10, audience: 90, audienceGroups: [1], topics: [2] })
    const total = addTally(addTally(emptyTally(), a), b)
    expect(total).toEqual(mergeTallies([a, b]))
    expect(total).toMatchObject({ events: 1, outputs: 1, attendance: 40, mediaReach: 100, satisfactionPoints: 3_200 })
    expect(a.attendance).toBe(40) // the item added is left as it was
  })

  it('streamed items land in every bucket they belong to, summed; items held nowhere add no bucket', () => {
    const sums = new BucketSums()
    const at = (startAt: string, locality: number, organization: number, attendance: number, status = 'held') => {
      const e = { startAt, locality, organization, status, attendance }
      sums.add(bucketsOf('events', e), eventTally(e))
    }
    at('2027-03-02T01:00:00.000Z', 5, 9, 30)
    at('2027-03-20T01:00:00.000Z', 6, 9, 50)
    at('2027-03-21T01:00:00.000Z', 7, 9, 999, 'planned')
    expect([...sums.buckets.keys()].sort()).toEqual(['events|commune|5|2027-03', 'events|commune|6|2027-03', 'events|organization|9|2027-03'])
    expect(sums.buckets.get('events|organization|9|2027-03')).toMatchObject({ events: 2, attendance: 80 })
    expect(sums.buckets.get('events|commune|6|2027-03')).toMatchObject({ events: 1, attendance: 50 })
  })

  it('plans a month’s writes: new buckets created, stored ones updated, stored ones left without rows removed', () => {
    const t = eventTally({ status: 'held', attendance: 1 })
    const computed = new Map([
      ['events|commune|5|2027-03', t],
      ['events|commune|6|2027-03', t],
    ])
    const stored = new Map([
      ['events|commune|6|2027-03', 61],
      ['events|commune|8|2027-03', 81],
    ])
    expect(planBucketWrites(computed, stored)).toEqual({
      create: [['events|commune|5|2027-03', t]],
      update: [[61, 'events|commune|6|2027-03', t]],
      remove: [81],
    })
    expect(planBucketWrites(new Map(), new Map())).toEqual({ create: [], update: [], remove: [] })
  })
})
