import { describe, expect, it } from 'vitest'

import { formatReportCell, type ReportTable } from '../../src/domain/officialReport'
import { layoutTable, textWidth, unbreakablePieces } from '../../src/domain/tableLayout'

const PAGE = { portrait: 9355, landscape: 14570, padding: 160 }

const budget: ReportTable = {
  sheet: 'Kinh phí',
  caption: 'Bảng 5. Kinh phí',
  columns: [{ header: 'Cơ quan, đơn vị' }, { header: 'Dự toán (đồng)', kind: 'money' }, { header: 'Thực tế (đồng)', kind: 'money' }, { header: 'Đã sử dụng (%)', kind: 'percent' }],
  rows: [
    ['Sở Nội vụ thành phố Hải Phòng', 5_500_000_000, 4_987_654_321, 90.68],
    ['Hội Nông dân thành phố Hải Phòng', 120_000_000, 99_500_000, 82.92],
  ],
  total: ['Tổng cộng', 5_620_000_000, 5_087_154_321, 90.52],
}

const wide: ReportTable = {
  sheet: 'Theo xã, phường',
  caption: 'Bảng 3',
  columns: [
    { header: 'TT', kind: 'integer' },
    { header: 'Xã, phường, đặc khu' },
    ...Array.from({ length: 8 }, (_, i) => ({ header: `Chỉ số ${i + 1} (%)`, kind: 'percent' as const })),
    { header: 'Ưu tiên' },
    { header: 'Nguyên nhân, giải pháp' },
  ],
  rows: Array.from({ length: 114 }, (_, i) => [i + 1, `Phường số ${i + 1}`, ...Array.from({ length: 8 }, () => 95.5), 'Ưu tiên 1', '']),
}

describe('table layout from content', () => {
  it('a number is one piece; text breaks only between words', () => {
    expect(unbreakablePieces('5.500.000.000', true)).toEqual(['5.500.000.000'])
    expect(unbreakablePieces('95,52%', false)).toEqual(['95,52%'])
    expect(unbreakablePieces('Nguyên nhân: thiếu kinh phí', false)).toEqual(['Nguyên', 'nhân:', 'thiếu', 'kinh', 'phí'])
    // Diacritics take no width of their own; bold is wider; capitals wider than digits.
    expect(textWidth('Nguyên', 12)).toBeCloseTo(textWidth('Nguyen', 12))
    expect(textWidth('Tổng', 12, true)).toBeGreaterThan(textWidth('Tổng', 12))
    expect(textWidth('ĐẶC KHU', 12)).toBeGreaterThan(textWidth('1234567', 12))
  })

  it('every column is at least as wide as its longest number or word, and the widths fill the page', () => {
    const layout = layoutTable(budget, PAGE)
    const width = PAGE[layout.orientation]
    expect(layout.widths.reduce((a, b) => a + b, 0)).toBe(width)
    budget.columns.forEach((c, i) => {
      const cells = [...budget.rows, budget.total!].map((r) => formatReportCell(r[i], c.kind))
      const longest = Math.max(...cells.flatMap((v) => unbreakablePieces(v, c.kind !== undefined)).map((p) => textWidth(p, layout.size)))
      expect(layout.widths[i], c.header).toBeGreaterThanOrEqual(longest * 20 + PAGE.padding)
    })
  })

  it('a small table stays portrait in 12 pt; a 12-column table of 114 rows goes landscape, dense, in 9 pt', () => {
    const small: ReportTable = { ...budget, columns: budget.columns.slice(0, 2), rows: budget.rows.map((r) => r.slice(0, 2)), total: undefined }
    expect(layoutTable(small, PAGE)).toMatchObject({ orientation: 'portrait', size: 12, dense: false })
    expect(layoutTable(wide, PAGE)).toMatchObject({ orientation: 'landscape', size: 9, dense: true })
  })
})
