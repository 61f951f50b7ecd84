/**
 * The budget view of a year: each organization's approved annual-plan estimate by funding source
 * against the costs logged on its events, and each campaign running that year against its own
 * estimate (src/domain/budget.ts budgetTable does the arithmetic).
 */
import type { Payload, PayloadRequest } from 'payload'

import { budgetTable, budgetTotals, type BudgetLine } from '../domain/budget'
import { periodMonths, periodRange } from '../domain/dashboard'
import { relationId, relationName } from '../domain/relations'
import { mergeTallies, type Tally } from '../domain/tallies'
import { readTallies } from './tallies'

export type BudgetView = { organizations: ReturnType<typeof budgetTable>; campaigns: ReturnType<typeof budgetTable> }

/** Call after the tallies were refreshed (dashboardData does it). */
export async function budgetView(payload: Payload, year: number, req?: PayloadRequest): Promise<BudgetView> {
  const months = periodMonths({ year, period: 'year' })
  const { from, to } = periodRange({ year, period: 'year' })
  const [plans, campaigns, orgTallies, campaignTallies] = await Promise.all([
    payload.find({
      collection: 'plans',
      where: { and: [{ periodKind: { equals: 'year' } }, { year: { equals: year } }, { status: { equals: 'approved' } }] },
      pagination: false,
      depth: 1,
      overrideAccess: true,
      select: { organization: true, budget: true },
      populate: { organizations: { name: true } },
      req,
    }),
    payload.find({
      collection: 'campaigns',
      where: { and: [{ startDate: { less_than: to } }, { endDate: { greater_than_equal: from } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { name: true, budgetEstimate: true },
      req,
    }),
    readTallies(payload, { source: 'events', dimension: 'organization', months }, req),
    readTallies(payload, { source: 'events', dimension: 'campaign', months }, req),
  ])
  const costs = (rows: { key: string; figures: Tally }[]) => {
    const byKey = new Map<string, Tally[]>()
    for (const r of rows) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r.figures])
    return new Map([...byKey].map(([k, t]) => [k, mergeTallies(t).costBySource]))
  }
  const orgCosts = costs(orgTallies)
  const lines = new Map<string, BudgetLine>()
  for (const plan of plans.docs) {
    const id = String(relationId(plan.organization))
    const line = lines.get(id) ?? { id, name: relationName(plan.organization) ?? id, estimate: {}, actual: orgCosts.get(id) ?? {} }
    for (const [source, amount] of Object.entries(budgetTotals(plan.budget ?? []).bySource)) line.estimate[source] = (line.estimate[source] ?? 0) + (amount ?? 0)
    lines.set(id, line)
  }
  // Organizations that spent without an approved plan estimate are listed too.
  const unplanned = [...orgCosts.keys()].filter((id) => !lines.has(id))
  if (unplanned.length) {
    const { docs } = await payload.find({ collection: 'organizations', where: { id: { in: unplanned } }, pagination: false, depth: 0, overrideAccess: true, select: { name: true }, req })
    for (const o of docs) lines.set(String(o.id), { id: String(o.id), name: o.name, estimate: {}, actual: orgCosts.get(String(o.id)) ?? {} })
  }
  const campaignCosts = costs(campaignTallies)
  return {
    organizations: budgetTable([...lines.values()]),
    campaigns: budgetTable(
      campaigns.docs.map((c) => ({ id: String(c.id), name: c.name, estimate: { unspecified: c.budgetEstimate ?? 0 }, actual: campaignCosts.get(String(c.id)) ?? {} })),
    ),
  }
}
