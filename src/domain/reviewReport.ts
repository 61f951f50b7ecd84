/**
 * The content of the mid-term (sơ kết 2026–2028) and final (tổng kết 2026–2030) reviews: every
 * indicator against each year's target, the communes across the years, outreach, feedback and
 * budget year by year, and the evaluator's narrative sections. Plain functions on the per-year
 * figures src/lib/reportCompiler.ts gathers from the dashboard; they return report tables and
 * sections (src/domain/officialReport.ts), never touching the database.
 */
import { communeTable, gapToTarget, targetInForce, trend, type CommuneInput, type CommuneRow, type TargetLike } from './dashboard'
import { INDICATORS, INDICATOR_KEYS, type IndicatorKey } from './indicators'
import type { ReportCell, ReportSection, ReportTable } from './officialReport'
import type { ReportKind } from './reports'

export type ReviewKind = Extract<ReportKind, 'midterm' | 'final'>
export const REVIEW_KINDS: readonly ReviewKind[] = ['midterm', 'final']
export const isReviewKind = (kind: unknown): kind is ReviewKind => kind === 'midterm' || kind === 'final'

/** The year a review is made in: the plan holds the mid-term review in 2028 and the final one in 2030. */
export const REVIEW_YEAR: Record<ReviewKind, number> = { midterm: 2028, final: 2030 }

/** A review is due within its own year (the plan: "sơ kết vào năm 2028, tổng kết vào năm 2030"). */
export function reviewDueDate(kind: ReviewKind): string {
  return `${REVIEW_YEAR[kind]}-12-31`
}

/** The problem with a review's year, in Vietnamese; null when it is the review's year. */
export function reviewYearError(kind: ReviewKind, year: unknown): string | null {
  const expected = REVIEW_YEAR[kind]
  if (year === expected) return null
  return kind === 'midterm'
    ? `Sơ kết giữa kỳ được thực hiện trong năm ${expected} (giai đoạn 2026–${expected}): chọn năm ${expected}.`
    : `Tổng kết được thực hiện trong năm ${expected} (giai đoạn 2026–${expected}): chọn năm ${expected}.`
}

export const DUPLICATE_REVIEW_MESSAGE: Record<ReviewKind, string> = {
  midterm: 'Đã có báo cáo sơ kết giữa kỳ 2026–2028: mỗi giai đoạn chỉ có một báo cáo sơ kết, hãy mở báo cáo đó.',
  final: 'Đã có báo cáo tổng kết 2026–2030: mỗi giai đoạn chỉ có một báo cáo tổng kết, hãy mở báo cáo đó.',
}

// ------------------------------------------------------------------------------------------
// What the compiler gathers for each year of the span (plain figures, from the city dashboard).

export type ReviewCommune = Pick<CommuneInput, 'id' | 'name' | 'population' | 'rates' | 'events' | 'reach' | 'newSignups' | 'causesAndRemedies'>

export type ReviewYear = {
  year: number
  /** City-wide value of each indicator the year has a figure for (rates from summed counts). */
  actual: Partial<Record<IndicatorKey, number | null>>
  communesWithFigures: number
  outreach: { events: number; attendance: number; outputs: number; mediaReach: number; newVoluntaryBhxh: number; newHouseholdBhyt: number; cost: number }
  reachByGroup: { name: string; reach: number }[]
  /** Outreach items per topic, counted once per audience group they address (the coverage matrix's unit). */
  byTopic: { name: string; items: number }[]
  byChannel: { name: string; kind: 'event' | 'media'; items: number; reach: number }[]
  feedback: { received: number; answered: number }
  budgetBySource: { source: string; label: string; estimate: number; actual: number }[]
  budgetEstimate: number | null
  /** Every commune; `rates` null when it has no figures for the year. */
  communes: ReviewCommune[]
}

// ------------------------------------------------------------------------------------------
// 1. Indicators against each year's target

