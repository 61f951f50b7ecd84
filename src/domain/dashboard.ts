/**
 * The figures of the evaluation dashboard and the reports (plan tasks V.6–V.8, section VIII):
 * periods, gaps to target, outreach intensity, the priority order of communes, the evaluation
 * levels and the audience × topic × channel coverage. Plain functions on plain data.
 */
import type { IndicatorKey } from './indicators'
import { PERIOD_LABELS, PERIODS, type Period, type Rates } from './participation'
import { TERM_FIRST_YEAR, TERM_LAST_YEAR, vietnamDayStart } from './period'
import { relationId } from './relations'
import type { Tally } from './tallies'

export type PeriodKey = { year: number; period: Period }

/** The Vietnam months ("YYYY-MM") of a half-year or a year. */
export function periodMonths({ year, period }: PeriodKey): string[] {
  const first = period === 'h2' ? 7 : 1
  const last = period === 'h1' ? 6 : 12
  return Array.from({ length: last - first + 1 }, (_, i) => `${year}-${String(first + i).padStart(2, '0')}`)
}

/** First instant of the period and of the one after it, in Asia/Ho_Chi_Minh. */
export function periodRange(p: PeriodKey): { from: string; to: string } {
  const startMonth = p.period === 'h2' ? '07' : '01'
  const end = p.period === 'h1' ? `${p.year}-07-01` : `${p.year + 1}-01-01`
  return { from: vietnamDayStart(`${p.year}-${startMonth}-01`).toISOString(), to: vietnamDayStart(end).toISOString() }
}

/** The period a change is measured against: the half-year before, or the year before. */
export function previousPeriod({ year, period }: PeriodKey): PeriodKey {
  if (period === 'h1') return { year: year - 1, period: 'h2' }
  if (period === 'h2') return { year, period: 'h1' }
  return { year: year - 1, period: 'year' }
}

export function periodTitle({ year, period }: PeriodKey): string {
  return period === 'year' ? `Năm ${year}` : `${PERIOD_LABELS[period].vi} ${year}`
}

/** The rate a participation indicator's target is set on. */
export const RATE_OF: Partial<Record<IndicatorKey, keyof Rates>> = {
  bhytCoverage: 'bhytCoverage',
  bhxhParticipation: 'bhxhParticipation',
  bhxhCompulsory: 'bhxhCompulsoryRate',
  bhxhVoluntary: 'bhxhVoluntaryRate',
  bhtnParticipation: 'bhtnParticipation',
}

const round2 = (n: number) => Math.round(n * 100) / 100

/** Percentage points still missing to reach the target (> 0: below target); null without data. */
export function gapToTarget(rate: number | null | undefined, target: number | null | undefined): number | null {
  if (rate === null || rate === undefined || target === null || target === undefined) return null
  return round2(target - rate)
}

/** Change in percentage points from the previous period; null without both figures. */
export function trend(rate: number | null | undefined, previous: number | null | undefined): number | null {
  if (rate === null || rate === undefined || previous === null || previous === undefined) return null
  return round2(rate - previous)
}

/** Events or people per 1,000 inhabitants, two decimals; null when the population is unknown. */
export function perThousand(count: number, population: number | null | undefined): number | null {
  if (!population || population <= 0) return null
  return Math.round((count / population) * 100_000) / 100
}

export type CommuneInput = {
  id: string
  name: string
  population: number | null
  rates: Rates | null
  previousRates: Rates | null
  /** Targets for the period's year: the commune's own, else the city-wide one. */
  targets: { bhytCoverage: number | null; bhxhParticipation: number | null }
  events: number
  reach: number
  newSignups: number
  indicatorId?: string | null
  causesAndRemedies?: string | null
}

export type CommuneRow = CommuneInput & {
  bhytGap: number | null
  bhxhGap: number | null
  bhytTrend: number | null
  bhxhTrend: number | null
  eventsPer1000: number | null
  reachPer1000: number | null
  belowTarget: boolean
  underServed: boolean
  /** 1 = below target and under-served, 2 = below target, 3 = at or above target, 4 = no figures. */
  priority: 1 | 2 | 3 | 4
}

