/**
 * The tables of the city's half-year and yearly report to Sở Nội vụ (plan section VIII) that the
 * dashboard's figures fill: every stored target against what was reached, outreach by audience
 * group, topic, event kind and channel, section VI duties with their status, budget by funding
 * source, and the organizations' narratives as one summary table. Plain functions on the
 * figures src/lib/reportCompiler.ts gathers; no database.
 */
import { ASSIGNMENT_STATUS_LABELS, isOverdue, type AssignmentStatus } from './assignments'
import { gapToTarget, targetInForce, trend, type TargetLike } from './dashboard'
import { INDICATORS, INDICATOR_KEYS, type IndicatorKey } from './indicators'
import { vietnameseDate, type ReportCell, type ReportTable } from './officialReport'
import { vietnamDate } from './period'

const sum = (ns: number[]) => ns.reduce((s, n) => s + n, 0)
const share = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 100 : null)

// ------------------------------------------------------------------------------------------
// Every target against what was reached

export type PeriodIndicatorRow = {
  key: IndicatorKey
  label: string
  actual: number | null
  previous: number | null
  target: number | null
  targetMax: number | null
  /** Target − actual; > 0 still missing, ≤ 0 reached. */
  gap: number | null
  change: number | null
}

/**
 * The participation indicators always (BHYT, BHXH, its compulsory and voluntary parts, BHTN), and
 * every other indicator with a city-wide target in force for the year: value, previous period's
 * value, the target in force (the year's, else the latest earlier one), the gap and the change.
 */
export function periodIndicatorRows(
  year: number,
  actual: Partial<Record<IndicatorKey, number | null>>,
  previous: Partial<Record<IndicatorKey, number | null>>,
  targets: TargetLike[],
  always: readonly IndicatorKey[],
): PeriodIndicatorRow[] {
  const cityTargets = targets.filter((t) => !t.locality)
  return INDICATOR_KEYS.filter((k) => always.includes(k) || cityTargets.some((t) => t.indicator === k && t.year <= year)).map((key) => {
    const t = targetInForce(cityTargets, key, year)
    const value = actual[key] ?? null
    return {
      key,
      label: INDICATORS[key].label.vi,
      actual: value,
      previous: previous[key] ?? null,
      target: t?.minimum ?? null,
      targetMax: t?.maximum ?? null,
      gap: gapToTarget(value, t?.minimum),
      change: trend(value, previous[key]),
    }
  })
}

const targetCell = (r: PeriodIndicatorRow): ReportCell =>
  r.target === null ? null : r.targetMax !== null ? `${r.target}–${r.targetMax}`.replace(/\./g, ',') : r.target

/** Percentages and head counts in separate tables: a column prints one kind of number. */
export function periodIndicatorTables(rows: PeriodIndicatorRow[], periodName: string, previousName: string): ReportTable[] {
  const table = (unit: 'percent' | 'people'): ReportTable | null => {
    const mine = rows.filter((r) => INDICATORS[r.key].unit === unit)
    if (!mine.length) return null
    const kind = unit === 'percent' ? 'percent' : 'integer'
    const u = unit === 'percent' ? '%' : 'người'
    const gapUnit = unit === 'percent' ? 'điểm %' : 'người'
    return {
      sheet: unit === 'percent' ? 'Chỉ tiêu tham gia' : 'Chỉ tiêu số người',
      caption: unit === 'percent' ? `Bảng. Thực hiện các chỉ tiêu tham gia BHXH, BHYT, BHTN – ${periodName}` : `Bảng. Các chỉ tiêu tính bằng số người – ${periodName}`,
      columns: [
        { header: 'Chỉ tiêu' },
        { header: `Thực hiện (${u})`, kind },
        { header: `Chỉ tiêu (${u})`, kind },
        { header: `Còn thiếu (${gapUnit})`, kind },
        { header: `${previousName} (${u})`, kind },
        { header: `Thay đổi (${gapUnit})`, kind },
      ],
      rows: mine.map((r) => [r.label, r.actual ?? 'Chưa có số liệu', targetCell(r), r.gap, r.previous, r.change]),
      note:
        unit === 'percent'
          ? 'Tỷ lệ tính từ tổng số người của các xã, phường, đặc khu đã có số liệu của kỳ (như trang đánh giá). Chỉ tiêu: chỉ tiêu toàn thành phố của năm; năm chưa được giao chỉ tiêu áp dụng chỉ tiêu của năm gần nhất trước đó. "Còn thiếu" = chỉ tiêu − thực hiện (số âm là đã vượt).'
          : 'Số lượt người được tiếp cận: người dự sự kiện cộng lượt xem, nghe trên các kênh trong kỳ; chỉ tiêu là chỉ tiêu cả năm.',
    }
  }
  return [table('percent'), table('people')].filter((t): t is ReportTable => t !== null)
}

// ------------------------------------------------------------------------------------------
// Outreach breakdowns (the dashboard's: audience group, topic, event kind, media channel)