export type IndicatorProgressRow = {
  key: IndicatorKey
  label: string
  year: number
  actual: number | null
  target: number | null
  targetMax: number | null
  /** Target − actual (percentage points, or people); > 0 still missing, ≤ 0 reached. */
  gap: number | null
  /** Change since the latest earlier year of the span that has a figure (the year before, when every year has one). */
  change: number | null
  comparedWith: number | null
  direction: 'up' | 'down' | 'same' | null
}

const DIRECTION_LABELS = { up: 'Tăng', down: 'Giảm', same: 'Không đổi' } as const

/**
 * Every participation indicator (BHYT, BHXH, its compulsory and voluntary parts, BHTN) and every
 * other indicator that has a city-wide target in the span, for each year: the value, the target
 * in force (the latest set on or before that year), the gap and the change since the year before.
 */
export function indicatorProgress(years: Pick<ReviewYear, 'year' | 'actual'>[], targets: TargetLike[], always: IndicatorKey[]): IndicatorProgressRow[] {
  const last = Math.max(...years.map((y) => y.year))
  const cityTargets = targets.filter((t) => !t.locality)
  const keys = INDICATOR_KEYS.filter((k) => always.includes(k) || cityTargets.some((t) => t.indicator === k && t.year <= last))
  const rows: IndicatorProgressRow[] = []
  for (const key of keys) {
    let previous: { year: number; value: number } | null = null
    for (const y of [...years].sort((a, b) => a.year - b.year)) {
      const actual = y.actual[key] ?? null
      const t = targetInForce(cityTargets, key, y.year)
      const change = trend(actual, previous?.value)
      rows.push({
        key,
        label: INDICATORS[key].label.vi,
        year: y.year,
        actual,
        target: t?.minimum ?? null,
        targetMax: t?.maximum ?? null,
        gap: gapToTarget(actual, t?.minimum),
        change,
        comparedWith: change === null ? null : previous!.year,
        direction: change === null ? null : change > 0 ? 'up' : change < 0 ? 'down' : 'same',
      })
      // A year without figures is skipped over: the next one is compared with the last year that had them.
      if (actual !== null) previous = { year: y.year, value: actual }
    }
  }
  return rows
}

const targetText = (r: IndicatorProgressRow): ReportCell =>
  r.target === null ? null : r.targetMax !== null ? `${r.target}–${r.targetMax}`.replace(/\./g, ',') : r.target

export function indicatorTables(rows: IndicatorProgressRow[], n: number): ReportTable[] {
  const table = (unit: 'percent' | 'people', caption: string): ReportTable | null => {
    const mine = rows.filter((r) => INDICATORS[r.key].unit === unit)
    if (!mine.length) return null
    const kind = unit === 'percent' ? 'percent' : 'integer'
    return {
      sheet: unit === 'percent' ? 'Chỉ tiêu từng năm' : 'Chỉ tiêu số người',
      caption,
      columns: [
        { header: 'Chỉ tiêu' },
        { header: 'Năm' },
        { header: unit === 'percent' ? 'Thực hiện (%)' : 'Thực hiện (người)', kind },
        { header: unit === 'percent' ? 'Chỉ tiêu (%)' : 'Chỉ tiêu (người)', kind },
        { header: unit === 'percent' ? 'Còn thiếu (điểm %)' : 'Còn thiếu (người)', kind },
        { header: unit === 'percent' ? 'Thay đổi (điểm %)' : 'Thay đổi (người)', kind },
        { header: 'Xu hướng' },
      ],
      rows: mine.map((r) => [
        r.label,
        String(r.year),
        r.actual ?? 'Chưa có số liệu',
        targetText(r),
        r.gap,
        r.change,
        r.direction ? (r.comparedWith === r.year - 1 ? DIRECTION_LABELS[r.direction] : `${DIRECTION_LABELS[r.direction]} (so với ${r.comparedWith})`) : null,
      ]),
      note:
        'Thực hiện: tỷ lệ tính từ tổng số người của các xã, phường, đặc khu đã có số liệu cả năm. Chỉ tiêu: chỉ tiêu toàn thành phố của năm; năm chưa được giao chỉ tiêu áp dụng chỉ tiêu của năm gần nhất trước đó. ' +
        '"Còn thiếu" = chỉ tiêu − thực hiện (số âm là đã vượt). Thay đổi, xu hướng: so với năm liền trước; năm liền trước chưa có số liệu thì so với năm gần nhất có số liệu (ghi trong ngoặc).',
    }
  }
  const tables = [
    table('percent', `Bảng ${n}. Thực hiện các chỉ tiêu tham gia BHXH, BHYT, BHTN so với chỉ tiêu từng năm`),
    table('people', `Bảng ${n + 1}. Các chỉ tiêu tính bằng số người so với chỉ tiêu từng năm`),
  ]
  return tables.filter((t): t is ReportTable => t !== null)
}

