/**
 * Everything the evaluation dashboard shows for one period and scope, gathered through the Local
 * API: outreach from the monthly tallies (src/lib/tallies.ts), feedback by counting, participation
 * figures and targets per commune, budget estimates from the annual plans. The figures themselves
 * are computed by the plain functions in src/domain/dashboard.ts.
 */
import { APIError, type Payload, type PayloadRequest, type Where } from 'payload'

import { budgetTotals, FUNDING_SOURCE_LABELS } from '../domain/budget'
import {
  communeTable,
  coverageMatrix,
  evaluationLevels,
  monthlySeries,
  periodMonths,
  periodRange,
  periodTitle,
  previousPeriod,
  RATE_OF,
  type CommuneRow,
  type CoverageCell,
  type Level,
  type DashboardQuery,
  type Named,
  type PeriodKey,
  type Scope,
  targetInForce,
} from '../domain/dashboard'
import { EVENT_KIND_LABELS } from '../domain/events'
import { CITY_RESULT_KEYS, INDICATORS, type IndicatorKey } from '../domain/indicators'
import { MEDIA_CHANNEL_LABELS } from '../domain/mediaOutputs'
import { COUNT_FIELDS, participationRates, sumCounts, type Counts, type Rates } from '../domain/participation'
import { relationId } from '../domain/relations'
import { mergeTallies, type Tally } from '../domain/tallies'
import { budgetView, type BudgetView } from './budgetView'
import { readTallies, refreshTallies, talliesNeedRebuild, talliesRebuildingError } from './tallies'


export type IndicatorCard = {
  key: IndicatorKey
  label: string
  rate: number | null
  previous: number | null
  target: number | null
  targetMax: number | null
  /** The year the target was set for (an earlier one when the year has none of its own). */
  targetYear: number | null
}
export type Dashboard = {
  query: DashboardQuery
  title: string
  scopeName: string
  tally: Tally
  cards: {
    indicators: IndicatorCard[]
    communesWithFigures: number
    communes: number
    feedbackReceived: number
    feedbackAnswered: number
    budgetEstimate: number | null
    budgetBySource: { source: string; label: string; estimate: number; actual: number }[]
  }
  months: ReturnType<typeof monthlySeries>
  reachByGroup: { name: string; reach: number }[]
  byChannel: { channel: string; name: string; kind: 'event' | 'media'; items: number; reach: number }[]
  feedbackByTopic: { name: string; count: number }[]
  levels: Level[]
  /** The city's year: every organization's and campaign's estimate against its costs. */
  budget: BudgetView | null
  communes: CommuneRow[]
  matrix: { groups: Named[]; topics: Named[]; cells: CoverageCell[]; untouched: number; channelNames: Record<string, string> }
}

/** A catalogue's entries by id and name (audience groups by their short name: the full ones fill a chart). */
async function all(payload: Payload, collection: 'localities' | 'audience-groups' | 'topics', sort: string, req?: PayloadRequest): Promise<Named[]> {
  const { docs } = await payload.find({
    collection,
    pagination: false,
    depth: 0,
    sort,
    overrideAccess: true,
    select: collection === 'audience-groups' ? { name: true, shortName: true } : { name: true },
    req,
  })
  return (docs as { id: number | string; name: string; shortName?: string }[]).map((d) => ({ id: String(d.id), name: d.shortName || d.name }))
}

/**
 * Tallies, refreshed first. A missing or half-built set is never rebuilt here (minutes on a large
 * database, inside someone's page view): `npm start` rebuilds before serving and the tally job in
 * the worker otherwise; meanwhile readers get a clear "being rebuilt" answer (HTTP 503).
 */
export async function currentTallies(payload: Payload, req?: PayloadRequest) {
  if (await talliesNeedRebuild(payload, req)) throw talliesRebuildingError()
  try {
    await refreshTallies(payload, req)
  } catch (error) {
    // Inside a save (a report compiling its figures) the save must fail with it; a page view
    // instead shows the tallies as last refreshed (e.g. a long import held the database) and the
    // five-minute task catches up.
    if (req?.transactionID) throw error
    payload.logger.warn({ err: error }, 'Không cập nhật được số liệu tổng hợp; hiển thị số liệu lần cập nhật trước.')
  }
}

type IndicatorDoc = Counts & Rates & { id: number | string; locality: unknown; causesAndRemedies?: string | null }

async function figuresFor(payload: Payload, p: PeriodKey, locality: string | null, req?: PayloadRequest) {
  const where: Where[] = [{ year: { equals: p.year } }, { period: { equals: p.period } }]
  if (locality) where.push({ locality: { equals: locality } })
  const { docs } = await payload.find({ collection: 'indicators', where: { and: where }, pagination: false, depth: 0, overrideAccess: true, req })
  return docs as unknown as IndicatorDoc[]
}