export type OutreachBreakdown = {
  reachByGroup: { name: string; reach: number }[]
  /** Items per topic, counted once per audience group they address (the coverage matrix's unit). */
  byTopic?: { name: string; items: number }[]
  eventsByKind: { name: string; events: number; reach: number }[]
  outputsByChannel: { name: string; outputs: number; reach: number }[]
}

export function outreachBreakdownTables(b: OutreachBreakdown): ReportTable[] {
  const kinds = b.eventsByKind.filter((k) => k.events > 0)
  const channels = b.outputsByChannel.filter((c) => c.outputs > 0)
  return [
    {
      sheet: 'Theo nhóm đối tượng',
      caption: 'Bảng. Người được tiếp cận theo nhóm đối tượng',
      columns: [{ header: 'Nhóm đối tượng' }, { header: 'Số người', kind: 'integer' }],
      rows: b.reachByGroup.map((g) => [g.name, g.reach]),
      total: ['Tổng cộng', sum(b.reachByGroup.map((g) => g.reach))],
    },
    ...(b.byTopic
      ? [
          {
            sheet: 'Theo chủ đề',
            caption: 'Bảng. Hoạt động tuyên truyền theo chủ đề',
            columns: [{ header: 'Chủ đề' }, { header: 'Số lượt hoạt động', kind: 'integer' as const }],
            rows: b.byTopic.map((t) => [t.name, t.items]),
            total: ['Tổng cộng', sum(b.byTopic.map((t) => t.items))],
            note: 'Mỗi sự kiện, tin, bài được tính một lần cho mỗi nhóm đối tượng mà nó hướng tới (như bảng nhóm đối tượng × chủ đề của trang đánh giá).',
          },
        ]
      : []),
    {
      sheet: 'Theo hình thức',
      caption: 'Bảng. Sự kiện theo hình thức',
      columns: [{ header: 'Hình thức' }, { header: 'Số sự kiện', kind: 'integer' }, { header: 'Người tham dự', kind: 'integer' }],
      rows: kinds.map((k) => [k.name, k.events, k.reach]),
      total: ['Tổng cộng', sum(kinds.map((k) => k.events)), sum(kinds.map((k) => k.reach))],
    },
    {
      sheet: 'Theo kênh',
      caption: 'Bảng. Tin, bài, sản phẩm theo kênh',
      columns: [{ header: 'Kênh' }, { header: 'Số sản phẩm', kind: 'integer' }, { header: 'Lượt xem, nghe', kind: 'integer' }],
      rows: channels.map((c) => [c.name, c.outputs, c.reach]),
      total: ['Tổng cộng', sum(channels.map((c) => c.outputs)), sum(channels.map((c) => c.reach))],
    },
  ]
}

// ------------------------------------------------------------------------------------------
// Section VI duties

export type Duty = {
  organization: string
  title: string
  section?: string | null
  status: AssignmentStatus
  progressNote?: string | null
  dueDate?: string | null
}

/** "12 nhiệm vụ: 5 hoàn thành, 4 đang thực hiện, …; 2 quá hạn." — `asOf` a YYYY-MM-DD Vietnam day. */
export function dutySummary(duties: Duty[], asOf: string): string {
  if (!duties.length) return 'Chưa có nhiệm vụ nào được phân công trong Loa.'
  return `${duties.length} nhiệm vụ được phân công theo mục VI của Kế hoạch: ${statusCounts(duties, asOf)}.`
}

