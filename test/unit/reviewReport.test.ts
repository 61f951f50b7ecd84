import { describe, expect, it } from 'vitest'

import type { Rates } from '../../src/domain/participation'
import {
  budgetByYearTable,
  communesAcrossYears,
  feedbackTable,
  indicatorProgress,
  indicatorTables,
  itemsByTopic,
  NARRATIVE_PLACEHOLDER,
  outreachTables,
  reviewDueDate,
  reviewSections,
  reviewYearError,
  yearActuals,
  type ReviewYear,
} from '../../src/domain/reviewReport'

const rates = (bhyt: number, bhxh: number): Rates => ({ bhytCoverage: bhyt, bhxhParticipation: bhxh, bhxhCompulsoryRate: bhxh - 5, bhxhVoluntaryRate: 5, bhtnParticipation: 40 })
const TARGETS = [
  { indicator: 'bhytCoverage', year: 2026, minimum: 95.5 },
  { indicator: 'bhxhParticipation', year: 2026, minimum: 56.8 },
  { indicator: 'bhxhParticipation', year: 2030, minimum: 62, maximum: 63 },
  { indicator: 'officialsInformed', year: 2026, minimum: 100 },
]
const PRIORITY = { 1: 'Ưu tiên 1', 2: 'Ưu tiên 2', 3: 'Đạt', 4: 'Chưa có số liệu' } as const

function year(y: number, over: Partial<ReviewYear> = {}): ReviewYear {
  return {
    year: y,
    actual: {},
    communesWithFigures: 0,
    outreach: { events: 0, attendance: 0, outputs: 0, mediaReach: 0, newVoluntaryBhxh: 0, newHouseholdBhyt: 0, cost: 0 },
    reachByGroup: [],
    byTopic: [],
    byChannel: [],
    feedback: { received: 0, answered: 0 },
    budgetBySource: [],
    budgetEstimate: null,
    communes: [],
    ...over,
  }
}
const commune = (id: string, name: string, r: Rates | null, events = 0, population = 10_000) => ({ id, name, population, rates: r, events, reach: events * 10, newSignups: 0 })

describe('reviews are made in their year, once', () => {
  it('the mid-term review in 2028, the final one in 2030, due by the end of that year', () => {
    expect(reviewYearError('midterm', 2028)).toBeNull()
    expect(reviewYearError('final', 2030)).toBeNull()
    expect(reviewYearError('midterm', 2027)).toMatch(/Sơ kết giữa kỳ được thực hiện trong năm 2028/)
    expect(reviewYearError('final', 2031)).toMatch(/Tổng kết được thực hiện trong năm 2030/)
    expect(reviewDueDate('midterm')).toBe('2028-12-31')
    expect(reviewDueDate('final')).toBe('2030-12-31')
  })
})

describe('each indicator against each year’s target', () => {
  const years = [
    year(2026, { actual: { bhytCoverage: 95.2, bhxhParticipation: 57 } }),
    year(2027, { actual: { bhytCoverage: 95.9, bhxhParticipation: 56.5 } }),
    year(2028, { actual: {} }),
  ]
  const rows = indicatorProgress(years, TARGETS, ['bhytCoverage', 'bhxhParticipation', 'bhxhCompulsory', 'bhxhVoluntary', 'bhtnParticipation'])

  it('every participation indicator and every other target, for every year of the span', () => {
    expect([...new Set(rows.map((r) => r.key))]).toEqual(['bhytCoverage', 'bhxhParticipation', 'bhxhCompulsory', 'bhxhVoluntary', 'bhtnParticipation', 'officialsInformed'])
    expect(rows.filter((r) => r.key === 'bhytCoverage').map((r) => r.year)).toEqual([2026, 2027, 2028])
  })
  it('the gap to the target in force and the trend against the year before', () => {
    const bhyt = rows.filter((r) => r.key === 'bhytCoverage')
    expect(bhyt[0]).toMatchObject({ actual: 95.2, target: 95.5, gap: 0.3, change: null, direction: null })
    // 2027 has no target of its own: 2026's carries on.
    expect(bhyt[1]).toMatchObject({ actual: 95.9, target: 95.5, gap: -0.4, change: 0.7, direction: 'up' })
    expect(bhyt[2]).toMatchObject({ actual: null, gap: null, change: null })
    // A year without figures is skipped: the next is compared with the last year that had them.
    const gap = indicatorProgress([...years, year(2029, { actual: { bhytCoverage: 96.1 } })], TARGETS, ['bhytCoverage']).find((r) => r.year === 2029)
    expect(gap).toMatchObject({ change: 0.2, comparedWith: 2027, direction: 'up' })
    const [t] = indicatorTables(indicatorProgress([...years, year(2029, { actual: { bhytCoverage: 96.1 } })], TARGETS, ['bhytCoverage']), 1)
    expect(t.rows.filter((r) => String(r[0]).startsWith('Tỷ lệ bao phủ BHYT')).map((r) => r[6])).toEqual([null, 'Tăng', null, 'Tăng (so với 2027)'])
    const bhxh = rows.filter((r) => r.key === 'bhxhParticipation')
    expect(bhxh[1]).toMatchObject({ change: -0.5, direction: 'down', gap: 0.3 })
  })
  it('a range target reads as a range', () => {
    const final = indicatorProgress([year(2030, { actual: { bhxhParticipation: 61 } })], TARGETS, ['bhxhParticipation'])
    expect(final.find((r) => r.key === 'bhxhParticipation')).toMatchObject({ target: 62, targetMax: 63, gap: 1 })
  })
  it('people reached counts attendance and media reach', () => {
    expect(yearActuals([{ key: 'bhytCoverage', rate: 95 }], { attendance: 100, mediaReach: 900 })).toEqual({ bhytCoverage: 95, peopleReached: 1000 })
  })
})

