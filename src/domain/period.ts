/** The 2026–2030 plan term and the periods inside it (plain functions, no Payload). */
export const TERM_FIRST_YEAR = 2026
export const TERM_LAST_YEAR = 2030

export type PeriodKind = 'year' | 'term'

export function isYearInTerm(year: unknown): boolean {
  return (
    typeof year === 'number' && Number.isInteger(year) && year >= TERM_FIRST_YEAR && year <= TERM_LAST_YEAR
  )
}

/** First and last day (inclusive, as YYYY-MM-DD) of a plan period. */
export function periodBounds(kind: PeriodKind, year?: number | null): { from: string; to: string } {
  if (kind === 'term') return { from: `${TERM_FIRST_YEAR}-01-01`, to: `${TERM_LAST_YEAR}-12-31` }
  const y = year ?? TERM_FIRST_YEAR
  return { from: `${y}-01-01`, to: `${y}-12-31` }
}

/** Human label of a period, e.g. "Năm 2027" or "Giai đoạn 2026–2030". */
export function periodLabel(kind: PeriodKind, year?: number | null): string {
  return kind === 'term' ? `Giai đoạn ${TERM_FIRST_YEAR}–${TERM_LAST_YEAR}` : `Năm ${year ?? ''}`.trim()
}

/** Vietnam is UTC+7 all year (no daylight saving). */
export const VIETNAM_OFFSET_MS = 7 * 3600 * 1000

/** A Date whose UTC fields read Vietnam's wall-clock time, whatever zone the server or browser is in. */
export function vietnamWallClock(value: string | Date): Date {
  return new Date(new Date(value).getTime() + VIETNAM_OFFSET_MS)
}

/** Calendar date (YYYY-MM-DD) of an ISO timestamp or Date, in Vietnam's time zone. */
export function vietnamDate(value: string | Date): string {
  return vietnamWallClock(value).toISOString().slice(0, 10)
}

/** The instant a Vietnam calendar day (YYYY-MM-DD) begins. */
export function vietnamDayStart(day: string): Date {
  return new Date(new Date(`${day}T00:00:00Z`).getTime() - VIETNAM_OFFSET_MS)
}

/** The year a new annual plan defaults to: the current year, kept inside the term. */
export function defaultPlanYear(now: Date = new Date()): number {
  const y = Number(vietnamDate(now).slice(0, 4))
  return Math.min(TERM_LAST_YEAR, Math.max(TERM_FIRST_YEAR, y))
}

/** True when `start` is after `end`; missing dates never conflict. */
export function endsBeforeStart(start?: string | Date | null, end?: string | Date | null): boolean {
  if (!start || !end) return false
  return new Date(end).getTime() < new Date(start).getTime()
}

/** True when the date falls inside the period (dates compared as Vietnam calendar days). */
export function isDateInPeriod(date: string | Date, kind: PeriodKind, year?: number | null): boolean {
  const day = vietnamDate(date)
  const { from, to } = periodBounds(kind, year)
  return day >= from && day <= to
}
