import { describe, expect, it } from 'vitest'

import {
  formatTarget,
  INDICATOR_KEYS,
  INDICATORS,
  isIndicatorKey,
  rangeError,
  resultValueError,
  targetValueError,
  CITY_RESULT_KEYS,
} from '../../src/domain/indicators'

describe('indicator definitions', () => {
  it('every key has a definition under the same key', () => {
    for (const key of INDICATOR_KEYS) expect(INDICATORS[key].key).toBe(key)
  })

  it('isIndicatorKey recognises known keys only', () => {
    expect(isIndicatorKey('bhytCoverage')).toBe(true)
    expect(isIndicatorKey('bhyt')).toBe(false)
    expect(isIndicatorKey(undefined)).toBe(false)
  })
})

describe('the 2026 annual plan’s city-wide targets', () => {
  it('are measured from city-wide results, not from commune figures', () => {
    expect(CITY_RESULT_KEYS).toEqual(['contributionCollection', 'onlineProcedures', 'benefitsThroughAccounts', 'pupilsBhyt'])
  })

  it('collection is a share of a plan and may exceed 100%; the others may not', () => {
    expect(targetValueError('contributionCollection', 101)).toBeNull()
    expect(resultValueError('contributionCollection', 103.2)).toBeNull()
    expect(resultValueError('onlineProcedures', 100.5)).toBe('Tỷ lệ đạt được không vượt quá 100%.')
    expect(resultValueError('pupilsBhyt', -1)).toBe('Kết quả không được âm.')
    expect(resultValueError('contributionCollection', 10_100)).toBe('Giá trị quá lớn: hãy kiểm tra lại.')
    // A count target is not a percentage: large is fine.
    expect(targetValueError('peopleReached', 250_000)).toBeNull()
  })
})

describe('targetValueError', () => {
  it('accepts a health-insurance coverage target of 95,5%', () => {
    expect(targetValueError('bhytCoverage', 95.5)).toBeNull()
  })

  it('accepts 0% and 100% as the edges of a percentage', () => {
    expect(targetValueError('bhxhVoluntary', 0)).toBeNull()
    expect(targetValueError('bhytCoverage', 100)).toBeNull()
  })

  it('refuses a percentage above 100', () => {
    expect(targetValueError('bhytCoverage', 100.1)).toBe('Chỉ tiêu tỷ lệ không được vượt quá 100%.')
  })

  it('refuses a negative target for any unit', () => {
    expect(targetValueError('bhxhParticipation', -1)).toBe('Chỉ tiêu không được âm.')
    expect(targetValueError('peopleReached', -5)).toBe('Chỉ tiêu không được âm.')
  })

  it('a head count may exceed 100 but must be a whole number', () => {
    expect(targetValueError('peopleReached', 10_000)).toBeNull()
    expect(targetValueError('peopleReached', 10.5)).toBe('Số người phải là số nguyên.')
  })

  it('an empty value is left to the required check; NaN is not a number', () => {
    expect(targetValueError('bhytCoverage', null)).toBeNull()
    expect(targetValueError('bhytCoverage', undefined)).toBeNull()
    expect(targetValueError('bhytCoverage', Number.NaN)).toBe('Giá trị phải là một số.')
  })
})

describe('rangeError', () => {
  it('a range of 62–63% is fine, and so is a range of one value', () => {
    expect(rangeError(62, 63)).toBeNull()
    expect(rangeError(62, 62)).toBeNull()
  })

  it('an upper bound below the lower bound is refused', () => {
    expect(rangeError(63, 62)).toBe('Mức trên của khoảng chỉ tiêu không được nhỏ hơn mức dưới.')
  })

  it('a missing bound is not a range error', () => {
    expect(rangeError(62, null)).toBeNull()
    expect(rangeError(undefined, 10)).toBeNull()
  })
})

describe('formatTarget', () => {
  it('a minimum percentage reads "≥ 95,5%" with a decimal comma', () => {
    expect(formatTarget('bhytCoverage', 95.5)).toBe('≥ 95,5%')
  })

  it('a range reads "62–63%" with an en dash', () => {
    expect(formatTarget('bhxhParticipation', 62, 63)).toBe('62–63%')
  })

  it('a range whose ends are equal reads as a minimum', () => {
    expect(formatTarget('bhxhParticipation', 62, 62)).toBe('≥ 62%')
  })

  it('a head count uses dots between thousands and the word "người"', () => {
    expect(formatTarget('peopleReached', 10_000)).toBe('≥ 10.000 người')
    expect(formatTarget('peopleReached', 1_000_000, 1_250_000)).toBe('1.000.000–1.250.000 người')
  })
})
