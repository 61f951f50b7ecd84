import { describe, expect, it } from 'vitest'

import { labourForceError, LOCALITY_KIND_LABELS } from '../../src/domain/places'

describe('labourForceError', () => {
  it('a commune whose labour force is smaller than its population is fine', () => {
    expect(labourForceError(25_000, 14_000)).toBeNull()
  })

  it('a labour force equal to the population is allowed', () => {
    expect(labourForceError(25_000, 25_000)).toBeNull()
  })

  it('a labour force larger than the population is refused', () => {
    expect(labourForceError(25_000, 25_001)).toBe('Lực lượng lao động không thể lớn hơn dân số.')
  })

  it('when either figure is unknown there is nothing to compare', () => {
    expect(labourForceError(null, 14_000)).toBeNull()
    expect(labourForceError(25_000, undefined)).toBeNull()
  })

  it('a population of 0 with a labour force of 0 is fine, but not with workers', () => {
    expect(labourForceError(0, 0)).toBeNull()
    expect(labourForceError(0, 1)).not.toBeNull()
  })
})

describe('locality kinds', () => {
  it('the three kinds of commune-level unit after the 2025 merger are named in Vietnamese', () => {
    expect(Object.keys(LOCALITY_KIND_LABELS)).toEqual(['xa', 'phuong', 'dac_khu'])
    expect(LOCALITY_KIND_LABELS.dac_khu.vi).toBe('Đặc khu')
  })
})
