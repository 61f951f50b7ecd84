import { describe, expect, it } from 'vitest'

import {
  abbreviationError,
  communeCommitteeLetterhead,
  documentNumber,
  issuerOf,
  recipientsFor,
  signerOf,
} from '../../src/domain/letterhead'
import { vietnameseDateLine } from '../../src/domain/officialReport'
import { CITY_ORGANIZATIONS } from '../../src/seed/data/organizations'

describe('the issuer block (Nghị định 30/2020, Phụ lục I)', () => {
  it('Sở Nội vụ is printed under the city People’s Committee', () => {
    expect(issuerOf({ name: 'Sở Nội vụ thành phố Hải Phòng', letterheadSuperior: 'UBND THÀNH PHỐ HẢI PHÒNG', letterheadName: 'SỞ NỘI VỤ' })).toEqual({
      parent: 'UBND THÀNH PHỐ HẢI PHÒNG',
      name: 'SỞ NỘI VỤ',
    })
  })

  it('a commune committee has no superior line and its name on two bold lines', () => {
    expect(communeCommitteeLetterhead('Phường Thiên Hương')).toBe('ỦY BAN NHÂN DÂN\nPHƯỜNG THIÊN HƯƠNG')
    expect(issuerOf({ name: 'UBND phường Thiên Hương', letterheadName: communeCommitteeLetterhead('Phường Thiên Hương') })).toEqual({
      name: 'ỦY BAN NHÂN DÂN\nPHƯỜNG THIÊN HƯƠNG',
    })
  })

  it('a body whose letterhead is not filled in is printed by its name, with no invented superior', () => {
    expect(issuerOf({ name: 'Ban Quản lý khu kinh tế', letterheadSuperior: '  ', letterheadName: null })).toEqual({ name: 'BAN QUẢN LÝ KHU KINH TẾ' })
  })

  it('every city body of section VI is seeded with its letterhead, abbreviation and signer’s position', () => {
    for (const o of CITY_ORGANIZATIONS) {
      expect(o.letterheadName, o.key).toMatch(/\S/)
      expect(abbreviationError(o.documentAbbreviation), o.key).toBeNull()
      expect(o.signerPosition, o.key).toMatch(/\S/)
    }
    const byKey = Object.fromEntries(CITY_ORGANIZATIONS.map((o) => [o.key, o]))
    expect(issuerOf(byKey.bhxh)).toEqual({ parent: 'BẢO HIỂM XÃ HỘI VIỆT NAM', name: 'BẢO HIỂM XÃ HỘI\nTHÀNH PHỐ HẢI PHÒNG' })
    expect(issuerOf(byKey.cap).parent).toBe('BỘ CÔNG AN')
    expect(issuerOf(byKey.mttq).parent).toBeUndefined()
    // The abbreviation is data, not initials of the name: Sở Nội vụ thành phố Hải Phòng → SNV.
    expect(documentNumber('15', byKey.snv.documentAbbreviation)).toBe('Số: 15/BC-SNV')
    expect(documentNumber('3', byKey.ldld.documentAbbreviation)).toBe('Số: 3/BC-LĐLĐ')
    expect(CITY_ORGANIZATIONS.filter((o) => o.reportRole === 'consolidates').map((o) => o.key)).toEqual(['snv'])
    expect(CITY_ORGANIZATIONS.filter((o) => o.reportRole === 'follows').map((o) => o.key)).toEqual(['bhxh'])
  })
})

describe('the document number line', () => {
  it('a bare number gets the organization’s abbreviation; a full symbol is kept; none leaves the blank', () => {
    expect(documentNumber('15', 'SNV')).toBe('Số: 15/BC-SNV')
    expect(documentNumber('', 'LĐLĐ')).toBe('Số:       /BC-LĐLĐ')
    expect(documentNumber('15/BC-HND', 'SNV')).toBe('Số: 15/BC-HND')
    // No abbreviation on record: the clerk fills in the symbol too, nothing is made up from the name.
    expect(documentNumber('7', null)).toBe('Số: 7/BC-……')
  })

  it('an abbreviation is capitals, digits, & and - only', () => {
    for (const ok of ['SNV', 'UBND', 'LĐLĐ', 'SGDĐT', 'CATP', 'PC06-CATP', '']) expect(abbreviationError(ok), ok).toBeNull()
    for (const bad of ['snv', 'S NV', 'Sở Nội vụ', 'BC/SNV']) expect(abbreviationError(bad), bad).toMatch(/chữ in hoa/)
  })
})

describe('the signature block', () => {
  it('the report’s own signer wins, then the organization’s; nothing leaves blank lines, never an invented title', () => {
    const org = { name: 'Hội Nông dân', signerPosition: 'TM. BAN THƯỜNG VỤ\nCHỦ TỊCH', signerName: 'Trần Văn Bình' }
    expect(signerOf({}, org)).toEqual({ role: 'TM. BAN THƯỜNG VỤ\nCHỦ TỊCH', name: 'Trần Văn Bình' })
    expect(signerOf({ signerRole: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', signerName: 'Lê Thị Hoa' }, org)).toEqual({ role: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', name: 'Lê Thị Hoa' })
    expect(signerOf({ signerRole: '', signerName: null }, { name: 'Ban Quản lý khu kinh tế' })).toEqual({ role: '' })
  })
})

describe('Nơi nhận', () => {
  it('never lists the issuer itself', () => {
    const addressees = [
      { id: 1, text: 'Sở Nội vụ (để tổng hợp)' },
      { id: 4, text: 'BHXH thành phố (để theo dõi, tổng hợp)' },
    ]
    expect(recipientsFor(4, addressees)).toEqual(['Sở Nội vụ (để tổng hợp)', 'Lưu: VT'])
    expect(recipientsFor('1', addressees)).toEqual(['BHXH thành phố (để theo dõi, tổng hợp)', 'Lưu: VT'])
    expect(recipientsFor(9, addressees)).toEqual(['Sở Nội vụ (để tổng hợp)', 'BHXH thành phố (để theo dõi, tổng hợp)', 'Lưu: VT'])
  })
})

describe('the place and date line (Nghị định 30/2020, Phụ lục I)', () => {
  it('a leading zero only for days 1–9 and months 1–2', () => {
    expect(vietnameseDateLine('Hải Phòng', '2027-07-05')).toBe('Hải Phòng, ngày 05 tháng 7 năm 2027')
    expect(vietnameseDateLine('Hải Phòng', '2027-02-10')).toBe('Hải Phòng, ngày 10 tháng 02 năm 2027')
    expect(vietnameseDateLine('Hải Phòng', '2027-01-05')).toBe('Hải Phòng, ngày 05 tháng 01 năm 2027')
    expect(vietnameseDateLine('Hải Phòng', '2027-03-09')).toBe('Hải Phòng, ngày 09 tháng 3 năm 2027')
    expect(vietnameseDateLine('Hải Phòng', '2027-12-31')).toBe('Hải Phòng, ngày 31 tháng 12 năm 2027')
    expect(vietnameseDateLine('Hải Phòng', '2027-10-20')).toBe('Hải Phòng, ngày 20 tháng 10 năm 2027')
    expect(() => vietnameseDateLine('Hải Phòng', '20/01/2027')).toThrow()
    expect(() => vietnameseDateLine('Hải Phòng', '2027-13-01')).toThrow()
  })
})