/**
 * Plan II.2's "every year 100 % of officials and employees informed": the share the organizations
 * reported in their sent unit reports of the period (all of them for the city, one for an
 * organization). Organizations that have not reported are not counted; half-years without reports
 * (H2) have none.
 */
async function officialsInformedCard(
  payload: Payload,
  query: PeriodKey,
  previous: PeriodKey,
  organization: string | null,
  targetOf: (indicator: IndicatorKey, locality: string | null) => { minimum: number; maximum?: number | null; year: number } | undefined,
  req?: PayloadRequest,
): Promise<IndicatorCard | null> {
  const share = async (p: PeriodKey) => {
    if (p.period === 'h2') return null
    const where: Where[] = [
      { kind: { equals: 'unit' } },
      { year: { equals: p.year } },
      { period: { equals: p.period } },
      { status: { in: ['submitted', 'accepted'] } },
      { staffTotal: { greater_than: 0 } },
    ]
    if (organization) where.push({ organization: { equals: organization } })
    const { docs } = await payload.find({ collection: 'reports', where: { and: where }, select: { staffTotal: true, staffInformed: true }, pagination: false, depth: 0, overrideAccess: true, req })
    const total = docs.reduce((n, d) => n + (d.staffTotal ?? 0), 0)
    const informed = docs.reduce((n, d) => n + (d.staffInformed ?? 0), 0)
    return total ? Math.round((informed / total) * 10_000) / 100 : null
  }
  const target = targetOf('officialsInformed', null)
  const [rate, before] = await Promise.all([share(query), share(previous)])
  if (!target && rate === null) return null
  return { key: 'officialsInformed', label: INDICATORS.officialsInformed.label.vi, rate, previous: before, target: target?.minimum ?? null, targetMax: target?.maximum ?? null, targetYear: target?.year ?? null }
}

/**
 * The targets no commune figure measures (money collected, procedures online…), from the city-wide
 * results Sở Nội vụ typed in: one card for each that has a target in force or a result.
 */
async function cityResultCards(
  payload: Payload,
  query: PeriodKey,
  previous: PeriodKey,
  targetOf: (indicator: IndicatorKey, locality: string | null) => { minimum: number; maximum?: number | null; year: number } | undefined,
  req?: PayloadRequest,
): Promise<IndicatorCard[]> {
  const of = (p: PeriodKey): Where => ({ and: [{ year: { equals: p.year } }, { period: { equals: p.period } }] })
  const { docs } = await payload.find({ collection: 'city-results', where: { or: [of(query), of(previous)] }, pagination: false, depth: 0, overrideAccess: true, req })
  const valueOf = (key: IndicatorKey, p: PeriodKey) => docs.find((d) => d.indicator === key && d.year === p.year && d.period === p.period)?.value ?? null
  return CITY_RESULT_KEYS.flatMap((key) => {
    const target = targetOf(key, null)
    const rate = valueOf(key, query)
    if (!target && rate === null) return []
    return [{ key, label: INDICATORS[key].label.vi, rate, previous: valueOf(key, previous), target: target?.minimum ?? null, targetMax: target?.maximum ?? null, targetYear: target?.year ?? null }]
  })
}

/** Rates of a set of communes: from the sum of their counts (never an average of rates). */
function ratesOf(docs: IndicatorDoc[]): Rates | null {
  return docs.length ? participationRates(sumCounts(docs.map((d) => Object.fromEntries(COUNT_FIELDS.map((f) => [f, d[f] ?? 0])) as Counts))) : null
}

const notFound = () => new APIError('Không tìm thấy xã, đơn vị hoặc chiến dịch đã chọn.', 404)

