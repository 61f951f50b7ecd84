/**
 * Participation and outreach indicators of the 2026–2030 plan (section II.2 of the city plan,
 * plus BHTN from the 2026 annual plan). Definitions live in code because the rates are computed
 * from them; the target values themselves are data in the `targets` collection.
 */
export type IndicatorUnit = 'percent' | 'people'

export type IndicatorDefinition = {
  key: IndicatorKey
  unit: IndicatorUnit
  label: { vi: string; en: string }
  /** What the percentage is a share of. */
  basis?: { vi: string; en: string }
  /**
   * Where the achieved value comes from: computed from the communes' participation figures, typed in
   * as a city-wide result reported by the responsible body (`city-results`), or counted from outreach.
   */
  measured: 'figures' | 'cityResult' | 'outreach'
  /** A share of a plan can exceed 100 % (collection at 101 % of BHXH Việt Nam's plan). */
  mayExceed100?: boolean
}

export const INDICATOR_KEYS = [
  'bhytCoverage',
  'bhxhParticipation',
  'bhxhCompulsory',
  'bhxhVoluntary',
  'bhtnParticipation',
  'officialsInformed',
  'peopleReached',
  'contributionCollection',
  'onlineProcedures',
  'benefitsThroughAccounts',
  'pupilsBhyt',
] as const
export type IndicatorKey = (typeof INDICATOR_KEYS)[number]

const population = { vi: 'dân số', en: 'population' }
const labourForce = { vi: 'lực lượng lao động trong độ tuổi', en: 'working-age labour force' }

export const INDICATORS: Record<IndicatorKey, IndicatorDefinition> = {
  bhytCoverage: {
    key: 'bhytCoverage',
    unit: 'percent',
    measured: 'figures',
    label: { vi: 'Tỷ lệ bao phủ BHYT (% dân số)', en: 'Health insurance coverage (% of population)' },
    basis: population,
  },
  bhxhParticipation: {
    key: 'bhxhParticipation',
    unit: 'percent',
    measured: 'figures',
    label: {
      vi: 'Tỷ lệ tham gia BHXH (% LLLĐ trong độ tuổi)',
      en: 'Social insurance participation (% of working-age labour force)',
    },
    basis: labourForce,
  },
  bhxhCompulsory: {
    key: 'bhxhCompulsory',
    unit: 'percent',
    measured: 'figures',
    label: { vi: 'Trong đó BHXH bắt buộc (% LLLĐ)', en: 'of which compulsory (% of labour force)' },
    basis: labourForce,
  },
  bhxhVoluntary: {
    key: 'bhxhVoluntary',
    unit: 'percent',
    measured: 'figures',
    label: { vi: 'Trong đó BHXH tự nguyện (% LLLĐ)', en: 'of which voluntary (% of labour force)' },
    basis: labourForce,
  },
  bhtnParticipation: {
    key: 'bhtnParticipation',
    unit: 'percent',
    measured: 'figures',
    label: {
      vi: 'Tỷ lệ tham gia BHTN (% LLLĐ trong độ tuổi)',
      en: 'Unemployment insurance participation (% of labour force)',
    },
    basis: labourForce,
  },
  officialsInformed: {
    key: 'officialsInformed',
    unit: 'percent',
    measured: 'outreach',
    label: {
      vi: 'CBCCVC, NLĐ trong cơ quan được tuyên truyền (%)',
      en: 'Officials and employees informed (%)',
    },
  },
  peopleReached: {
    key: 'peopleReached',
    unit: 'people',
    measured: 'outreach',
    label: { vi: 'Số lượt người được tiếp cận thông tin', en: 'People reached' },
  },
  // The 2026 annual plan's other targets (seed 002, II), reported city-wide by BHXH thành phố and Sở GD&ĐT.
  contributionCollection: {
    key: 'contributionCollection',
    unit: 'percent',
    measured: 'cityResult',
    mayExceed100: true,
    label: { vi: 'Số thu BHXH, BHYT, BHTN so với kế hoạch BHXH Việt Nam giao (%)', en: 'Contributions collected against the national plan (%)' },
  },
  onlineProcedures: {
    key: 'onlineProcedures',
    unit: 'percent',
    measured: 'cityResult',
    label: { vi: 'Thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình (%)', en: 'Procedures fully online (%)' },
  },
  benefitsThroughAccounts: {
    key: 'benefitsThroughAccounts',
    unit: 'percent',
    measured: 'cityResult',
    label: { vi: 'Người thụ hưởng BHXH, trợ cấp thất nghiệp nhận tiền qua tài khoản (%)', en: 'Beneficiaries paid through bank accounts (%)' },
  },
  pupilsBhyt: {
    key: 'pupilsBhyt',
    unit: 'percent',
    measured: 'cityResult',
    label: { vi: 'Học sinh, sinh viên tham gia BHYT (%)', en: 'Pupils and students with health insurance (%)' },
  },
}

