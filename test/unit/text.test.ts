import { describe, expect, it } from 'vitest'

import { foldForSearch, normalizeName, tidyName } from '../../src/domain/text'

describe('normalizeName', () => {
  it('a ward typed on a Mac (decomposed Unicode) matches the same ward typed on Windows', () => {
    const nfd = 'Phường Thiên Hương'.normalize('NFD')
    const nfc = 'Phường Thiên Hương'.normalize('NFC')
    expect(nfd).not.toBe(nfc)
    expect(normalizeName(nfd)).toBe(normalizeName(nfc))
    expect(normalizeName(nfd)).toBe('phường thiên hương'.normalize('NFC'))
  })

  it('ignores surrounding spaces, doubled spaces, tabs and non-breaking spaces', () => {
    expect(normalizeName('  Phường   Thiên\tHương\u00a0 ')).toBe('phường thiên hương')
  })

  it('ignores case, including Vietnamese capitals with diacritics', () => {
    expect(normalizeName('PHƯỜNG THIÊN HƯƠNG')).toBe('phường thiên hương')
    expect(normalizeName('ĐẶC KHU CÁT HẢI')).toBe('đặc khu cát hải')
  })

  it('keeps different diacritics apart: Hương is not Hưng', () => {
    expect(normalizeName('Phường Thiên Hương')).not.toBe(normalizeName('Phường Thiên Hưng'))
  })
})

describe('tidyName', () => {
  it('tidies spaces and Unicode form but keeps capitals for display', () => {
    const tidied = tidyName('  Phường  Thiên Hương '.normalize('NFD'))
    expect(tidied).toBe('Phường Thiên Hương'.normalize('NFC'))
    expect(tidied.normalize('NFC')).toBe(tidied)
  })
})

describe('tone placement', () => {
  it('treats "Thủy" and "Thuỷ", "Hòa" and "Hoà" as the same name', () => {
    expect(normalizeName('Phường Thuỷ Nguyên')).toBe(normalizeName('Phường Thủy Nguyên'))
    expect(normalizeName('Phường Hoà Bình')).toBe(normalizeName('Phường Hòa Bình'))
    expect(normalizeName('khoẻ')).toBe(normalizeName('khỏe'))
  })

  it('leaves different words apart', () => {
    expect(normalizeName('Thủy')).not.toBe(normalizeName('Thúy'))
    expect(normalizeName('thuế')).not.toBe(normalizeName('thuê'))
  })
})

describe('foldForSearch', () => {
  it('ignores tone marks, vowel marks, đ and case', () => {
    expect(foldForSearch('Bảo hiểm xã hội TỰ NGUYỆN')).toBe('bao hiem xa hoi tu nguyen')
    expect(foldForSearch('bao hiem xa hoi tu nguyen')).toBe('bao hiem xa hoi tu nguyen')
    expect(foldForSearch('Đóng BHYT hộ gia đình')).toBe('dong bhyt ho gia dinh')
  })

  it('treats punctuation as spaces and decomposed input like composed', () => {
    expect(foldForSearch('VssID: ứng dụng — BHXH số!')).toBe('vssid ung dung bhxh so')
    expect(foldForSearch('Hòa'.normalize('NFD'))).toBe('hoa')
  })
})