// ------------------------------------------------------------------------------------------
// 2. Communes across the years

export type CommuneSpanRow = CommuneRow & { latestYear: number; baselineYear: number }

/**
 * Each commune's latest figures in the span (and the year they come from), against the targets in
 * force that year (its own, else the city's), the change since the span's first year, and the
 * priority order of the dashboard (task V.7): intensity is the span's events per 1,000
 * inhabitants. Communes with no figures in any year of the span are returned apart.
 */
export function communesAcrossYears(years: Pick<ReviewYear, 'year' | 'communes'>[], targets: TargetLike[]): { rows: CommuneSpanRow[]; withoutFigures: string[] } {
  const sorted = [...years].sort((a, b) => a.year - b.year)
  const first = sorted[0]?.year
  const byId = new Map<string, { name: string; perYear: Map<number, ReviewCommune>; events: number; reach: number; newSignups: number }>()
  for (const y of sorted) {
    for (const c of y.communes) {
      const entry = byId.get(c.id) ?? { name: c.name, perYear: new Map(), events: 0, reach: 0, newSignups: 0 }
      if (c.rates) entry.perYear.set(y.year, c)
      entry.events += c.events
      entry.reach += c.reach
      entry.newSignups += c.newSignups
      byId.set(c.id, entry)
    }
  }
  const withoutFigures: string[] = []
  const inputs: (CommuneInput & { latestYear: number; baselineYear: number })[] = []
  for (const [id, c] of byId) {
    const latestYear = Math.max(...c.perYear.keys())
    if (!Number.isFinite(latestYear)) {
      withoutFigures.push(c.name)
      continue
    }
    const latest = c.perYear.get(latestYear)!
    const baseline = latestYear > first ? c.perYear.get(first) : undefined
    const target = (indicator: IndicatorKey) => targetInForce(targets, indicator, latestYear, id)?.minimum ?? null
    inputs.push({
      id,
      name: c.name,
      population: latest.population,
      rates: latest.rates,
      previousRates: baseline?.rates ?? null,
      targets: { bhytCoverage: target('bhytCoverage'), bhxhParticipation: target('bhxhParticipation') },
      events: c.events,
      reach: c.reach,
      newSignups: c.newSignups,
      causesAndRemedies: latest.causesAndRemedies ?? null,
      latestYear,
      baselineYear: first,
    })
  }
  return { rows: communeTable(inputs) as CommuneSpanRow[], withoutFigures: withoutFigures.sort((a, b) => a.localeCompare(b, 'vi')) }
}