/** Indicators whose achieved value is a city-wide result typed in by Sở Nội vụ (collection `city-results`). */
export const CITY_RESULT_KEYS = INDICATOR_KEYS.filter((k) => INDICATORS[k].measured === 'cityResult')

export function isIndicatorKey(value: unknown): value is IndicatorKey {
  return typeof value === 'string' && (INDICATOR_KEYS as readonly string[]).includes(value)
}

/**
 * Why a target value is not acceptable for its indicator, or null when it is.
 * Percentages lie in 0–100, counts are whole and non-negative, and a range's upper
 * bound is not below its lower bound.
 */
export function targetValueError(
  indicator: IndicatorKey,
  value: number | null | undefined,
): string | null {
  if (value === null || value === undefined) return null
  if (typeof value !== 'number' || Number.isNaN(value)) return 'Giá trị phải là một số.'
  if (value < 0) return 'Chỉ tiêu không được âm.'
  const unit = INDICATORS[indicator]?.unit
  if (unit === 'percent' && value > 100 && !INDICATORS[indicator].mayExceed100) return 'Chỉ tiêu tỷ lệ không được vượt quá 100%.'
  if (unit === 'percent' && value > 1000) return 'Giá trị quá lớn: hãy kiểm tra lại.'
  if (unit === 'people' && !Number.isInteger(value)) return 'Số người phải là số nguyên.'
  return null
}

/** Why an achieved city-wide value is not acceptable: a share between 0 and 100 (a share of a plan may exceed it). */
export function resultValueError(indicator: IndicatorKey, value: number | null | undefined): string | null {
  if (value === null || value === undefined) return null
  if (typeof value !== 'number' || Number.isNaN(value)) return 'Giá trị phải là một số.'
  if (value < 0) return 'Kết quả không được âm.'
  if (value > 100 && !INDICATORS[indicator].mayExceed100) return 'Tỷ lệ đạt được không vượt quá 100%.'
  if (value > 1000) return 'Giá trị quá lớn: hãy kiểm tra lại.'
  return null
}

export function rangeError(minimum?: number | null, maximum?: number | null): string | null {
  if (minimum == null || maximum == null) return null
  return maximum < minimum ? 'Mức trên của khoảng chỉ tiêu không được nhỏ hơn mức dưới.' : null
}

/** "≥ 95,5%" or "62–63%" or "≥ 10.000 người": how a target reads in Vietnamese documents. */
export function formatTarget(indicator: IndicatorKey, minimum: number, maximum?: number | null): string {
  const fmt = (n: number) => n.toLocaleString('vi-VN')
  const unit = INDICATORS[indicator].unit === 'percent' ? '%' : ' người'
  if (maximum != null && maximum !== minimum) return `${fmt(minimum)}–${fmt(maximum)}${unit}`
  return `≥ ${fmt(minimum)}${unit}`
}
