import { describe, expect, it } from 'vitest'

import {
  briefText,
  budgetBySourceTable,
  dutyStatusTable,
  dutySummary,
  outreachBreakdownTables,
  periodIndicatorRows,
  periodIndicatorTables,
  unitNarrativeTable,
  type Duty,
} from '../../src/domain/cityReport'
import { PARTICIPATION_INDICATORS, numberTables } from '../../src/domain/reviewReport'

const TARGETS = [
  { indicator: 'bhytCoverage', year: 2026, minimum: 95.5 },
  { indicator: 'bhxhParticipation', year: 2027, minimum: 58, maximum: 59.5 },
  { indicator: 'bhtnParticipation', year: 2026, minimum: 42 },
  { indicator: 'peopleReached', year: 2027, minimum: 500_000 },
  // A commune's own target is not the city's.
  { indicator: 'officialsInformed', year: 2027, minimum: 100, locality: 7 },
  // Set for a later year: not in force yet.
  { indicator: 'officialsInformed', year: 2029, minimum: 100 },
]

describe('every stored target against the period', () => {
  const rows = periodIndicatorRows(
    2027,
    { bhytCoverage: 96, bhxhParticipation: 57.25, bhxhVoluntary: 6.1, peopleReached: 420_000 },
    { bhytCoverage: 95, bhxhParticipation: 57.5 },
    TARGETS,
    PARTICIPATION_INDICATORS,
  )
  const row = (key: string) => rows.find((r) => r.key === key)!

  it('the five participation indicators always, others only with a city-wide target in force', () => {
    expect(rows.map((r) => r.key)).toEqual(['bhytCoverage', 'bhxhParticipation', 'bhxhCompulsory', 'bhxhVoluntary', 'bhtnParticipation', 'peopleReached'])
  })

  it('the gap to the target in force (an earlier year’s carried on) and the change since the previous period', () => {
    expect(row('bhytCoverage')).toMatchObject({ actual: 96, target: 95.5, gap: -0.5, previous: 95, change: 1 })
    expect(row('bhxhParticipation')).toMatchObject({ target: 58, targetMax: 59.5, gap: 0.75, change: -0.25 })
    expect(row('bhtnParticipation')).toMatchObject({ actual: null, target: 42, gap: null })
    expect(row('bhxhCompulsory')).toMatchObject({ target: null, gap: null })
    expect(row('peopleReached')).toMatchObject({ actual: 420_000, gap: 80_000 })
  })

  it('percentages and head counts in two tables; a range printed as a range, no figure said so', () => {
    const [percent, people] = periodIndicatorTables(rows, '6 tháng đầu năm 2027', '6 tháng cuối năm 2026')
    expect(percent.rows).toHaveLength(5)
    expect(percent.columns[4].header).toBe('6 tháng cuối năm 2026 (%)')
    expect(percent.rows[1]).toEqual(['Tỷ lệ tham gia BHXH (% LLLĐ trong độ tuổi)', 57.25, '58–59,5', 0.75, 57.5, -0.25])
    expect(percent.rows[4][1]).toBe('Chưa có số liệu')
    expect(people.rows).toEqual([['Số lượt người được tiếp cận thông tin', 420_000, 500_000, 80_000, null, null]])
  })
})

describe('outreach breakdowns', () => {
  it('group, topic, event kind and channel; kinds and channels with nothing left out; totals are the sums', () => {
    const tables = outreachBreakdownTables({
      reachByGroup: [{ name: 'Nông dân', reach: 120 }, { name: 'Lao động tự do', reach: 30 }],
      byTopic: [{ name: 'BHXH tự nguyện', items: 4 }, { name: 'BHYT hộ gia đình', items: 0 }],
      eventsByKind: [{ name: 'Đối thoại chính sách', events: 3, reach: 150 }, { name: 'Hội nghị', events: 0, reach: 0 }],
      outputsByChannel: [{ name: 'Báo in', outputs: 2, reach: 5000 }],
    })
    expect(tables.map((t) => t.sheet)).toEqual(['Theo nhóm đối tượng', 'Theo chủ đề', 'Theo hình thức', 'Theo kênh'])
    expect(tables[0].total).toEqual(['Tổng cộng', 150])
    expect(tables[1].total).toEqual(['Tổng cộng', 4])
    expect(tables[2].rows).toEqual([['Đối thoại chính sách', 3, 150]])
    expect(tables[3].total).toEqual(['Tổng cộng', 2, 5000])
  })

  it('a unit report frozen before topics were kept has no topic table', () => {
    const tables = outreachBreakdownTables({ reachByGroup: [], eventsByKind: [], outputsByChannel: [] })
    expect(tables.map((t) => t.sheet)).not.toContain('Theo chủ đề')
  })
})

