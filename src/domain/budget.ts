/** Funding sources named in section VII of the plan. */
export const FUNDING_SOURCE_LABELS = {
  state_budget: { vi: 'Ngân sách nhà nước', en: 'State budget' },
  bhxh_funds: { vi: 'Kinh phí hoạt động của BHXH', en: 'Social Security operating funds' },
  other: { vi: 'Nguồn hợp pháp khác', en: 'Other lawful sources' },
} as const
export type FundingSource = keyof typeof FUNDING_SOURCE_LABELS

/** Total of a budget estimate, per source and overall (amounts in VND). */
export function budgetTotals(lines: { source: FundingSource; amount?: number | null }[]) {
  const bySource: Partial<Record<FundingSource, number>> = {}
  let total = 0
  for (const line of lines) {
    const amount = line.amount ?? 0
    bySource[line.source] = (bySource[line.source] ?? 0) + amount
    total += amount
  }
  return { bySource, total }
}

/** Amounts per funding source; 'unspecified' for costs logged without one or a single estimate. */
export type Amounts = Partial<Record<string, number>>
export type BudgetLine = {
  id: string
  name: string
  /** Estimate per funding source (approved annual plan lines, or a campaign's single estimate). */
  estimate: Amounts
  /** Actual cost per funding source, from the results logged on events. */
  actual: Amounts
}
export type BudgetRow = BudgetLine & { estimateTotal: number; actualTotal: number; usedPercent: number | null; over: boolean }

const total = (amounts: Partial<Record<string, number>> | number[]) => Object.values(amounts).reduce<number>((s, n) => s + (n ?? 0), 0)

/**
 * Estimates against actual costs, one row per organization or campaign with either: the share
 * used (one decimal) and whether it is over the estimate; largest estimates first, then the
 * largest spenders without an estimate (money spent with no approved estimate is worth a look).
 */
export function budgetTable(lines: BudgetLine[]): { rows: BudgetRow[]; estimateTotal: number; actualTotal: number } {
  const rows = lines
    .map((l) => {
      const estimateTotal = total(l.estimate)
      const actualTotal = total(l.actual)
      return {
        ...l,
        estimateTotal,
        actualTotal,
        usedPercent: estimateTotal > 0 ? Math.round((actualTotal / estimateTotal) * 1000) / 10 : null,
        over: actualTotal > estimateTotal,
      }
    })
    .filter((r) => r.estimateTotal > 0 || r.actualTotal > 0)
    .sort((a, b) => b.estimateTotal - a.estimateTotal || b.actualTotal - a.actualTotal || a.name.localeCompare(b.name, 'vi'))
  return { rows, estimateTotal: total(rows.map((r) => r.estimateTotal)), actualTotal: total(rows.map((r) => r.actualTotal)) }
}
