import { describe, expect, it } from 'vitest'

import { causesAndRemediesText, communeTargetsTable, expectedActual, planActivitiesTable, planResultsTable } from '../../src/domain/unitReport'

describe('a unit report against its approved annual plan', () => {
  it('people reached from the organization’s own outreach; a rate only where it is measured (a commune committee)', () => {
    expect(expectedActual('peopleReached', 15_400, null)).toBe(15_400)
    expect(expectedActual('bhytCoverage', 15_400, null)).toBeNull()
    expect(expectedActual('bhytCoverage', 0, { bhytCoverage: 95.2 })).toBe(95.2)
  })

  it('each expected result: planned, reached, still missing; a rate printed as a rate', () => {
    const t = planResultsTable(
      [
        { indicator: 'peopleReached', value: 15_000, description: 'Lượt công nhân được tuyên truyền trực tiếp' },
        { indicator: 'bhxhVoluntary', value: 6.5, description: null },
      ],
      12_500,
      null,
    )
    expect(t.rows).toEqual([
      ['Số lượt người được tiếp cận thông tin', 'Lượt công nhân được tuyên truyền trực tiếp', '15.000', '12.500', '2.500'],
      ['Trong đó BHXH tự nguyện (% LLLĐ)', null, '6,5%', 'Chưa đo theo đơn vị', null],
    ])
    const commune = planResultsTable([{ indicator: 'bhytCoverage', value: 96.2 }], 0, { bhytCoverage: 96.7 })
    expect(commune.rows[0].slice(2)).toEqual(['96,2%', '96,7%', '-0,5%'])
  })

  it('activities in deadline order: done, in progress, or overdue as of the report’s date', () => {
    const t = planActivitiesTable(
      [
        { title: 'Tập huấn tuyên truyền viên', dueDate: '2027-09-30T00:00:00.000Z', done: false },
        { title: 'In tờ gấp', dueDate: '2027-03-31T00:00:00.000Z', done: true },
        { title: 'Đối thoại tại KCN', dueDate: '2027-06-30T00:00:00.000Z', done: false },
      ],
      '2027-07-05',
    )
    expect(t.rows).toEqual([
      [1, 'In tờ gấp', '31/03/2027', 'Đã xong'],
      [2, 'Đối thoại tại KCN', '30/06/2027', 'Chưa xong (quá hạn)'],
      [3, 'Tập huấn tuyên truyền viên', '30/09/2027', 'Đang thực hiện'],
    ])
  })
})

describe('a commune committee’s report: its commune against the targets (task V.7)', () => {
  it('rates, targets in force (a range as a range), gaps; no figure said so', () => {
    const t = communeTargetsTable('Phường Thiên Hương', [
      { key: 'bhytCoverage', label: 'Tỷ lệ bao phủ BHYT (% dân số)', rate: 94.25, target: 95.5, targetMax: null },
      { key: 'bhxhParticipation', label: 'Tỷ lệ tham gia BHXH (% LLLĐ trong độ tuổi)', rate: 63, target: 62, targetMax: 63 },
      { key: 'bhtnParticipation', label: 'Tỷ lệ tham gia BHTN (% LLLĐ trong độ tuổi)', rate: null, target: 49, targetMax: null },
    ])
    expect(t.caption).toContain('Phường Thiên Hương')
    expect(t.rows).toEqual([
      ['Tỷ lệ bao phủ BHYT (% dân số)', 94.25, 95.5, 1.25],
      ['Tỷ lệ tham gia BHXH (% LLLĐ trong độ tuổi)', 63, '62–63', -1],
      ['Tỷ lệ tham gia BHTN (% LLLĐ trong độ tuổi)', 'Chưa có số liệu', 49, null],
    ])
  })

  it('the causes and remedies it wrote; when below target without them, what is missing and where to write it', () => {
    expect(causesAndRemediesText('Nhiều lao động\n đi làm xa.', true)).toBe('Nguyên nhân và giải pháp: Nhiều lao động đi làm xa.')
    expect(causesAndRemediesText('', true)).toMatch(/chưa nêu.*Nguyên nhân, giải pháp/)
    expect(causesAndRemediesText(null, false)).toBe('Các chỉ tiêu có số liệu đều đạt.')
  })
})