export function communeSpanTable(rows: CommuneSpanRow[], first: number, n: number, priorityLabels: Record<CommuneRow['priority'], string>): ReportTable {
  return {
    sheet: 'Xã, phường cả giai đoạn',
    caption: `Bảng ${n}. Kết quả theo xã, phường, đặc khu: số liệu mới nhất và thay đổi so với năm ${first}`,
    columns: [
      { header: 'TT', kind: 'integer' },
      { header: 'Xã, phường, đặc khu' },
      { header: 'Số liệu năm' },
      { header: 'BHYT (%)', kind: 'percent' },
      { header: 'Chỉ tiêu BHYT (%)', kind: 'percent' },
      { header: 'BHYT còn thiếu (điểm %)', kind: 'percent' },
      { header: `BHYT thay đổi từ ${first} (điểm %)`, kind: 'percent' },
      { header: 'BHXH (%)', kind: 'percent' },
      { header: 'Chỉ tiêu BHXH (%)', kind: 'percent' },
      { header: 'BHXH còn thiếu (điểm %)', kind: 'percent' },
      { header: `BHXH thay đổi từ ${first} (điểm %)`, kind: 'percent' },
      { header: 'Sự kiện/1.000 dân' },
      { header: 'Ưu tiên' },
    ],
    rows: rows.map((r, i) => [
      i + 1,
      r.name,
      String(r.latestYear),
      r.rates?.bhytCoverage ?? null,
      r.targets.bhytCoverage,
      r.bhytGap,
      r.bhytTrend,
      r.rates?.bhxhParticipation ?? null,
      r.targets.bhxhParticipation,
      r.bhxhGap,
      r.bhxhTrend,
      r.eventsPer1000 === null ? null : String(r.eventsPer1000).replace('.', ','),
      priorityLabels[r.priority],
    ]),
    note:
      `Số liệu mới nhất của mỗi địa bàn trong giai đoạn (cột "Số liệu năm"); "thay đổi" so với số liệu năm ${first} của địa bàn ("–" khi chưa có số liệu năm ${first} hoặc số liệu mới nhất là năm ${first}). ` +
      'Sự kiện/1.000 dân: các sự kiện cả giai đoạn trên dân số mới nhất. Ưu tiên 1: chưa đạt chỉ tiêu và mật độ tuyên truyền thấp hơn trung vị; ưu tiên 2: chưa đạt chỉ tiêu.',
  }
}

// ------------------------------------------------------------------------------------------
// 3.–5. Outreach, feedback and budget, year by year

const sum = (ns: number[]) => ns.reduce((s, n) => s + n, 0)
const yearColumns = (years: ReviewYear[]) => years.map((y) => ({ header: String(y.year), kind: 'integer' as const }))

/** A name × year table; names in the order of the first year that has them, rows of zeros left out. */
function byYear(years: ReviewYear[], pick: (y: ReviewYear) => { name: string; value: number }[], sheet: string, caption: string, first: string): ReportTable {
  const names: string[] = []
  for (const y of years) for (const e of pick(y)) if (!names.includes(e.name)) names.push(e.name)
  const value = (y: ReviewYear, name: string) => pick(y).find((e) => e.name === name)?.value ?? 0
  const rows = names.map((name) => [name, ...years.map((y) => value(y, name)), sum(years.map((y) => value(y, name)))]).filter((r) => r[r.length - 1] !== 0)
  return {
    sheet,
    caption,
    columns: [{ header: first }, ...yearColumns(years), { header: 'Cả giai đoạn', kind: 'integer' }],
    rows,
    total: ['Tổng cộng', ...years.map((y) => sum(pick(y).map((e) => e.value))), sum(years.map((y) => sum(pick(y).map((e) => e.value))))],
  }
}

