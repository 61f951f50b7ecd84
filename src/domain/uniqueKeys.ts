/**
 * The "one per …" rules of Loa as single values a database can hold unique: one set of figures
 * per commune and period, one target per indicator, year and locality, one report per
 * organization (or city kind) and period, one mid-term and one final review. Hooks check the
 * rules first for their message; a unique index on these keys refuses the write that races past
 * the check (four concurrent creates stored four sets of figures for one commune and period).
 *
 * Plain functions of a document's values, so a migration can fill the keys of existing rows.
 */
import type { ContentStatus } from './contentWorkflow'
import { isReviewKind } from './reviewReport'

/**
 * Stands for an empty part (a city-wide target names no locality). SQLite and PostgreSQL treat
 * NULLs as distinct in a unique index, so a key with a NULL part would never collide.
 */
export const EMPTY_PART = '-'

type Part = unknown

/** A relationship's id whether the value is the id or the populated document. */
const idOf = (value: Part): Part => (value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value)

/** Parts joined with "|"; an empty part (none, null, "") becomes EMPTY_PART. */
export function compoundKey(parts: Part[]): string {
  return parts
    .map((part) => {
      const value = idOf(part)
      return value === undefined || value === null || value === '' ? EMPTY_PART : String(value)
    })
    .join('|')
}

/** Participation figures: one set per commune, year and period. */
export const figuresKey = (doc: { locality?: Part; year?: Part; period?: Part }) => compoundKey([doc.locality, doc.year, doc.period])

/** Targets: one per indicator, year and locality; no locality is the city-wide target. */
export const targetKey = (doc: { indicator?: Part; year?: Part; locality?: Part }) => compoundKey([doc.indicator, doc.year, doc.locality])

/** City-wide results: one per indicator, year and period. */
export const cityResultKey = (doc: { indicator?: Part; year?: Part; period?: Part }) => compoundKey([doc.indicator, doc.year, doc.period])

/**
 * Reports: a unit report per organization, year and period; a city report per year and period;
 * one mid-term and one final review whatever year they carry. Ad hoc reports have no such rule
 * (as many as Sở Nội vụ requests): no key, and NULLs never collide.
 */
export function reportKey(doc: { kind?: Part; organization?: Part; year?: Part; period?: Part }): string | null {
  if (doc.kind === 'adhoc') return null
  if (isReviewKind(doc.kind)) return compoundKey([doc.kind])
  return compoundKey([doc.kind, doc.kind === 'unit' ? doc.organization : null, doc.year, doc.period])
}

/**
 * Messages, materials and Q&A: one new version in the making (draft or in review) per item it will
 * replace. None for any other item: NULLs never collide, so approved and retired versions, and
 * items replacing nothing, are free.
 */
export function openVersionKey(doc: { status?: Part; supersedes?: Part }): string | null {
  const original = idOf(doc.supersedes)
  const open: Part[] = ['draft', 'in_review'] satisfies ContentStatus[]
  return original === undefined || original === null || original === '' || !open.includes(doc.status ?? 'draft') ? null : String(original)
}

export const DUPLICATE_FIGURES_MESSAGE = 'Đã có số liệu của xã, phường này cho kỳ này: hãy sửa bản ghi đó.'
export const DUPLICATE_CITY_RESULT_MESSAGE = 'Đã có kết quả của chỉ tiêu này cho kỳ này: hãy sửa bản ghi đó.'
export const DUPLICATE_TARGET_MESSAGE = 'Đã có chỉ tiêu này cho năm và địa bàn đã chọn.'
export const DUPLICATE_REPORT_MESSAGE = 'Đã có báo cáo này cho kỳ này: hãy mở báo cáo đó.'
export const OPEN_VERSION_MESSAGE = 'Đã có phiên bản mới đang soạn cho nội dung này.'
