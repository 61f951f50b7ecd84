import { describe, expect, it } from 'vitest'

import { compoundKey, EMPTY_PART, figuresKey, openVersionKey, reportKey, targetKey } from '../../src/domain/uniqueKeys'

describe('the keys of the "one per …" rules', () => {
  it('figures: one set per commune, year and period, whether the commune is an id or its document', () => {
    expect(figuresKey({ locality: 12, year: 2027, period: 'h1' })).toBe('12|2027|h1')
    expect(figuresKey({ locality: { id: 12, name: 'Phường Kiến An' }, year: 2027, period: 'h1' })).toBe('12|2027|h1')
    expect(figuresKey({ locality: 12, year: 2027, period: 'year' })).not.toBe(figuresKey({ locality: 12, year: 2027, period: 'h1' }))
  })

  it('a city-wide target (no locality) gets the placeholder, never an empty key part: NULLs never collide in a unique index', () => {
    expect(targetKey({ indicator: 'bhytCoverage', year: 2027, locality: null })).toBe(`bhytCoverage|2027|${EMPTY_PART}`)
    expect(targetKey({ indicator: 'bhytCoverage', year: 2027 })).toBe(targetKey({ indicator: 'bhytCoverage', year: 2027, locality: '' }))
    expect(targetKey({ indicator: 'bhytCoverage', year: 2027, locality: 4 })).toBe('bhytCoverage|2027|4')
  })

  it('a unit report per organization and period; a city report per period whatever organization it carries', () => {
    expect(reportKey({ kind: 'unit', organization: 3, year: 2027, period: 'h1' })).toBe('unit|3|2027|h1')
    expect(reportKey({ kind: 'unit', organization: 3, year: 2027, period: 'h1' })).not.toBe(reportKey({ kind: 'unit', organization: 5, year: 2027, period: 'h1' }))
    expect(reportKey({ kind: 'city', organization: 3, year: 2027, period: 'year' })).toBe(`city|${EMPTY_PART}|2027|year`)
  })

  it('one mid-term and one final review, whatever year or organization an older one was saved with', () => {
    expect(reportKey({ kind: 'midterm', year: 2028, period: 'year' })).toBe('midterm')
    expect(reportKey({ kind: 'midterm', year: 2027, period: 'h1', organization: 2 })).toBe('midterm')
    expect(reportKey({ kind: 'final', year: 2030 })).toBe('final')
  })

  it('parts are joined with "|" and numbers and strings of the same id agree', () => {
    expect(compoundKey([1, '1', undefined, 0])).toBe(`1|1|${EMPTY_PART}|0`)
  })

  it('one new version in the making per item; none for approved or retired versions, or items replacing nothing', () => {
    expect(openVersionKey({ status: 'draft', supersedes: 7 })).toBe('7')
    expect(openVersionKey({ status: 'in_review', supersedes: { id: 7 } })).toBe('7')
    expect(openVersionKey({ supersedes: 7 })).toBe('7') // a new item starts as a draft
    expect(openVersionKey({ status: 'approved', supersedes: 7 })).toBeNull()
    expect(openVersionKey({ status: 'retired', supersedes: 7 })).toBeNull()
    expect(openVersionKey({ status: 'draft', supersedes: null })).toBeNull()
  })
})