export function outreachTables(years: ReviewYear[], n: number): ReportTable[] {
  const o = (y: ReviewYear) => y.outreach
  const perYear: ReportTable = {
    sheet: 'Tuyên truyền theo năm',
    caption: `Bảng ${n}. Kết quả tuyên truyền theo năm`,
    columns: [
      { header: 'Năm' },
      { header: 'Sự kiện', kind: 'integer' },
      { header: 'Người tham dự', kind: 'integer' },
      { header: 'Tin, bài, sản phẩm', kind: 'integer' },
      { header: 'Lượt xem, nghe', kind: 'integer' },
      { header: 'BHXH tự nguyện mới', kind: 'integer' },
      { header: 'BHYT hộ gia đình mới', kind: 'integer' },
      { header: 'Kinh phí (đồng)', kind: 'money' },
    ],
    rows: years.map((y) => [String(y.year), o(y).events, o(y).attendance, o(y).outputs, o(y).mediaReach, o(y).newVoluntaryBhxh, o(y).newHouseholdBhyt, o(y).cost]),
    total: [
      'Cả giai đoạn',
      ...(['events', 'attendance', 'outputs', 'mediaReach', 'newVoluntaryBhxh', 'newHouseholdBhyt', 'cost'] as const).map((k) => sum(years.map((y) => o(y)[k]))),
    ],
  }
  const groups = byYear(years, (y) => y.reachByGroup.map((g) => ({ name: g.name, value: g.reach })), 'Theo nhóm đối tượng', `Bảng ${n + 1}. Người được tiếp cận theo nhóm đối tượng và năm`, 'Nhóm đối tượng')
  const topics = {
    ...byYear(years, (y) => y.byTopic.map((t) => ({ name: t.name, value: t.items })), 'Theo chủ đề', `Bảng ${n + 2}. Hoạt động tuyên truyền theo chủ đề và năm`, 'Chủ đề'),
    note: 'Mỗi sự kiện, tin, bài được tính một lần cho mỗi nhóm đối tượng mà nó hướng tới (như bảng nhóm đối tượng × chủ đề của trang đánh giá).',
  }
  const events = byYear(
    years,
    (y) => y.byChannel.filter((c) => c.kind === 'event').map((c) => ({ name: c.name, value: c.items })),
    'Sự kiện theo hình thức',
    `Bảng ${n + 3}. Sự kiện theo hình thức và năm`,
    'Hình thức',
  )
  const media = byYear(
    years,
    (y) => y.byChannel.filter((c) => c.kind === 'media').map((c) => ({ name: c.name, value: c.items })),
    'Sản phẩm theo kênh',
    `Bảng ${n + 4}. Tin, bài, sản phẩm theo kênh và năm`,
    'Kênh',
  )
  return [perYear, groups, topics, events, media]
}

const share = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 100 : null)

export function feedbackTable(years: ReviewYear[], n: number): ReportTable {
  const received = sum(years.map((y) => y.feedback.received))
  const answered = sum(years.map((y) => y.feedback.answered))
  return {
    sheet: 'Ý kiến người dân',
    caption: `Bảng ${n}. Ý kiến, câu hỏi của người dân đã nhận và đã trả lời`,
    columns: [{ header: 'Năm' }, { header: 'Đã nhận', kind: 'integer' }, { header: 'Đã trả lời', kind: 'integer' }, { header: 'Tỷ lệ đã trả lời (%)', kind: 'percent' }],
    rows: years.map((y) => [String(y.year), y.feedback.received, y.feedback.answered, share(y.feedback.answered, y.feedback.received)]),
    total: ['Cả giai đoạn', received, answered, share(answered, received)],
    note: 'Theo ngày tiếp nhận; đã trả lời: ý kiến ở trạng thái "Đã trả lời" hoặc "Đã đóng".',
  }
}

export function budgetByYearTable(years: ReviewYear[], n: number): ReportTable {
  const rows: ReportCell[][] = []
  for (const y of years) {
    for (const s of y.budgetBySource) {
      if (!s.estimate && !s.actual) continue
      rows.push([String(y.year), s.label, s.estimate, s.actual, share(s.actual, s.estimate)])
    }
    const estimate = sum(y.budgetBySource.map((s) => s.estimate))
    const actual = sum(y.budgetBySource.map((s) => s.actual))
    rows.push([String(y.year), 'Cộng năm', estimate, actual, share(actual, estimate)])
  }
  const estimate = sum(years.flatMap((y) => y.budgetBySource.map((s) => s.estimate)))
  const actual = sum(years.flatMap((y) => y.budgetBySource.map((s) => s.actual)))
  return {
    sheet: 'Kinh phí theo năm',
    caption: `Bảng ${n}. Kinh phí dự toán và sử dụng theo năm và nguồn kinh phí`,
    columns: [{ header: 'Năm' }, { header: 'Nguồn kinh phí' }, { header: 'Dự toán (đồng)', kind: 'money' }, { header: 'Đã sử dụng (đồng)', kind: 'money' }, { header: 'Tỷ lệ sử dụng (%)', kind: 'percent' }],
    rows,
    total: ['Cả giai đoạn', '', estimate, actual, share(actual, estimate)],
    note: 'Dự toán: các khoản kinh phí trong kế hoạch năm đã được phê duyệt của các cơ quan, đơn vị; đã sử dụng: kinh phí ghi nhận ở kết quả các sự kiện (mục VII của Kế hoạch).',
  }
}