/** "3 hoàn thành, 2 đang thực hiện" for a duty several bodies carry. */
function statusCounts(duties: Duty[], asOf: string): string {
  const counts = (Object.keys(ASSIGNMENT_STATUS_LABELS) as AssignmentStatus[])
    .map((s) => [s, duties.filter((d) => d.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${ASSIGNMENT_STATUS_LABELS[s].vi.toLowerCase()}`)
  const overdue = duties.filter((d) => isOverdue(d.status, d.dueDate, asOf)).length
  return counts.join(', ') + (overdue ? `; ${overdue} quá hạn` : '')
}

/**
 * Body, duty, status (overdue said), progress in brief; by body, then the plan's section order. A
 * duty that more than `groupAbove` bodies carry (every commune committee's) is one row with the
 * count of bodies by status, so 114 identical lines do not bury the others.
 */
export function dutyStatusTable(duties: Duty[], asOf: string, groupAbove = 3): ReportTable {
  const key = (d: Duty) => `${d.section ?? ''}|${d.title}`
  const groups = new Map<string, Duty[]>()
  for (const d of duties) groups.set(key(d), [...(groups.get(key(d)) ?? []), d])
  const shared = [...groups.values()].filter((g) => g.length > groupAbove)
  const single = duties.filter((d) => groups.get(key(d))!.length <= groupAbove)
  const sorted = [...single].sort(
    (a, b) => a.organization.localeCompare(b.organization, 'vi') || (a.section ?? '').localeCompare(b.section ?? '', 'vi', { numeric: true }) || a.title.localeCompare(b.title, 'vi'),
  )
  const named = (d: Duty) => (d.section ? `${d.title} (mục ${d.section})` : d.title)
  const due = (d: Duty) => (d.dueDate ? vietnameseDate(vietnamDate(d.dueDate)) : 'Thường xuyên')
  const rows: ReportCell[][] = [
    ...sorted.map((d) => [
      d.organization,
      named(d),
      due(d),
      ASSIGNMENT_STATUS_LABELS[d.status].vi + (isOverdue(d.status, d.dueDate, asOf) ? ' (quá hạn)' : ''),
      d.progressNote ? briefText(d.progressNote, 200) : null,
    ]),
    ...shared.map((g) => [`${g.length} cơ quan, đơn vị, địa phương`, named(g[0]), due(g[0]), statusCounts(g, asOf), null]),
  ]
  return {
    sheet: 'Nhiệm vụ mục VI',
    caption: 'Bảng. Tình hình thực hiện nhiệm vụ được phân công (mục VI của Kế hoạch)',
    columns: [{ header: 'TT', kind: 'integer' }, { header: 'Cơ quan, đơn vị' }, { header: 'Nhiệm vụ' }, { header: 'Thời hạn' }, { header: 'Tình trạng' }, { header: 'Tiến độ, khó khăn' }],
    rows: rows.map((r, i) => [i + 1, ...r]),
    note: shared.length ? `Nhiệm vụ giao cho nhiều hơn ${groupAbove} cơ quan, đơn vị (như nhiệm vụ của UBND các xã, phường, đặc khu) được gộp thành một dòng, ghi số đơn vị theo tình trạng.` : undefined,
  }
}

// ------------------------------------------------------------------------------------------
// Budget by funding source

export function budgetBySourceTable(rows: { label: string; estimate: number; actual: number }[]): ReportTable {
  const used = rows.filter((r) => r.estimate || r.actual)
  const estimate = sum(used.map((r) => r.estimate))
  const actual = sum(used.map((r) => r.actual))
  return {
    sheet: 'Kinh phí theo nguồn',
    caption: 'Bảng. Kinh phí theo nguồn: dự toán và sử dụng',
    columns: [{ header: 'Nguồn kinh phí' }, { header: 'Dự toán (đồng)', kind: 'money' }, { header: 'Đã sử dụng (đồng)', kind: 'money' }, { header: 'Tỷ lệ sử dụng (%)', kind: 'percent' }],
    rows: used.map((r) => [r.label, r.estimate, r.actual, share(r.actual, r.estimate)]),
    total: ['Tổng cộng', estimate, actual, share(actual, estimate)],
    note: 'Dự toán: các khoản kinh phí trong kế hoạch năm đã được phê duyệt (cả năm, kể cả ở báo cáo 6 tháng); đã sử dụng: kinh phí ghi nhận ở kết quả các sự kiện trong kỳ (mục VII của Kế hoạch).',
  }
}

// ------------------------------------------------------------------------------------------
// The organizations' narratives, in brief

/**
 * The first sentences of a text that fit in `max` characters (whole words, "…" when cut): a table
 * cell says what a report says, the appendix has it all.
 */
export function briefText(text: string | null | undefined, max = 300): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  // A sentence ends at . ! ? ; before a space: not inside a number (1.200) or an abbreviation like BHXH.VN.
  const sentences = flat.match(/.+?[.!?;]+(?=\s|$)\s?/g) ?? []
  let out = ''
  for (const s of sentences) {
    if ((out + s).trim().length > max) break
    out += s
  }
  if (out.trim()) return `${out.trim()} …`
  const cut = flat.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:]$/, '')} …`
}

export type UnitNarrative = {
  organization: string
  submittedAt?: string | null
  results?: string | null
  difficulties?: string | null
  proposals?: string | null
}

export function unitNarrativeTable(narratives: UnitNarrative[], max = 300): ReportTable {
  return {
    sheet: 'Báo cáo các đơn vị',
    caption: 'Bảng. Tóm tắt báo cáo của các cơ quan, đơn vị, địa phương',
    columns: [{ header: 'TT', kind: 'integer' }, { header: 'Cơ quan, đơn vị' }, { header: 'Ngày gửi' }, { header: 'Kết quả chủ yếu' }, { header: 'Khó khăn, vướng mắc' }, { header: 'Đề xuất, kiến nghị' }],
    rows: narratives.map((n, i) => [
      i + 1,
      n.organization,
      n.submittedAt ? vietnameseDate(vietnamDate(n.submittedAt)) : null,
      briefText(n.results, max) || '(Không nêu)',
      briefText(n.difficulties, max) || 'Không có',
      briefText(n.proposals, max) || 'Không có',
    ]),
    note: 'Trích những câu đầu của mỗi phần; toàn văn ở phụ lục.',
  }
}
