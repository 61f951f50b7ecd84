/** City-wide targets. 2026 and 2030 from the 2026–2030 plan (II.2); BHTN from the 2026 annual plan. */
import type { IndicatorKey } from '../../domain/indicators'

export type TargetSeed = { indicator: IndicatorKey; year: number; minimum: number; maximum?: number; source: string; note?: string }

const PLAN = 'KH tuyên truyền BHXH, BHYT 2026–2030, mục II.2'
const ANNUAL_2026 = 'KH thực hiện chỉ tiêu BHXH, BHYT, BHTN năm 2026'

export const TARGETS: TargetSeed[] = [
  { indicator: 'bhytCoverage', year: 2026, minimum: 95.5, source: PLAN },
  { indicator: 'bhxhParticipation', year: 2026, minimum: 56.8, source: PLAN },
  { indicator: 'bhxhCompulsory', year: 2026, minimum: 50.6, source: PLAN },
  { indicator: 'bhxhVoluntary', year: 2026, minimum: 6.2, source: PLAN },
  { indicator: 'bhtnParticipation', year: 2026, minimum: 49, source: ANNUAL_2026 },
  { indicator: 'bhxhParticipation', year: 2030, minimum: 62, maximum: 63, source: PLAN },
  // The annual plan's other targets (II): measured city-wide, results typed in as `city-results`.
  { indicator: 'contributionCollection', year: 2026, minimum: 101, source: ANNUAL_2026 },
  { indicator: 'onlineProcedures', year: 2026, minimum: 100, source: ANNUAL_2026 },
  // "Trên 99%": Loa's targets are lower bounds, so 99 with the plan's words in the note.
  { indicator: 'benefitsThroughAccounts', year: 2026, minimum: 99, source: ANNUAL_2026, note: 'Kế hoạch: trên 99% người thụ hưởng nhận tiền qua tài khoản.' },
  { indicator: 'pupilsBhyt', year: 2026, minimum: 100, source: `${ANNUAL_2026}, IV.8` },
  // "Every year 100% of officials, civil servants and employees are informed."
  ...[2026, 2027, 2028, 2029, 2030].map((year) => ({
    indicator: 'officialsInformed' as const,
    year,
    minimum: 100,
    source: PLAN,
  })),
]