describe('the communes across the years', () => {
  const years = [
    year(2026, { communes: [commune('a', 'Xã A', rates(93, 50)), commune('b', 'Phường B', rates(97, 60), 5), commune('c', 'Xã C', null)] }),
    year(2027, { communes: [commune('a', 'Xã A', rates(94, 51), 1), commune('b', 'Phường B', null, 5), commune('c', 'Xã C', null)] }),
    year(2028, { communes: [commune('a', 'Xã A', null), commune('b', 'Phường B', null), commune('c', 'Xã C', null)] }),
  ]
  const { rows, withoutFigures } = communesAcrossYears(years, TARGETS)

  it('each commune’s latest figures with their year, and the change since the first year', () => {
    const a = rows.find((r) => r.id === 'a')!
    expect(a).toMatchObject({ latestYear: 2027, bhytTrend: 1, bhxhTrend: 1, bhytGap: 1.5, events: 1 })
    const b = rows.find((r) => r.id === 'b')!
    // Its latest figures are the first year's: no change to show.
    expect(b).toMatchObject({ latestYear: 2026, bhytTrend: null, events: 10 })
  })
  it('priority communes first; the communes without any figure named apart, not as empty rows', () => {
    expect(rows.map((r) => r.id)).toEqual(['a', 'b'])
    expect(rows[0].priority).toBe(1)
    expect(withoutFigures).toEqual(['Xã C'])
  })
})

