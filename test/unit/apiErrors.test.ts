import { describe, expect, it } from 'vitest'

import type { FlattenedField } from 'payload'

import { clientErrorOf, detailedClientErrorBody, vietnameseErrorBody, vietnameseGraphQLMessage, vietnameseMessage, wantsEnglish, withFieldLabels, withoutSchemaHints } from '../../src/domain/apiErrors'
import { fieldLabel } from '../../src/lib/fieldLabels'

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

describe('refusals keep their reasons and name fields by label', () => {
  // A client error as the production build hands it over: its class name minified, not recognisable by instanceof.
  class w extends Error {
    constructor(
      message: string,
      public status: number,
      public data: unknown,
    ) {
      super(message)
    }
  }

  it('a 400 with field errors answers them under data.errors, named ValidationError', () => {
    const data = { collection: 'events', errors: [{ path: 'endAt', label: 'Kết thúc', message: 'Ngày kết thúc phải sau ngày bắt đầu.' }] }
    expect(detailedClientErrorBody(new w('Lỗi - Trường sau không hợp lệ: Kết thúc', 400, data))).toEqual({
      errors: [{ name: 'ValidationError', data, message: 'Lỗi - Trường sau không hợp lệ: Kết thúc' }],
    })
  })

  it('server errors and errors without details are left to Payload (their details may be private)', () => {
    expect(detailedClientErrorBody(new w('boom', 500, { errors: [] }))).toBeNull()
    expect(detailedClientErrorBody(new w('Không tìm thấy.', 404, null))).toBeNull()
    expect(detailedClientErrorBody(new Error('plain'))).toBeNull()
    expect(detailedClientErrorBody(undefined)).toBeNull()
  })

  const fields = [
    { name: 'endAt', type: 'date', label: { vi: 'Kết thúc', en: 'Ends' } },
    { name: 'venue', type: 'text', label: 'Nơi tổ chức' },
    { name: 'noLabel', type: 'text' },
    {
      name: 'attendanceByGroup',
      type: 'array',
      label: { vi: 'Số người theo nhóm', en: 'By group' },
      flattenedFields: [{ name: 'count', type: 'number', label: { vi: 'Số người', en: 'People' } }],
    },
  ] as unknown as FlattenedField[]

  it('a field’s label in the user’s language; nested fields as Payload words them, rows counted from 1', () => {
    expect(fieldLabel(fields, 'endAt')).toBe('Kết thúc')
    expect(fieldLabel(fields, 'endAt', 'en')).toBe('Ends')
    expect(fieldLabel(fields, 'venue')).toBe('Nơi tổ chức')
    expect(fieldLabel(fields, 'noLabel')).toBe('noLabel')
    expect(fieldLabel(fields, 'attendanceByGroup')).toBe('Số người theo nhóm')
    expect(fieldLabel(fields, 'attendanceByGroup.1.count')).toBe('Số người theo nhóm 2 > Số người')
    expect(fieldLabel(fields, 'file')).toBe('Tệp tải lên')
    expect(fieldLabel(fields, 'nothing.here')).toBeUndefined()
  })
})

describe('GraphQL’s own messages', () => {
  it('in Vietnamese, without the schema hints that would describe the schema to a guesser', () => {
    expect(vietnameseGraphQLMessage('Cannot query field "Plann" on type "Query". Did you mean "Plan" or "Plans"?')).toBe('Không có trường "Plann" trong kiểu "Query".')
    expect(vietnameseGraphQLMessage('The query exceeds the maximum complexity of 1000. Actual complexity is 1200')).toMatch(/^Truy vấn GraphQL quá nặng \(độ phức tạp 1200, tối đa 1000\)/)
    expect(vietnameseGraphQLMessage('Argument "data" has invalid value {title: "Kế hoạch"}.')).toBe('Tham số "data" có giá trị không hợp lệ.')
    expect(vietnameseGraphQLMessage('Field "mutationPlanInput.status" of required type "Plan_status_MutationInput!" was not provided.')).toBe('Thiếu trường bắt buộc "status".')
    expect(withoutSchemaHints('Unknown type "Pla". Did you mean "Plan"?')).toBe('Unknown type "Pla".')
  })

  it('any other English message gets a Vietnamese sentence first; Vietnamese messages stay as they are', () => {
    expect(vietnameseGraphQLMessage('Some new rule of graphql-js')).toBe('Yêu cầu GraphQL không hợp lệ: Some new rule of graphql-js')
    expect(vietnameseGraphQLMessage('Lỗi - Trường sau không hợp lệ: Năm')).toBe('Lỗi - Trường sau không hợp lệ: Năm')
    expect(vietnameseGraphQLMessage('Truy vấn GraphQL quá nặng')).toBe('Truy vấn GraphQL quá nặng')
  })

  it('a locked document, whatever the operation', () => {
    expect(vietnameseMessage('Document with ID 5 is currently locked by another user and cannot be deleted.')).toMatch(/^Tài liệu \(mã 5\) đang được người khác mở để sửa/)
    expect(vietnameseMessage('An unknown error occurred.')).toMatch(/^Đã xảy ra lỗi không xác định/)
  })
})

describe('field errors named by their labels', () => {
  const labelOf = (slug: string, path: string) => (slug === 'topics' && path === 'code' ? 'Mã' : undefined)

  it('labels the errors that carry only a path, in the list and in the headline', () => {
    const error = { message: 'Lỗi - Trường sau không hợp lệ: code', data: { collection: 'topics', errors: [{ path: 'code', message: 'Giá trị không được trùng lặp.' }] } }
    expect(withFieldLabels(error, labelOf)).toEqual({ message: 'Lỗi - Trường sau không hợp lệ: Mã', data: { collection: 'topics', errors: [{ path: 'code', label: 'Mã', message: 'Giá trị không được trùng lặp.' }] } })
  })

  it('keeps labels already there, paths without a label, and errors without field errors', () => {
    const labelled = { message: 'Lỗi - Trường sau không hợp lệ: Năm, other', data: { collection: 'topics', errors: [{ path: 'year', label: 'Năm' }, { path: 'other' }] } }
    expect(withFieldLabels(labelled, labelOf)).toEqual({ ...labelled, data: { ...labelled.data, errors: [{ path: 'year', label: 'Năm' }, { path: 'other', label: 'other' }] } })
    const plain = { message: 'Không tìm thấy.' }
    expect(withFieldLabels(plain, labelOf)).toBe(plain)
  })
})
