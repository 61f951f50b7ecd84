/** City-wide targets. 2026 and 2030 from the 2026–2030 plan (II.2); BHTN from the 2026 annual plan. */
import type { IndicatorKey } from '../../domain/indicators'

export type TargetSeed = { indicator: IndicatorKey; year: number; minimum: number; maximum?: number; source: string }

const PLAN = 'KH tuyên truyền BHXH, BHYT 2026–2030, mục II.2'
const ANNUAL_2026 = 'KH thực hiện chỉ tiêu BHXH, BHYT, BHTN năm 2026'

export const TARGETS: TargetSeed[] = [
  { indicator: 'bhytCoverage', year: 2026, minimum: 95.5, source: PLAN },
  { indicator: 'bhxhParticipation', year: 2026, minimum: 56.8, source: PLAN },
  { indicator: 'bhxhCompulsory', year: 2026, minimum: 50.6, source: PLAN },
  { indicator: 'bhxhVoluntary', year: 2026, minimum: 6.2, source: PLAN },
  { indicator: 'bhtnParticipation', year: 2026, minimum: 49, source: ANNUAL_2026 },
  { indicator: 'bhxhParticipation', year: 2030, minimum: 62, maximum: 63, source: PLAN },
  // "Every year 100% of officials, civil servants and employees are informed."
  ...[2026, 2027, 2028, 2029, 2030].map((year) => ({
    indicator: 'officialsInformed' as const,
    year,
    minimum: 100,
    source: PLAN,
  })),
]