export async function dashboardData(payload: Payload, query: DashboardQuery, req?: PayloadRequest): Promise<Dashboard> {
  await currentTallies(payload, req)
  const { scope } = query
  const id = scope === 'city' ? null : String(query.id ?? '')
  const months = periodMonths(query)
  const range = periodRange(query)
  const previous = previousPeriod(query)

  const [localities, groups, topics] = await Promise.all([
    all(payload, 'localities', 'name', req),
    all(payload, 'audience-groups', 'code', req),
    all(payload, 'topics', 'code', req),
  ])

  // Outreach: events by commune (the city is the sum of its communes), or by organization/campaign.
  const eventDimension = scope === 'city' ? 'commune' : scope
  const eventRows = await readTallies(payload, { source: 'events', dimension: eventDimension, keys: id ? [id] : undefined, months, withCells: true }, req)
  const mediaRows =
    scope === 'commune'
      ? []
      : await readTallies(payload, { source: 'media-outputs', dimension: scope === 'city' ? 'organization' : scope, keys: id ? [id] : undefined, months, withCells: true }, req)
  const tally = mergeTallies([...eventRows, ...mediaRows].map((r) => r.figures))

  // Participation figures: the communes in scope (the organization's own commune for a commune committee).
  let figureLocality: string | null = scope === 'commune' ? id : null
  let scopeName = 'Toàn thành phố'
  let campaignEstimate: number | null = null
  if (scope === 'commune') scopeName = localities.find((l) => String(l.id) === id)?.name ?? scopeName
  if (scope === 'commune' && !localities.some((l) => l.id === id)) throw notFound()
  if (scope === 'organization' && id) {
    const org = await payload.findByID({ collection: 'organizations', id, depth: 0, overrideAccess: true, disableErrors: true, req })
    if (!org) throw notFound()
    scopeName = org.name
    figureLocality = org.locality ? String(relationId(org.locality)) : null
  }
  if (scope === 'campaign' && id) {
    const campaign = await payload.findByID({ collection: 'campaigns', id, depth: 0, overrideAccess: true, disableErrors: true, req })
    if (!campaign) throw notFound()
    scopeName = campaign.name
    campaignEstimate = campaign.budgetEstimate ?? null
  }
  const [current, before, targets] = await Promise.all([
    figuresFor(payload, query, figureLocality, req),
    figuresFor(payload, previous, figureLocality, req),
    payload.find({ collection: 'targets', where: { year: { less_than_equal: query.year } }, pagination: false, depth: 0, overrideAccess: true, req }),
  ])
  const rates = ratesOf(current)
  const previousRates = ratesOf(before)
  const targetOf = (indicator: IndicatorKey, locality: string | null) => targetInForce(targets.docs, indicator, query.year, locality)
  const indicatorCards: IndicatorCard[] = (Object.keys(RATE_OF) as IndicatorKey[]).map((key) => {
    const target = targetOf(key, figureLocality)
    return {
      key,
      label: INDICATORS[key].label.vi,
      rate: rates?.[RATE_OF[key]!] ?? null,
      previous: previousRates?.[RATE_OF[key]!] ?? null,
      target: target?.minimum ?? null,
      targetMax: target?.maximum ?? null,
      targetYear: target?.year ?? null,
    }
  })
  const informed = scope === 'city' || scope === 'organization' ? await officialsInformedCard(payload, query, previous, id, targetOf, req) : null
  if (informed) indicatorCards.push(informed)
  if (scope === 'city') indicatorCards.push(...(await cityResultCards(payload, query, previous, targetOf, req)))
  const cityTargets = (locality: string | null) => ({
    bhytCoverage: targetOf('bhytCoverage', locality)?.minimum ?? null,
    bhxhParticipation: targetOf('bhxhParticipation', locality)?.minimum ?? null,
  })

  // Feedback: counted, not read (200,000 items must not be loaded to be counted).
  const feedbackWhere: Where[] = [{ createdAt: { greater_than_equal: range.from } }, { createdAt: { less_than: range.to } }]
  if (scope === 'commune') feedbackWhere.push({ locality: { equals: id } })
  if (scope === 'organization') feedbackWhere.push({ assignedTo: { equals: id } })
  if (scope === 'campaign') feedbackWhere.push({ 'event.campaign': { equals: id } })
  const countFeedback = async (extra: Where[] = []) =>
    (await payload.count({ collection: 'feedback', where: { and: [...feedbackWhere, ...extra] }, overrideAccess: true, req })).totalDocs
  const [feedbackReceived, feedbackAnswered, ...topicCounts] = await Promise.all([
    countFeedback(),
    countFeedback([{ status: { in: ['answered', 'closed'] } }]),
    ...topics.map((t) => countFeedback([{ topic: { equals: t.id } }])),
  ])

  const [budget, budgetByBody] = await Promise.all([
    budgetFor(payload, query, scope, id, campaignEstimate, req),
    scope === 'city' ? budgetView(payload, query.year, req) : null,
  ])
  const materialsPublished =
    scope === 'city'
      ? (
          await payload.count({
            collection: 'materials',
            overrideAccess: true,
            req,
            where: { and: [{ status: { equals: 'approved' } }, { publishDate: { greater_than_equal: range.from } }, { publishDate: { less_than: range.to } }] },
          })
        ).totalDocs
      : 0

  // The commune table: the city's communes, or the one commune in scope.
  const communeTally = new Map<string, Tally[]>()
  if (scope === 'city' || scope === 'commune') for (const r of eventRows) communeTally.set(r.key, [...(communeTally.get(r.key) ?? []), r.figures])
  // A commune committee's own dashboard has its commune's row (its events are the committee's).
  if (scope === 'organization' && figureLocality) communeTally.set(figureLocality, eventRows.map((r) => r.figures))
  const communeList = scope === 'city' ? localities : localities.filter((l) => l.id === (scope === 'commune' ? id : figureLocality))
  const communes = communeTable(
    communeList.map((l) => {
      const key = String(l.id)
      const doc = current.find((d) => String(relationId(d.locality)) === key)
      const prev = before.find((d) => String(relationId(d.locality)) === key)
      const t = mergeTallies(communeTally.get(key) ?? [])
      return {
        id: key,
        name: l.name,
        population: doc?.population ?? null,
        rates: doc ? ratesOf([doc]) : null,
        previousRates: prev ? ratesOf([prev]) : null,
        targets: cityTargets(key),
        events: t.events,
        reach: t.attendance,
        newSignups: t.newVoluntaryBhxh + t.newHouseholdBhyt,
        indicatorId: doc ? String(doc.id) : null,
        causesAndRemedies: doc?.causesAndRemedies ?? null,
      }
    }),
  )

  const groupList = groups
  const topicList = topics
  const matrix = coverageMatrix(tally.cells, groupList, topicList)
  const channelNames: Record<string, string> = {
    ...Object.fromEntries(Object.entries(EVENT_KIND_LABELS).map(([k, v]) => [k, v.vi])),
    ...Object.fromEntries(Object.entries(MEDIA_CHANNEL_LABELS).map(([k, v]) => [k, v.vi])),
  }
  return {
    query,
    title: periodTitle(query),
    scopeName,
    tally,
    cards: {
      indicators: indicatorCards,
      communesWithFigures: current.length,
      communes: scope === 'city' ? localities.length : current.length,
      feedbackReceived,
      feedbackAnswered,
      budgetEstimate: budget.estimate,
      budgetBySource: budgetRows(budget.bySource, tally.costBySource),
    },
    months: monthlySeries(
      months,
      [...eventRows, ...mediaRows],
    ),
    reachByGroup: groupList.map((g) => ({ name: g.name, reach: tally.reachByGroup[g.id] ?? 0 })),
    byChannel: [
      ...Object.entries(EVENT_KIND_LABELS).map(([k, l]) => ({ channel: k, name: l.vi, kind: 'event' as const, items: tally.eventsByKind[k] ?? 0, reach: tally.reachByKind[k] ?? 0 })),
      ...Object.entries(MEDIA_CHANNEL_LABELS).map(([k, l]) => ({ channel: k, name: l.vi, kind: 'media' as const, items: tally.outputsByChannel[k] ?? 0, reach: tally.reachByChannel[k] ?? 0 })),
    ],
    feedbackByTopic: topics.map((t, i) => ({ name: t.name, count: topicCounts[i] })),
    levels: evaluationLevels({
      tally,
      budgetEstimate: budget.estimate,
      materialsPublished,
      feedbackReceived,
      feedbackAnswered,
      rates,
      previousRates,
      targets: cityTargets(figureLocality),
    }),
    budget: budgetByBody,
    communes,
    matrix: { groups: groupList, topics: topicList, ...matrix, channelNames },
  }
}