// ------------------------------------------------------------------------------------------
// 6. The evaluator's narrative

export const REVIEW_NARRATIVE_FIELDS = ['limitations', 'lessons', 'directions', 'commendations'] as const
export type ReviewNarrativeField = (typeof REVIEW_NARRATIVE_FIELDS)[number]

/** Printed when the evaluator has not written a section yet: the draft shows what is missing. */
export const NARRATIVE_PLACEHOLDER = '(Sở Nội vụ bổ sung)'

export function narrativeHeading(field: ReviewNarrativeField | 'results' | 'proposals', kind: ReviewKind): string {
  switch (field) {
    case 'results':
      return 'Đánh giá kết quả đạt được'
    case 'limitations':
      return 'Hạn chế, tồn tại và nguyên nhân'
    case 'lessons':
      return 'Bài học kinh nghiệm'
    case 'directions':
      return kind === 'midterm' ? 'Phương hướng, nhiệm vụ giai đoạn 2029–2030' : 'Phương hướng, nhiệm vụ giai đoạn tiếp theo'
    case 'commendations':
      return 'Đề xuất khen thưởng'
    case 'proposals':
      return 'Đề xuất, kiến nghị'
  }
}

export function narrativeParagraphs(text: string | null | undefined): string[] {
  const parts = (text ?? '').split(/\r?\n/).map((p) => p.trim()).filter(Boolean)
  return parts.length ? parts : [NARRATIVE_PLACEHOLDER]
}

// ------------------------------------------------------------------------------------------
// The review's sections, in the order of a sơ kết / tổng kết report

export type ReviewInput = {
  kind: ReviewKind
  years: ReviewYear[]
  targets: TargetLike[]
  narrative: Partial<Record<ReviewNarrativeField | 'results' | 'proposals', string | null>>
  priorityLabels: Record<CommuneRow['priority'], string>
  /** The organization table and unit-report summaries the city report already builds. */
  organizationTable: ReportTable
  unitSections: ReportSection[]
}

/** The participation indicators every report shows, with or without a stored target. */
export const PARTICIPATION_INDICATORS: readonly IndicatorKey[] = ['bhytCoverage', 'bhxhParticipation', 'bhxhCompulsory', 'bhxhVoluntary', 'bhtnParticipation']

