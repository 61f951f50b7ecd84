import { describe, expect, it } from 'vitest'

import { budgetTable, budgetTotals } from '../../src/domain/budget'

describe('budgetTotals', () => {
  it('an empty estimate totals zero with no sources', () => {
    expect(budgetTotals([])).toEqual({ bySource: {}, total: 0 })
  })

  it('adds up lines per funding source and overall', () => {
    const totals = budgetTotals([
      { source: 'state_budget', amount: 150_000_000 },
      { source: 'bhxh_funds', amount: 80_000_000 },
      { source: 'state_budget', amount: 50_000_000 },
    ])
    expect(totals.bySource).toEqual({ state_budget: 200_000_000, bhxh_funds: 80_000_000 })
    expect(totals.total).toBe(280_000_000)
  })

  it('a line without an amount yet counts as zero but still lists its source', () => {
    const totals = budgetTotals([
      { source: 'other', amount: null },
      { source: 'bhxh_funds' },
      { source: 'bhxh_funds', amount: 5_000_000 },
    ])
    expect(totals.bySource).toEqual({ other: 0, bhxh_funds: 5_000_000 })
    expect(totals.total).toBe(5_000_000)
  })
})

describe('budgetTable: estimates against actual costs', () => {
  it('share used, over-spending, order, totals; rows with neither are left out', () => {
    const { rows, estimateTotal, actualTotal } = budgetTable([
      { id: '1', name: 'Hội Nông dân', estimate: { state_budget: 100_000_000 }, actual: { state_budget: 30_000_000, other: 3_333_333 } },
      { id: '2', name: 'LĐLĐ', estimate: { state_budget: 150_000_000, bhxh_funds: 50_000_000 }, actual: { state_budget: 210_000_000 } },
      { id: '3', name: 'Xã An Lão', estimate: {}, actual: { unspecified: 2_000_000 } },
      { id: '4', name: 'Đoàn Thanh niên', estimate: {}, actual: {} },
    ])
    expect(rows.map((r) => [r.name, r.estimateTotal, r.actualTotal, r.usedPercent, r.over])).toEqual([
      ['LĐLĐ', 200_000_000, 210_000_000, 105, true],
      ['Hội Nông dân', 100_000_000, 33_333_333, 33.3, false],
      ['Xã An Lão', 0, 2_000_000, null, true],
    ])
    expect(estimateTotal).toBe(300_000_000)
    expect(actualTotal).toBe(245_333_333)
  })
})
