import { describe, expect, it } from 'vitest'

import { dongError, formatDong, MAX_DONG, parseDong } from '../../src/domain/money'

describe('amounts in đồng, the Vietnamese way', () => {
  it('shows a dot between thousands', () => {
    expect(formatDong(4_500_000)).toBe('4.500.000')
    expect(formatDong(950)).toBe('950')
    expect(formatDong(0)).toBe('0')
    expect(formatDong(null)).toBe('')
  })

  it('reads "4.500.000" as four and a half million, not 4.5', () => {
    expect(parseDong('4.500.000')).toEqual({ ok: true, value: 4_500_000 })
    expect(parseDong('4500000')).toEqual({ ok: true, value: 4_500_000 })
    expect(parseDong(' 4 500 000 đồng ')).toEqual({ ok: true, value: 4_500_000 })
    expect(parseDong('')).toEqual({ ok: true, value: null })
  })

  it('refuses fractions, odd groupings, letters and negatives with a Vietnamese reason', () => {
    expect(parseDong('4.500.000,5')).toEqual({ ok: false, message: 'Số tiền tính bằng đồng, không có phần lẻ: bỏ phần sau dấu phẩy.' })
    expect(parseDong('4.50.000')).toEqual({ ok: false, message: 'Nhập số tiền bằng chữ số, ví dụ 4.500.000.' })
    expect(parseDong('4.5')).toMatchObject({ ok: false })
    expect(parseDong('năm triệu')).toMatchObject({ ok: false })
    expect(parseDong('-1.000')).toEqual({ ok: false, message: 'Số tiền không được âm.' })
    expect(parseDong('100.000.000.000.000')).toEqual({ ok: false, message: 'Số tiền quá lớn: hãy kiểm tra lại.' })
  })

  it('the server refuses a fractional, negative or textual amount from any route', () => {
    expect(dongError(4_500_000)).toBeNull()
    expect(dongError(null)).toBeNull()
    expect(dongError(4.5)).toBe('Số tiền tính bằng đồng, không có phần lẻ.')
    expect(dongError(-1)).toBe('Số tiền không được âm.')
    expect(dongError(MAX_DONG + 1)).toBe('Số tiền quá lớn: hãy kiểm tra lại.')
    expect(dongError('4.500.000')).toBe('Số tiền phải gửi dưới dạng số.')
    expect(dongError('4,5')).toBe('Số tiền tính bằng đồng, không có phần lẻ: bỏ phần sau dấu phẩy.')
  })
})