describe('outreach, feedback and budget year by year', () => {
  const years = [
    year(2026, {
      outreach: { events: 3, attendance: 100, outputs: 2, mediaReach: 500, newVoluntaryBhxh: 1, newHouseholdBhyt: 2, cost: 1_000 },
      reachByGroup: [{ name: 'Nông dân', reach: 60 }, { name: 'Học sinh', reach: 0 }],
      byTopic: [{ name: 'BHXH tự nguyện', items: 4 }],
      byChannel: [{ name: 'Đối thoại', kind: 'event', items: 3, reach: 100 }, { name: 'Truyền hình', kind: 'media', items: 2, reach: 500 }],
      feedback: { received: 10, answered: 7 },
      budgetBySource: [{ source: 'state_budget', label: 'Ngân sách nhà nước', estimate: 5_000, actual: 1_000 }, { source: 'other', label: 'Nguồn hợp pháp khác', estimate: 0, actual: 0 }],
    }),
    year(2027, {
      outreach: { events: 1, attendance: 40, outputs: 0, mediaReach: 0, newVoluntaryBhxh: 0, newHouseholdBhyt: 0, cost: 500 },
      reachByGroup: [{ name: 'Nông dân', reach: 40 }, { name: 'Học sinh', reach: 0 }],
      feedback: { received: 5, answered: 5 },
      budgetBySource: [{ source: 'state_budget', label: 'Ngân sách nhà nước', estimate: 2_000, actual: 500 }],
    }),
  ]
  it('outreach per year, and by audience group, topic, event kind and channel per year', () => {
    const [perYear, groups, topics, kinds, channels] = outreachTables(years, 1)
    expect(perYear.rows).toEqual([
      ['2026', 3, 100, 2, 500, 1, 2, 1_000],
      ['2027', 1, 40, 0, 0, 0, 0, 500],
    ])
    expect(perYear.total).toEqual(['Cả giai đoạn', 4, 140, 2, 500, 1, 2, 1_500])
    expect(groups.rows).toEqual([['Nông dân', 60, 40, 100]]) // a group never reached is left out
    expect(topics.rows).toEqual([['BHXH tự nguyện', 4, 0, 4]])
    expect(kinds.rows).toEqual([['Đối thoại', 3, 0, 3]])
    expect(channels.rows).toEqual([['Truyền hình', 2, 0, 2]])
  })
  it('feedback received and answered, with the share answered', () => {
    const t = feedbackTable(years, 1)
    expect(t.rows).toEqual([
      ['2026', 10, 7, 70],
      ['2027', 5, 5, 100],
    ])
    expect(t.total).toEqual(['Cả giai đoạn', 15, 12, 80])
  })
  it('budget estimate and use per year and funding source', () => {
    const t = budgetByYearTable(years, 1)
    expect(t.rows).toEqual([
      ['2026', 'Ngân sách nhà nước', 5_000, 1_000, 20],
      ['2026', 'Cộng năm', 5_000, 1_000, 20],
      ['2027', 'Ngân sách nhà nước', 2_000, 500, 25],
      ['2027', 'Cộng năm', 2_000, 500, 25],
    ])
    expect(t.total).toEqual(['Cả giai đoạn', '', 7_000, 1_500, 21.43])
  })
  it('topics from the coverage cells', () => {
    expect(itemsByTopic({ 'g1|t1|tv': 2, 'g2|t1|dialogue': 1, 'g1|t2|tv': 1 }, [{ id: 't1', name: 'Một' }, { id: 't2', name: 'Hai' }, { id: 't3', name: 'Ba' }])).toEqual([
      { name: 'Một', items: 3 },
      { name: 'Hai', items: 1 },
      { name: 'Ba', items: 0 },
    ])
  })
})

describe('the review’s sections', () => {
  const input = (kind: 'midterm' | 'final', narrative: Record<string, string | null> = {}) =>
    reviewSections({
      kind,
      years: [year(2026, { actual: { bhytCoverage: 95 } }), year(2027)],
      targets: TARGETS,
      narrative,
      priorityLabels: PRIORITY,
      organizationTable: { sheet: 'Theo don vi', caption: 'Bảng 2. Kết quả theo cơ quan', columns: [], rows: [] },
      unitSections: [],
    })
  it('the evaluator’s sections in order; an empty one prints the placeholder', () => {
    const s = input('midterm', { limitations: 'Một số xã chưa đạt.\nThiếu kinh phí.', lessons: '  ' })
    expect(s.map((x) => x.heading)).toEqual([
      'Kết quả thực hiện giai đoạn 2026–2027',
      'Hạn chế, tồn tại và nguyên nhân',
      'Bài học kinh nghiệm',
      'Phương hướng, nhiệm vụ giai đoạn 2029–2030',
      'Đề xuất khen thưởng',
      'Đề xuất, kiến nghị',
    ])
    expect(s[1].paragraphs).toEqual(['Một số xã chưa đạt.', 'Thiếu kinh phí.'])
    expect(s[2].paragraphs).toEqual([NARRATIVE_PLACEHOLDER])
    expect(s[0].subsections?.[0].paragraphs).toEqual([NARRATIVE_PLACEHOLDER])
    expect(input('final')[3].heading).toBe('Phương hướng, nhiệm vụ giai đoạn tiếp theo')
  })
  it('tables numbered in reading order, sheet names unique', () => {
    const tables = input('final').flatMap((s) => [...(s.tables ?? []), ...(s.subsections ?? []).flatMap((x) => x.tables ?? [])])
    expect(tables.map((t) => t.caption.match(/^Bảng (\d+)\./)?.[1])).toEqual(tables.map((_, i) => String(i + 1)))
    expect(new Set(tables.map((t) => t.sheet)).size).toBe(tables.length)
    expect(tables.every((t) => t.sheet.length <= 31)).toBe(true)
  })
})