/** Estimate against actual cost per funding source; costs logged without a source get their own row. */
function budgetRows(estimates: Record<string, number>, actuals: Record<string, number>): Dashboard['cards']['budgetBySource'] {
  const rows: Dashboard['cards']['budgetBySource'] = Object.entries(FUNDING_SOURCE_LABELS).map(([source, l]) => ({
    source,
    label: l.vi,
    estimate: estimates[source] ?? 0,
    actual: actuals[source] ?? 0,
  }))
  if (actuals.unspecified) rows.push({ source: 'unspecified', label: 'Chưa ghi nguồn', estimate: 0, actual: actuals.unspecified })
  return rows
}

/**
 * The year's budget estimate of the scope: the budget lines of the approved annual plans (the
 * organization's, or every organization's for the city), or a campaign's own estimate. Half-year
 * periods show the whole year's estimate.
 */
async function budgetFor(
  payload: Payload,
  p: PeriodKey,
  scope: Scope,
  id: string | null,
  campaignEstimate: number | null,
  req?: PayloadRequest,
): Promise<{ estimate: number | null; bySource: Record<string, number> }> {
  if (scope === 'campaign') return { estimate: campaignEstimate, bySource: {} }
  if (scope === 'commune') return { estimate: null, bySource: {} }
  const where: Where[] = [{ periodKind: { equals: 'year' } }, { year: { equals: p.year } }, { status: { equals: 'approved' } }]
  if (scope === 'organization' && id) where.push({ organization: { equals: id } })
  const { docs } = await payload.find({ collection: 'plans', where: { and: where }, pagination: false, depth: 0, overrideAccess: true, select: { budget: true }, req })
  const { bySource, total } = budgetTotals(docs.flatMap((plan) => plan.budget ?? []))
  return { estimate: docs.length ? total : null, bySource }
}