function median(values: number[]): number | null {
  if (!values.length) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/**
 * The commune table, priority list first (task V.7): communes below a target that also had less
 * outreach than most (events per 1,000 inhabitants under the median of the communes with figures),
 * (or none at all), then the other communes below target, then those on target, then those without figures. Within
 * a group, the larger shortfall first, then the lower intensity, then the name.
 */
export function communeTable(inputs: CommuneInput[]): CommuneRow[] {
  const rows = inputs.map((c) => {
    const bhytGap = gapToTarget(c.rates?.bhytCoverage, c.targets.bhytCoverage)
    const bhxhGap = gapToTarget(c.rates?.bhxhParticipation, c.targets.bhxhParticipation)
    return {
      ...c,
      bhytGap,
      bhxhGap,
      bhytTrend: trend(c.rates?.bhytCoverage, c.previousRates?.bhytCoverage),
      bhxhTrend: trend(c.rates?.bhxhParticipation, c.previousRates?.bhxhParticipation),
      eventsPer1000: perThousand(c.events, c.population),
      reachPer1000: perThousand(c.reach, c.population),
      belowTarget: (bhytGap ?? 0) > 0 || (bhxhGap ?? 0) > 0,
      underServed: false,
      priority: 4 as CommuneRow['priority'],
    }
  })
  const intensityMedian = median(rows.flatMap((r) => (r.rates && r.eventsPer1000 !== null ? [r.eventsPer1000] : [])))
  for (const r of rows) {
    // No event at all in the period is under-served even when most communes had none.
    r.underServed = r.eventsPer1000 !== null && intensityMedian !== null && (r.eventsPer1000 < intensityMedian || r.events === 0)
    r.priority = !r.rates ? 4 : r.belowTarget ? (r.underServed ? 1 : 2) : 3
  }
  const shortfall = (r: CommuneRow) => Math.max(r.bhytGap ?? 0, r.bhxhGap ?? 0)
  return rows.sort(
    (a, b) =>
      a.priority - b.priority ||
      shortfall(b) - shortfall(a) ||
      (a.eventsPer1000 ?? Infinity) - (b.eventsPer1000 ?? Infinity) ||
      a.name.localeCompare(b.name, 'vi'),
  )
}

export type Level = { key: string; vi: string; en: string; items: { label: string; value: number | null; unit: string }[] }

/**
 * Inputs → outputs → outtakes → outcomes → impact, the chain government communication
 * evaluation frameworks use (e.g. the UK GCS framework; AMEC's integrated framework).
 */
export function evaluationLevels(input: {
  tally: Tally
  budgetEstimate: number | null
  materialsPublished: number
  feedbackReceived: number
  feedbackAnswered: number
  rates: Rates | null
  previousRates: Rates | null
  targets: { bhytCoverage: number | null; bhxhParticipation: number | null }
}): Level[] {
  const t = input.tally
  const satisfaction = t.satisfactionBase > 0 ? round2(t.satisfactionPoints / t.satisfactionBase) : null
  return [
    {
      key: 'inputs',
      vi: 'Đầu vào',
      en: 'Inputs',
      items: [
        { label: 'Dự toán kinh phí', value: input.budgetEstimate, unit: 'đồng' },
        { label: 'Kinh phí đã sử dụng', value: t.cost, unit: 'đồng' },
        { label: 'Tài liệu được phát hành', value: input.materialsPublished, unit: 'tài liệu' },
      ],
    },
    {
      key: 'outputs',
      vi: 'Đầu ra',
      en: 'Outputs',
      items: [
        { label: 'Sự kiện đã tổ chức', value: t.events, unit: 'sự kiện' },
        { label: 'Tin, bài, sản phẩm đã đăng, phát', value: t.outputs, unit: 'sản phẩm' },
        { label: 'Tài liệu đã phát', value: t.materialsHandedOut, unit: 'bản' },
      ],
    },
    {
      key: 'outtakes',
      vi: 'Tiếp nhận',
      en: 'Outtakes',
      items: [
        { label: 'Người dự sự kiện', value: t.attendance, unit: 'người' },
        { label: 'Lượt xem, nghe trên các kênh', value: t.mediaReach, unit: 'lượt' },
        { label: 'Mức hài lòng bình quân', value: satisfaction, unit: '%' },
        { label: 'Câu hỏi tại sự kiện', value: t.questions, unit: 'câu hỏi' },
        { label: 'Ý kiến nhận được / đã trả lời', value: input.feedbackReceived, unit: `ý kiến (${input.feedbackAnswered} đã trả lời)` },
      ],
    },
    {
      key: 'outcomes',
      vi: 'Kết quả',
      en: 'Outcomes',
      items: [
        { label: 'Người đăng ký BHXH tự nguyện mới', value: t.newVoluntaryBhxh, unit: 'người' },
        { label: 'Người đăng ký BHYT hộ gia đình mới', value: t.newHouseholdBhyt, unit: 'người' },
      ],
    },
    {
      key: 'impact',
      vi: 'Tác động',
      en: 'Impact',
      items: [
        { label: 'Thay đổi tỷ lệ bao phủ BHYT so với kỳ trước', value: trend(input.rates?.bhytCoverage, input.previousRates?.bhytCoverage), unit: 'điểm %' },
        { label: 'BHYT còn thiếu so với chỉ tiêu (âm: đã vượt)', value: gapToTarget(input.rates?.bhytCoverage, input.targets.bhytCoverage), unit: 'điểm %' },
        { label: 'Thay đổi tỷ lệ tham gia BHXH so với kỳ trước', value: trend(input.rates?.bhxhParticipation, input.previousRates?.bhxhParticipation), unit: 'điểm %' },
        { label: 'BHXH còn thiếu so với chỉ tiêu (âm: đã vượt)', value: gapToTarget(input.rates?.bhxhParticipation, input.targets.bhxhParticipation), unit: 'điểm %' },
      ],
    },
  ]
}

export type Named = { id: string; name: string }
export type CoverageCell = { group: string; topic: string; items: number; channels: string[] }

/**
 * Audience group × topic: how many outreach items reached each pair and through which channels.
 * A cell with no item is a combination the period's outreach never touched.
 */
export function coverageMatrix(cells: Record<string, number>, groups: Named[], topics: Named[]): { cells: CoverageCell[]; untouched: number } {
  const byPair = new Map<string, CoverageCell>()
  for (const g of groups) for (const t of topics) byPair.set(`${g.id}|${t.id}`, { group: g.id, topic: t.id, items: 0, channels: [] })
  for (const [key, n] of Object.entries(cells)) {
    const [g, t, channel] = key.split('|')
    const cell = byPair.get(`${g}|${t}`)
    if (!cell || !n) continue
    cell.items += n
    if (!cell.channels.includes(channel)) cell.channels.push(channel)
  }
  const all = [...byPair.values()]
  return { cells: all, untouched: all.filter((c) => c.items === 0).length }
}

/** Per-month series for the charts, every month of the period present (zero when nothing happened). */
export function monthlySeries(months: string[], rows: { month: string; figures: Tally }[]) {
  return months.map((month) => {
    const inMonth = rows.filter((r) => r.month === month)
    return {
      month,
      label: `${month.slice(5)}/${month.slice(0, 4)}`,
      events: inMonth.reduce((s, r) => s + r.figures.events, 0),
      reach: inMonth.reduce((s, r) => s + r.figures.attendance, 0),
      outputs: inMonth.reduce((s, r) => s + r.figures.outputs, 0),
    }
  })
}

// ------------------------------------------------------------------------------------------
// The dashboard's question: which period, which scope.

export const SCOPES = ['city', 'commune', 'organization', 'campaign'] as const
export type Scope = (typeof SCOPES)[number]
export const SCOPE_LABELS: Record<Scope, { vi: string; en: string }> = {
  city: { vi: 'Toàn thành phố', en: 'City' },
  commune: { vi: 'Xã, phường, đặc khu', en: 'Commune' },
  organization: { vi: 'Cơ quan, đơn vị', en: 'Organization' },
  campaign: { vi: 'Chiến dịch', en: 'Campaign' },
}
export type DashboardQuery = PeriodKey & { scope: Scope; id?: string | null }

/**
 * Reads ?year=&period=&scope=&id= (defaults: this year in the term, the whole year, the city).
 * Returns every problem in Vietnamese rather than guessing.
 */
export function parseDashboardQuery(
  params: Record<string, string | undefined>,
  defaultYear: number,
): { query: DashboardQuery; errors: [] } | { query: null; errors: { field: string; message: string }[] } {
  const errors: { field: string; message: string }[] = []
  const year = params.year ? Number(params.year) : defaultYear
  if (!Number.isInteger(year) || year < TERM_FIRST_YEAR || year > TERM_LAST_YEAR) {
    errors.push({ field: 'year', message: `Năm phải trong giai đoạn ${TERM_FIRST_YEAR}–${TERM_LAST_YEAR}.` })
  }
  const period = (params.period || 'year') as Period
  if (!PERIODS.includes(period)) errors.push({ field: 'period', message: 'Kỳ phải là h1 (6 tháng đầu năm), h2 (6 tháng cuối năm) hoặc year (cả năm).' })
  const scope = (params.scope || 'city') as Scope
  if (!SCOPES.includes(scope)) errors.push({ field: 'scope', message: 'Phạm vi phải là city, commune, organization hoặc campaign.' })
  const id = params.id?.trim() || null
  if (scope !== 'city' && SCOPES.includes(scope) && (!id || !/^[A-Za-z0-9_-]{1,64}$/.test(id))) {
    errors.push({ field: 'id', message: `Cần chọn ${SCOPE_LABELS[scope].vi.toLowerCase()}.` })
  }
  return errors.length ? { query: null, errors } : { query: { year, period, scope, id: scope === 'city' ? null : id }, errors: [] }
}

export type TargetLike = { indicator: string; year: number; locality?: unknown; minimum: number; maximum?: number | null }

/**
 * The target in force for a year: the commune's own for that year, else the city-wide one for
 * that year, else the latest earlier city-wide one (the plan sets 2026 and 2030; the years
 * between carry the last target on).
 */
export function targetInForce<T extends TargetLike>(targets: T[], indicator: string, year: number, locality: string | null = null): T | undefined {
  const own = locality ? targets.find((t) => t.indicator === indicator && t.year === year && String(relationId(t.locality)) === locality) : undefined
  if (own) return own
  return targets
    .filter((t) => t.indicator === indicator && !t.locality && t.year <= year)
    .reduce<T | undefined>((best, t) => (!best || t.year > best.year ? t : best), undefined)
}
