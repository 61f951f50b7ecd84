import { describe, expect, it } from 'vitest'

import {
  defaultPlanYear,
  endsBeforeStart,
  isDateInPeriod,
  isYearInTerm,
  periodBounds,
  periodLabel,
  vietnamDate,
} from '../../src/domain/period'

describe('isYearInTerm', () => {
  it('accepts the first and last years of the 2026–2030 term', () => {
    expect(isYearInTerm(2026)).toBe(true)
    expect(isYearInTerm(2030)).toBe(true)
  })

  it('refuses the years just outside the term', () => {
    expect(isYearInTerm(2025)).toBe(false)
    expect(isYearInTerm(2031)).toBe(false)
  })

  it('refuses a fractional year, a year typed as text, and nothing at all', () => {
    expect(isYearInTerm(2027.5)).toBe(false)
    expect(isYearInTerm('2027')).toBe(false)
    expect(isYearInTerm(null)).toBe(false)
    expect(isYearInTerm(Number.NaN)).toBe(false)
  })
})

describe('periodBounds and periodLabel', () => {
  it('an annual plan runs from 1 January to 31 December of its year', () => {
    expect(periodBounds('year', 2028)).toEqual({ from: '2028-01-01', to: '2028-12-31' })
  })

  it('the term plan covers 2026-01-01 to 2030-12-31 whatever year is passed', () => {
    expect(periodBounds('term', 2028)).toEqual({ from: '2026-01-01', to: '2030-12-31' })
  })

  it('labels periods the way Vietnamese documents do', () => {
    expect(periodLabel('year', 2027)).toBe('Năm 2027')
    expect(periodLabel('term')).toBe('Giai đoạn 2026–2030')
    expect(periodLabel('year', null)).toBe('Năm')
  })
})

describe('vietnamDate', () => {
  it('a timestamp at 18:00 UTC on New Year’s Eve is already 1 January in Hải Phòng', () => {
    expect(vietnamDate('2026-12-31T18:00:00Z')).toBe('2027-01-01')
  })

  it('16:59 UTC is still the same day in Vietnam, 17:00 UTC is the next', () => {
    expect(vietnamDate('2026-06-30T16:59:59Z')).toBe('2026-06-30')
    expect(vietnamDate('2026-06-30T17:00:00Z')).toBe('2026-07-01')
  })

  it('accepts a Date object as well as a string', () => {
    expect(vietnamDate(new Date(Date.UTC(2027, 0, 1, 0, 0)))).toBe('2027-01-01')
  })
})

describe('defaultPlanYear', () => {
  it('a new annual plan defaults to the current Vietnam year', () => {
    expect(defaultPlanYear(new Date('2028-03-15T08:00:00Z'))).toBe(2028)
  })

  it('on New Year’s Eve evening in Vietnam the default is already the new year', () => {
    expect(defaultPlanYear(new Date('2027-12-31T18:00:00Z'))).toBe(2028)
  })

  it('before and after the term the default is clamped into 2026–2030', () => {
    expect(defaultPlanYear(new Date('2025-07-01T00:00:00Z'))).toBe(2026)
    expect(defaultPlanYear(new Date('2031-02-01T00:00:00Z'))).toBe(2030)
  })
})

describe('endsBeforeStart', () => {
  it('an activity ending the day before it starts is a conflict', () => {
    expect(endsBeforeStart('2026-05-10', '2026-05-09')).toBe(true)
  })

  it('a one-day activity (same start and end) is fine', () => {
    expect(endsBeforeStart('2026-05-10', '2026-05-10')).toBe(false)
  })

  it('a missing start or end date never conflicts', () => {
    expect(endsBeforeStart(null, '2026-05-09')).toBe(false)
    expect(endsBeforeStart('2026-05-10', undefined)).toBe(false)
  })
})

describe('isDateInPeriod', () => {
  it('the first and last days of an annual plan are inside it', () => {
    expect(isDateInPeriod('2027-01-01', 'year', 2027)).toBe(true)
    expect(isDateInPeriod('2027-12-31', 'year', 2027)).toBe(true)
  })

  it('an event on the evening of 31 Dec 2026 (UTC) falls in the 2027 plan, not the 2026 one', () => {
    expect(isDateInPeriod('2026-12-31T18:00:00Z', 'year', 2026)).toBe(false)
    expect(isDateInPeriod('2026-12-31T18:00:00Z', 'year', 2027)).toBe(true)
  })

  it('midnight of 1 January in Vietnam (17:00 UTC the day before) belongs to the new year', () => {
    expect(isDateInPeriod('2025-12-31T17:00:00Z', 'term')).toBe(true)
    expect(isDateInPeriod('2025-12-31T16:59:59Z', 'term')).toBe(false)
  })

  it('the term ends on 31 December 2030 Vietnam time', () => {
    expect(isDateInPeriod('2030-12-31T16:59:59Z', 'term')).toBe(true)
    expect(isDateInPeriod('2030-12-31T17:00:00Z', 'term')).toBe(false)
  })
})
