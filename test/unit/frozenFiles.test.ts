import { describe, expect, it } from 'vitest'

import { changedFileFields, freezesItsFiles, frozenFileRefusal, type FileUser } from '../../src/domain/frozenFiles'

const stored = {
  id: 7,
  alt: 'Cán bộ BHXH tư vấn tại nhà văn hóa',
  caption: null,
  credit: 'BHXH Hải Phòng',
  focalX: 50,
  focalY: 50,
  filename: 'tu-van.jpg',
  isPublic: true,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-02T00:00:00.000Z',
}

const item = (title: string, status: FileUser['status'], publication: FileUser['publication'] = 'not_public'): FileUser => ({ title, status, publication })

describe('which items freeze their files', () => {
  it('every status in which the item itself is frozen: in review, approved, retired; never a draft', () => {
    expect(freezesItsFiles('draft')).toBe(false)
    for (const status of ['in_review', 'approved', 'retired'] as const) expect(freezesItsFiles(status)).toBe(true)
  })
})

describe('what a write changes on a stored file', () => {
  it('a save that re-sends what is stored changes nothing (the admin sends every field back)', () => {
    expect(changedFileFields({ ...stored, focalX: '50', updatedAt: '2027-01-01T00:00:00.000Z' }, stored)).toEqual([])
    expect(changedFileFields({ caption: '' }, stored)).toEqual([])
  })

  it('alt text, caption, credit and the focal point are changes', () => {
    expect(changedFileFields({ alt: 'Mô tả khác' }, stored)).toEqual(['alt'])
    expect(changedFileFields({ caption: 'Chú thích', credit: 'Khác' }, stored)).toEqual(['caption', 'credit'])
    expect(changedFileFields({ focalX: 20 }, stored)).toEqual(['focalX'])
  })

  it('a new file, a crop, a new size or a moved focal point re-cuts the file', () => {
    expect(changedFileFields({}, stored, { newFile: true })).toEqual(['file'])
    expect(changedFileFields({ alt: 'Khác' }, stored, { newFile: true })).toEqual(['file', 'alt'])
    expect(changedFileFields({}, stored, { edits: { crop: { x: 0, y: 0, width: 10, height: 10 } } })).toEqual(['file'])
    expect(changedFileFields({}, stored, { edits: { widthInPixels: 300 } })).toEqual(['file'])
    expect(changedFileFields({}, stored, { edits: { focalPoint: { x: 10, y: 50 } } })).toEqual(['file'])
    expect(changedFileFields({}, stored, { edits: { focalPoint: { x: '50', y: 50 } } })).toEqual([])
  })
})

describe('the refusal', () => {
  it('none while only drafts use the file', () => {
    expect(frozenFileRefusal('change', [])).toBeNull()
    expect(frozenFileRefusal('delete', [item('Bản nháp', 'draft')])).toBeNull()
  })

  it('names the approved item first, how it stands, and the way to a new file: "Tạo phiên bản mới"', () => {
    const message = frozenFileRefusal('change', [item('Tờ gấp cũ', 'retired'), item('Infographic BHYT hộ gia đình', 'approved', 'public'), item('Nháp', 'draft')])!
    expect(message).toContain('"Infographic BHYT hộ gia đình" (Đã duyệt, đang công khai) và 1 nội dung khác')
    expect(message).toContain('không được thay tệp hay sửa thông tin tệp')
    expect(message).toContain('"Tạo phiên bản mới"')
    expect(message).toMatch(/\(This file is used by the material .* cannot be replaced or edited/)
  })

  it('a scheduled item is named as scheduled; a deletion is refused in its own words', () => {
    const message = frozenFileRefusal('delete', [item('Video lên lịch', 'approved', 'scheduled')])!
    expect(message).toContain('(Đã duyệt, đã lên lịch đăng)')
    expect(message).toContain('không được xóa')
    expect(message).toContain('cannot be deleted')
  })

  it('an item in review: back to draft first, no new version', () => {
    const message = frozenFileRefusal('change', [item('Sổ tay chờ duyệt', 'in_review')])!
    expect(message).toContain('(Chờ duyệt)')
    expect(message).toContain('rút tài liệu về bản nháp')
    expect(message).not.toContain('Tạo phiên bản mới')
  })
})

describe('a retired item', () => {
  it('keeps its files for the record; a new file still goes through "Tạo phiên bản mới"', () => {
    const message = frozenFileRefusal('delete', [item('Tờ gấp năm 2026', 'retired')])!
    expect(message).toContain('(Ngừng sử dụng)')
    expect(message).toContain('giữ làm hồ sơ')
    expect(message).toContain('"Tạo phiên bản mới"')
  })
})
