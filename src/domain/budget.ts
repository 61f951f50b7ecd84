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
