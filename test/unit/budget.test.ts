import { describe, expect, it } from 'vitest'

import { budgetTotals } from '../../src/domain/budget'

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