export function reviewSections(input: ReviewInput): ReportSection[] {
  const years = [...input.years].sort((a, b) => a.year - b.year)
  const first = years[0].year
  const last = years[years.length - 1].year
  const heading = (f: Parameters<typeof narrativeHeading>[0]) => narrativeHeading(f, input.kind)
  const said = (f: keyof ReviewInput['narrative']) => narrativeParagraphs(input.narrative[f])

  const progress = indicatorProgress(years, input.targets, [...PARTICIPATION_INDICATORS])
  const indicatorTabs = indicatorTables(progress, 1)
  let n = 1 + indicatorTabs.length
  const communes = communesAcrossYears(years, input.targets)
  const communeTab = communeSpanTable(communes.rows, first, n++, input.priorityLabels)
  const outreach = outreachTables(years, n)
  n += outreach.length
  const feedback = feedbackTable(years, n++)
  const budget = budgetByYearTable(years, n++)
  const organizationTable = { ...input.organizationTable }

  const missed = progress.filter((r) => r.year === last && r.gap !== null && r.gap > 0).map((r) => r.label)
  const count = (p: number) => communes.rows.filter((r) => r.priority === p).length
  const received = sum(years.map((y) => y.feedback.received))
  const answered = sum(years.map((y) => y.feedback.answered))
  return numberTables([
    {
      heading: `Kết quả thực hiện giai đoạn ${first}–${last}`,
      subsections: [
        { heading: heading('results'), paragraphs: said('results') },
        {
          heading: 'Thực hiện các chỉ tiêu từng năm',
          paragraphs: [
            missed.length
              ? `Năm ${last} còn ${missed.length} chỉ tiêu chưa đạt: ${missed.join('; ')}.`
              : progress.some((r) => r.year === last && r.actual !== null)
                ? `Năm ${last}: các chỉ tiêu có số liệu đều đạt.`
                : `Năm ${last} chưa có số liệu tham gia.`,
          ],
          tables: indicatorTabs,
        },
        {
          heading: 'Kết quả theo xã, phường, đặc khu',
          paragraphs: [
            `${communes.rows.length}/${communes.rows.length + communes.withoutFigures.length} xã, phường, đặc khu có số liệu trong giai đoạn; ` +
              `${count(1)} địa bàn chưa đạt chỉ tiêu và ít được tuyên truyền (ưu tiên 1), ${count(2)} địa bàn chưa đạt chỉ tiêu khác (ưu tiên 2).`,
            ...(communes.withoutFigures.length ? [`Chưa có số liệu trong giai đoạn (${communes.withoutFigures.length}): ${communes.withoutFigures.join(', ')}.`] : []),
          ],
          tables: communes.rows.length ? [communeTab] : undefined,
        },
        { heading: 'Hoạt động tuyên truyền', tables: outreach },
        {
          heading: 'Tiếp nhận và trả lời ý kiến người dân',
          paragraphs: [`Cả giai đoạn đã nhận ${received.toLocaleString('vi-VN')} ý kiến, đã trả lời ${answered.toLocaleString('vi-VN')}.`],
          tables: [feedback],
        },
        { heading: 'Kinh phí thực hiện', tables: [budget] },
        { heading: 'Kết quả theo cơ quan, đơn vị, địa phương', tables: [organizationTable], subsections: input.unitSections },
      ],
    },
    { heading: heading('limitations'), paragraphs: said('limitations') },
    { heading: heading('lessons'), paragraphs: said('lessons') },
    { heading: heading('directions'), paragraphs: said('directions') },
    { heading: heading('commendations'), paragraphs: said('commendations') },
    { heading: heading('proposals'), paragraphs: said('proposals') },
  ])
}

/** "Bảng 1.", "Bảng 2."… in reading order, whichever tables a report ends up with ("Bảng." or "Bảng 7." renumbered). */
export function numberTables(sections: ReportSection[]): ReportSection[] {
  let n = 0
  const walk = (list: ReportSection[]): ReportSection[] =>
    list.map((s) => ({
      ...s,
      tables: s.tables?.map((t) => ({ ...t, caption: t.caption.replace(/^(Bảng( \d+)?\.\s*)?/, () => `Bảng ${++n}. `) })),
      subsections: s.subsections && walk(s.subsections),
    }))
  return walk(sections)
}

/** A year's city-wide values: the participation rates the dashboard computed, and people reached (attendance plus media reach). */
export function yearActuals(
  rates: { key: IndicatorKey; rate: number | null }[],
  outreach: { attendance: number; mediaReach: number },
): Partial<Record<IndicatorKey, number | null>> {
  return { ...Object.fromEntries(rates.map((r) => [r.key, r.rate])), peopleReached: outreach.attendance + outreach.mediaReach }
}

/** Outreach items per topic from the coverage cells ("group|topic|channel" → items). */
export function itemsByTopic(cells: Record<string, number>, topics: { id: string; name: string }[]): { name: string; items: number }[] {
  const byTopic = new Map<string, number>()
  for (const [key, n] of Object.entries(cells)) {
    const topic = key.split('|')[1]
    byTopic.set(topic, (byTopic.get(topic) ?? 0) + n)
  }
  return topics.map((t) => ({ name: t.name, items: byTopic.get(t.id) ?? 0 }))
}
