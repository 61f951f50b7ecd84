/** Small field validators shared by collections; messages in Vietnamese. */
import {
  endsBeforeStart,
  isDateInPeriod,
  isYearInTerm,
  periodLabel,
  TERM_FIRST_YEAR,
  TERM_LAST_YEAR,
  type PeriodKind,
} from '../domain/period'

export function nonNegativeInteger(value: number | null | undefined): true | string {
  if (value === null || value === undefined) return true
  if (typeof value !== 'number' || Number.isNaN(value)) return 'Giá trị phải là một số.'
  if (value < 0) return 'Giá trị không được âm.'
  if (!Number.isInteger(value)) return 'Giá trị phải là số nguyên.'
  return true
}

/** A YYYY year inside the 2026–2030 term. */
export function yearInTerm(value: number | null | undefined): true | string {
  if (value === null || value === undefined) return true
  return isYearInTerm(value) ? true : `Năm phải trong giai đoạn ${TERM_FIRST_YEAR}–${TERM_LAST_YEAR}.`
}

type PeriodData = { periodKind?: PeriodKind | null; year?: number | null }

const isValidDate = (value: string | Date) => !Number.isNaN(new Date(value).getTime())
const INVALID_DATE = 'Ngày không hợp lệ.'

/** A date inside the period the document covers (a plan's year, or the whole term). */
export function dateInDocumentPeriod(value: string | Date | null | undefined, data: PeriodData): true | string {
  if (!value) return true
  if (!isValidDate(value)) return INVALID_DATE
  const kind = data.periodKind ?? 'year'
  if (kind === 'year' && !isYearInTerm(data.year)) return true // the year field reports that problem
  return isDateInPeriod(value, kind, data.year)
    ? true
    : `Ngày phải nằm trong ${periodLabel(kind, data.year).toLowerCase()}.`
}

/** An end date that is not before the start date in the same record. */
export function notBeforeStart(value: string | Date | null | undefined, start: string | Date | null | undefined): true | string {
  if (value && !isValidDate(value)) return INVALID_DATE
  if (start && !isValidDate(start)) return true // the start field reports its own problem
  return endsBeforeStart(start, value) ? 'Ngày kết thúc không được trước ngày bắt đầu.' : true
}
