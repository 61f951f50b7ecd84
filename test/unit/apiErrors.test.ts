import { describe, expect, it } from 'vitest'

import { clientErrorOf, vietnameseErrorBody, vietnameseMessage, wantsEnglish } from '../../src/domain/apiErrors'

describe("Payload's English API errors in Vietnamese", () => {
  it('messages Payload writes in English in its code, variable parts kept', () => {
    expect(vietnameseMessage('The following path cannot be queried: phone')).toBe('Không thể lọc hoặc sắp xếp theo "phone": trường này không có hoặc bạn không được phép dùng nó.')
    expect(vietnameseMessage('The following paths cannot be queried: a, b')).toBe('Không thể lọc hoặc sắp xếp theo các trường: a, b (không có hoặc bạn không được phép dùng).')
    expect(vietnameseMessage('Invalid JSON')).toBe('Nội dung gửi lên không phải JSON hợp lệ.')
    expect(vietnameseMessage("Missing 'where' query of documents to delete.")).toMatch(/^Thiếu điều kiện where/)
    expect(vietnameseMessage('Missing ID of version to restore.')).toMatch(/phiên bản cần khôi phục/)
  })

  it('messages from Payload’s translations, when the request came in English', () => {
    expect(vietnameseMessage('You are not allowed to perform this action.')).toBe('Lỗi - Bạn không có quyền thực hiện lệnh này.')
    expect(vietnameseMessage('Unauthorized, you must be logged in to make this request.')).toMatch(/cần phải đăng nhập/)
    expect(vietnameseMessage('Not Found')).toBe('Không tìm thấy')
    expect(vietnameseMessage('Token is either invalid or has expired.')).toMatch(/Token không hợp lệ/)
    expect(vietnameseMessage('Missing ID of document to update.')).toMatch(/^Lỗi/)
    // With placeholders and with the list of fields after the colon.
    expect(vietnameseMessage('Unable to update 2 out of 3 Plans.')).toMatch(/2.*3.*Plans/)
    expect(vietnameseMessage('The following field is invalid: email')).toBe('Lỗi - Trường sau không hợp lệ: email')
    expect(vietnameseMessage('This field is required.')).toBe('Trường này là bắt buộc.')
  })

  it("Payload's own Vietnamese loses its English 'field(s)'; other messages pass unchanged", () => {
    expect(vietnameseMessage('Lỗi - Những fields sau không hợp lệ: Mã, Tên chủ đề')).toBe('Lỗi - Những trường sau không hợp lệ: Mã, Tên chủ đề')
    expect(vietnameseMessage('Báo cáo mới phải ở trạng thái Dự thảo.')).toBe('Báo cáo mới phải ở trạng thái Dự thảo.')
    expect(vietnameseMessage('Some message of our own')).toBe('Some message of our own')
  })

  it('keeps the shape of the answer: errors[].message, field errors under data.errors, bulk messages', () => {
    const body = {
      errors: [{ name: 'ValidationError', message: 'The following field is invalid: code', data: { collection: 'topics', errors: [{ path: 'code', message: 'This field is required.' }] } }],
      message: 'Unable to delete 1 out of 1 Topic.',
    }
    expect(vietnameseErrorBody(body)).toEqual({
      errors: [{ name: 'ValidationError', message: 'Lỗi - Trường sau không hợp lệ: code', data: { collection: 'topics', errors: [{ path: 'code', message: 'Trường này là bắt buộc.' }] } }],
      message: vietnameseMessage('Unable to delete 1 out of 1 Topic.'),
    })
    expect(body.errors[0].message).toBe('The following field is invalid: code') // not changed in place
  })

  it('English only for a user who chose it (the language cookie), not for a browser’s Accept-Language', () => {
    expect(wantsEnglish('payload-token=x; payload-lng=en')).toBe(true)
    expect(wantsEnglish('payload-lng=vi')).toBe(false)
    expect(wantsEnglish('payload-lng=english')).toBe(false)
    expect(wantsEnglish(undefined)).toBe(false)
  })

  it('client errors Payload answers with a 500 get their 4xx', () => {
    expect(clientErrorOf({ message: 'Unexpected end of form' })?.status).toBe(400)
    expect(clientErrorOf({ name: 'SyntaxError', message: "Expected property name or '}' in JSON at position 1" })?.status).toBe(400)
    expect(clientErrorOf({ message: 'Cannot find field for path at _verificationToken' })?.status).toBe(404)
    expect(clientErrorOf({ name: 'TypeError', message: "Cannot read properties of undefined (reading 'id')" })).toBeNull()
    expect(clientErrorOf(undefined)).toBeNull()
  })
})
