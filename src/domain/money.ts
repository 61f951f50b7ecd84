/**
 * Amounts in đồng as Vietnamese officials write them: a dot between thousands ("4.500.000"), no
 * fractions (the đồng has no subunit). A browser's number input reads "4.500.000" as 4.5, so money
 * fields take text and go through these two functions.
 */

/** The largest amount accepted: 10^13 đồng (ten thousand billion) is far beyond any outreach budget. */
export const MAX_DONG = 10_000_000_000_000

/** "4.500.000" for 4500000; empty for no amount. */
export function formatDong(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return ''
  return Math.trunc(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')
}

export type ParsedDong = { ok: true; value: number | null } | { ok: false; message: string }

/**
 * The amount typed: digits, optionally grouped by dots or spaces in threes ("4.500.000", "4 500 000",
 * "4500000"). A comma is the Vietnamese decimal mark: refused, as is any other grouping, which would
 * otherwise be guessed at ("4.50.000").
 */
export function parseDong(text: string): ParsedDong {
  const typed = text.trim().replace(/\s*đồng$|\s*đ$/i, '')
  if (typed === '') return { ok: true, value: null }
  if (/^-/.test(typed)) return { ok: false, message: 'Số tiền không được âm.' }
  if (/,/.test(typed)) return { ok: false, message: 'Số tiền tính bằng đồng, không có phần lẻ: bỏ phần sau dấu phẩy.' }
  if (!/^\d{1,3}([.\s]\d{3})*$/.test(typed) && !/^\d+$/.test(typed)) {
    return { ok: false, message: 'Nhập số tiền bằng chữ số, ví dụ 4.500.000.' }
  }
  const value = Number(typed.replace(/[.\s]/g, ''))
  if (value > MAX_DONG) return { ok: false, message: 'Số tiền quá lớn: hãy kiểm tra lại.' }
  return { ok: true, value }
}

/** Server-side rule of every money field, for values from the API too: whole, non-negative đồng. */
export function dongError(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') {
    const parsed = parseDong(value)
    return parsed.ok ? 'Số tiền phải gửi dưới dạng số.' : parsed.message
  }
  if (typeof value !== 'number' || Number.isNaN(value)) return 'Giá trị phải là một số.'
  if (value < 0) return 'Số tiền không được âm.'
  if (!Number.isInteger(value)) return 'Số tiền tính bằng đồng, không có phần lẻ.'
  if (value > MAX_DONG) return 'Số tiền quá lớn: hãy kiểm tra lại.'
  return null
}