describe('section VI duties', () => {
  const duties: Duty[] = [
    { organization: 'Sở Y tế', title: 'Tuyên truyền BHYT học sinh', section: 'VI.10', status: 'done', dueDate: '2027-03-31T00:00:00.000Z' },
    { organization: 'Hội Nông dân', title: 'Đối thoại với nông dân', section: 'VI.12', status: 'in_progress', progressNote: 'Đã tổ chức 3 buổi.', dueDate: '2027-06-30T00:00:00.000Z' },
    { organization: 'Hội Nông dân', title: 'Phát tờ gấp', section: 'VI.2', status: 'not_started', dueDate: null },
  ]

  it('counts by status and the overdue ones as of the report’s date', () => {
    expect(dutySummary(duties, '2027-07-20')).toBe(
      '3 nhiệm vụ được phân công theo mục VI của Kế hoạch: 1 chưa triển khai, 1 đang thực hiện, 1 hoàn thành; 1 quá hạn.',
    )
    expect(dutySummary(duties, '2027-06-30')).not.toContain('quá hạn')
    expect(dutySummary([], '2027-06-30')).toMatch(/Chưa có nhiệm vụ/)
  })

  it('body, duty, deadline, status and progress; by body then section in the plan’s order', () => {
    const t = dutyStatusTable(duties, '2027-07-20')
    expect(t.rows).toEqual([
      [1, 'Hội Nông dân', 'Phát tờ gấp (mục VI.2)', 'Thường xuyên', 'Chưa triển khai', null],
      [2, 'Hội Nông dân', 'Đối thoại với nông dân (mục VI.12)', '30/06/2027', 'Đang thực hiện (quá hạn)', 'Đã tổ chức 3 buổi.'],
      [3, 'Sở Y tế', 'Tuyên truyền BHYT học sinh (mục VI.10)', '31/03/2027', 'Hoàn thành', null],
    ])
  })

  it('a duty every commune committee carries is one row counting the bodies by status', () => {
    const communes: Duty[] = ['done', 'done', 'blocked', 'not_started'].map((status, i) => ({
      organization: `UBND xã ${i + 1}`,
      title: 'Tuyên truyền tại cơ sở',
      section: 'VI.14',
      status: status as Duty['status'],
      dueDate: '2027-06-30T00:00:00.000Z',
    }))
    const t = dutyStatusTable([...duties, ...communes], '2027-07-20')
    expect(t.rows).toHaveLength(4)
    expect(t.rows[3]).toEqual([4, '4 cơ quan, đơn vị, địa phương', 'Tuyên truyền tại cơ sở (mục VI.14)', '30/06/2027', '1 chưa triển khai, 2 hoàn thành, 1 vướng mắc; 2 quá hạn', null])
    expect(t.note).toMatch(/gộp thành một dòng/)
    // Three bodies or fewer: each its own row.
    expect(dutyStatusTable(communes.slice(0, 3), '2027-07-20').rows).toHaveLength(3)
  })
})

describe('budget by funding source', () => {
  it('estimate against use per source, sources with neither left out, a share only with an estimate', () => {
    const t = budgetBySourceTable([
      { label: 'Ngân sách thành phố', estimate: 200_000_000, actual: 50_000_000 },
      { label: 'Ngân sách xã', estimate: 0, actual: 0 },
      { label: 'Chưa ghi nguồn', estimate: 0, actual: 1_000_000 },
    ])
    expect(t.rows).toEqual([
      ['Ngân sách thành phố', 200_000_000, 50_000_000, 25],
      ['Chưa ghi nguồn', 0, 1_000_000, null],
    ])
    expect(t.total).toEqual(['Tổng cộng', 200_000_000, 51_000_000, 25.5])
  })
})

describe('the organizations’ narratives in brief', () => {
  it('whole first sentences within the limit, marked when cut; a short text whole', () => {
    expect(briefText('Ngắn gọn.')).toBe('Ngắn gọn.')
    expect(briefText('  Một.\n\nHai câu  ')).toBe('Một. Hai câu')
    expect(briefText('Câu thứ nhất đủ dài. Câu thứ hai cũng khá dài. Câu ba.', 50)).toBe('Câu thứ nhất đủ dài. Câu thứ hai cũng khá dài. …')
    expect(briefText('Câu thứ nhất đủ dài. Câu thứ hai cũng khá dài. Câu ba.', 30)).toBe('Câu thứ nhất đủ dài. …')
    // One long sentence: cut between words, never inside one.
    expect(briefText('một hai ba bốn năm sáu bảy tám chín mười', 20)).toBe('một hai ba bốn năm …')
    expect(briefText(null)).toBe('')
    // A thousands separator ends no sentence.
    expect(briefText('Hơn 1.200 hội viên dự. Câu sau dài dài dài dài.', 30)).toBe('Hơn 1.200 hội viên dự. …')
  })

  it('one row per report: organization, date sent (Vietnam day), results, difficulties, proposals', () => {
    const t = unitNarrativeTable([
      { organization: 'Hội Nông dân', submittedAt: '2027-07-04T18:30:00.000Z', results: 'Đã đối thoại tại 12 xã. Chi tiết từng xã như sau: rất dài.', difficulties: '', proposals: 'Bổ sung kinh phí.' },
    ], 30)
    expect(t.rows).toEqual([[1, 'Hội Nông dân', '05/07/2027', 'Đã đối thoại tại 12 xã. …', 'Không có', 'Bổ sung kinh phí.']])
  })
})

describe('table numbers', () => {
  it('"Bảng." and earlier numbers become 1, 2, 3… in reading order, subsections included', () => {
    const t = (caption: string) => ({ sheet: caption, caption, columns: [], rows: [] })
    const sections = numberTables([
      { heading: 'A', tables: [t('Bảng. Một'), t('Bảng 7. Hai')], subsections: [{ heading: 'a', tables: [t('Ba')] }] },
      { heading: 'B', tables: [t('Bảng. Bốn')] },
    ])
    expect([...sections[0].tables!, ...sections[0].subsections![0].tables!, ...sections[1].tables!].map((x) => x.caption)).toEqual([
      'Bảng 1. Một',
      'Bảng 2. Hai',
      'Bảng 3. Ba',
      'Bảng 4. Bốn',
    ])
  })
})
