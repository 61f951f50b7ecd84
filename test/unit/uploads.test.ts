import { describe, expect, it } from 'vitest'

import {
  ACCEPTED_MIME_TYPES,
  imageDimensionsRejection,
  isImageMimeType,
  MAX_IMAGE_BYTES,
  MAX_IMAGE_PIXELS,
  MAX_IMAGE_SIDE,
  MAX_PDF_BYTES,
  MAX_UPLOAD_BYTES,
  MAX_VIDEO_BYTES,
  uploadKindOf,
  uploadRejection,
} from '../../src/domain/uploads'

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)))

const HEAD = {
  jpeg: bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF', [0, 1, 1, 0, 0, 1]),
  png: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR'),
  webp: bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '),
  pdf: bytes('%PDF-1.7\n%âãÏÓ\n'),
  mp4: bytes([0, 0, 0, 0x18], 'ftypisom', [0, 0, 2, 0]),
  mov: bytes([0, 0, 0, 0x14], 'ftypqt  ', [0, 0, 2, 0]),
  text: bytes('Kế hoạch tuyên truyền'),
  svg: bytes('<svg xmlns="http://www.w3.org/2000/svg"></svg>'),
}

const file = (name: string, mimeType: string, head: Uint8Array, size = 50_000) => ({ name, mimeType, size, head })

describe('uploadRejection: accepted files', () => {
  it.each([
    ['anh-tuyen-truyen.jpg', 'image/jpeg', HEAD.jpeg],
    ['ANH.JPEG', 'image/jpeg', HEAD.jpeg],
    ['poster.png', 'image/png', HEAD.png],
    ['banner.webp', 'image/webp', HEAD.webp],
    ['to-roi-bhyt.pdf', 'application/pdf', HEAD.pdf],
    ['clip-ngan.mp4', 'video/mp4', HEAD.mp4],
  ])('%s (%s)', (name, mimeType, head) => {
    expect(uploadRejection(file(name, mimeType, head))).toBeNull()
  })

  it('takes the older names browsers give JPEG and a charset suffix', () => {
    expect(uploadRejection(file('a.jpg', 'image/jpg', HEAD.jpeg))).toBeNull()
    expect(uploadRejection(file('a.jpg', 'image/pjpeg', HEAD.jpeg))).toBeNull()
    expect(uploadRejection(file('a.pdf', 'application/pdf; charset=binary', HEAD.pdf))).toBeNull()
  })

  it('takes a file exactly at its kind’s limit', () => {
    expect(uploadRejection(file('a.jpg', 'image/jpeg', HEAD.jpeg, MAX_IMAGE_BYTES))).toBeNull()
    expect(uploadRejection(file('a.pdf', 'application/pdf', HEAD.pdf, MAX_PDF_BYTES))).toBeNull()
    expect(uploadRejection(file('a.mp4', 'video/mp4', HEAD.mp4, MAX_VIDEO_BYTES))).toBeNull()
  })
})

describe('uploadRejection: refused files', () => {
  it('an SVG, whatever it is called or declared as', () => {
    expect(uploadRejection(file('logo.svg', 'image/svg+xml', HEAD.svg))).toMatch(/^Không nhận tệp SVG "logo.svg"/)
    expect(uploadRejection(file('logo.SVG', 'image/png', HEAD.png))).toMatch(/Không nhận tệp SVG/)
    expect(uploadRejection(file('logo.png', 'image/svg+xml', HEAD.png))).toMatch(/Không nhận tệp SVG/)
  })

  it('an SVG renamed .png is refused for its content', () => {
    expect(uploadRejection(file('logo.png', 'image/png', HEAD.svg))).toBe(
      'Tệp "logo.png" có nội dung không phải ảnh PNG. (The content is not a PNG image.)',
    )
  })

  it('a type the library does not take, or no extension at all', () => {
    for (const [name, mimeType] of [
      ['hinh.gif', 'image/gif'],
      ['bao-cao.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['trang.html', 'text/html'],
      ['clip.mov', 'video/quicktime'],
      ['khong-duoi', 'application/octet-stream'],
    ]) {
      expect(uploadRejection(file(name, mimeType, HEAD.text))).toMatch(/không thuộc loại được nhận.*JPEG, PNG, WebP, tài liệu PDF và video MP4/)
    }
  })

  it('a declared type that does not match the extension', () => {
    expect(uploadRejection(file('anh.png', 'image/jpeg', HEAD.png))).toBe(
      'Tệp "anh.png" được gửi với kiểu "image/jpeg", không khớp với đuôi .png (ảnh PNG). ' +
        '(The declared type does not match the .png extension.)',
    )
    expect(uploadRejection(file('tai-lieu.pdf', 'text/plain', HEAD.pdf))).toMatch(/kiểu "text\/plain", không khớp với đuôi .pdf/)
    expect(uploadRejection(file('tai-lieu.pdf', '', HEAD.pdf))).toMatch(/kiểu "không rõ"/)
  })

  it('content that is not what the extension says, naming what it is when known', () => {
    expect(uploadRejection(file('anh.png', 'image/png', HEAD.jpeg))).toBe(
      'Tệp "anh.png" có nội dung không phải ảnh PNG mà là ảnh JPEG. (The content is not a PNG image; it is a JPEG image.)',
    )
    expect(uploadRejection(file('to-roi.pdf', 'application/pdf', HEAD.text))).toBe(
      'Tệp "to-roi.pdf" có nội dung không phải tài liệu PDF. (The content is not a PDF document.)',
    )
    expect(uploadRejection(file('anh.webp', 'image/webp', bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt ')))).toMatch(/không phải ảnh WebP/)
    expect(uploadRejection(file('anh.jpg', 'image/jpeg', new Uint8Array(0)))).toMatch(/không phải ảnh JPEG/)
  })

  it('a QuickTime or other ISO media file named .mp4', () => {
    expect(uploadRejection(file('clip.mp4', 'video/mp4', HEAD.mov))).toMatch(/không phải video MP4/)
    expect(uploadRejection(file('anh.mp4', 'video/mp4', bytes([0, 0, 0, 0x1c], 'ftypavif')))).toMatch(/không phải video MP4/)
  })

  it('a file over its kind’s limit, with sizes in Vietnamese notation', () => {
    expect(uploadRejection(file('anh.jpg', 'image/jpeg', HEAD.jpeg, MAX_IMAGE_BYTES + 1))).toBe(
      'Tệp "anh.jpg" nặng 10,1 MB, vượt giới hạn 10 MB cho ảnh. (Too large: images may be at most 10 MB.)',
    )
    expect(uploadRejection(file('a.pdf', 'application/pdf', HEAD.pdf, 30 * 1024 * 1024))).toMatch(/nặng 30 MB, vượt giới hạn 25 MB cho tài liệu PDF/)
    expect(uploadRejection(file('a.mp4', 'video/mp4', HEAD.mp4, MAX_VIDEO_BYTES + 1))).toMatch(/vượt giới hạn 100 MB cho video/)
  })

  it('an empty file', () => {
    expect(uploadRejection(file('anh.jpg', 'image/jpeg', HEAD.jpeg, 0))).toBe('Tệp "anh.jpg" rỗng. (The file is empty.)')
  })
})

describe('limits and types', () => {
  it('images are the smallest kind, videos the largest, and the request-wide limit covers every kind', () => {
    expect(MAX_IMAGE_BYTES).toBeLessThan(MAX_PDF_BYTES)
    expect(MAX_PDF_BYTES).toBeLessThan(MAX_VIDEO_BYTES)
    expect(MAX_UPLOAD_BYTES).toBe(MAX_VIDEO_BYTES)
  })

  it('accepts exactly the five formats, three of them images', () => {
    expect(ACCEPTED_MIME_TYPES).toEqual(['image/jpeg', 'image/png', 'image/webp', 'application/pdf', 'video/mp4'])
    expect(ACCEPTED_MIME_TYPES.filter(isImageMimeType)).toEqual(['image/jpeg', 'image/png', 'image/webp'])
    expect(isImageMimeType('image/svg+xml')).toBe(false)
    expect(isImageMimeType(undefined)).toBe(false)
  })
})

describe('imageDimensionsRejection: how many pixels an image may decode to', () => {
  it.each([
    ['a phone photo, 4000×3000', 4000, 3000],
    ['a 48 MP phone photo, 8064×6048', 8064, 6048],
    ['the seed’s 1200×630 cards', 1200, 630],
    ['a 12000×4000 panorama', 12000, 4000],
    ['a one-pixel strip 12000 long', 1, 12000],
  ])('accepts %s', (_, width, height) => {
    expect(imageDimensionsRejection('anh.jpg', { width, height })).toBeNull()
  })

  it('refuses the 16000×16000 PNG that kept sharp busy for 19 s, naming its size in Vietnamese', () => {
    expect(imageDimensionsRejection('bom.png', { width: 16000, height: 16000 })).toBe(
      'Ảnh "bom.png" có kích thước 16.000 × 16.000 điểm ảnh, cạnh dài vượt giới hạn 12.000 điểm ảnh. Hãy thu nhỏ ảnh rồi tải lên lại. ' +
        '(Too large: an image side may be at most 12000 px.)',
    )
  })

  it('refuses more than 50 million pixels even when each side is allowed', () => {
    expect(MAX_IMAGE_PIXELS).toBe(50_000_000)
    expect(imageDimensionsRejection('anh.png', { width: 10_000, height: 5_001 })).toMatch(/^Ảnh "anh.png" có kích thước 10.000 × 5.001 điểm ảnh, vượt giới hạn 50 triệu điểm ảnh/)
    expect(imageDimensionsRejection('anh.png', { width: 10_000, height: 5_000 })).toBeNull()
  })

  it('refuses a side longer than the limit, however thin', () => {
    expect(imageDimensionsRejection('dai.webp', { width: MAX_IMAGE_SIDE + 1, height: 1 })).toMatch(/cạnh dài vượt giới hạn 12.000 điểm ảnh/)
  })

  it('counts every frame of an animated image: sharp decodes them all', () => {
    expect(imageDimensionsRejection('dong.webp', { width: 4000, height: 3000, pages: 4 })).toBeNull()
    expect(imageDimensionsRejection('dong.webp', { width: 4000, height: 3000, pages: 5 })).toMatch(/4.000 × 3.000 điểm ảnh, 5 khung hình, vượt giới hạn 50 triệu/)
  })

  it('refuses an image whose size cannot be read', () => {
    expect(imageDimensionsRejection('hong.jpg', { width: 0, height: 0 })).toMatch(/Không đọc được kích thước ảnh "hong.jpg"/)
  })

  it('knows an image by its name', () => {
    expect([uploadKindOf('Anh.JPEG'), uploadKindOf('a.webp'), uploadKindOf('a.pdf'), uploadKindOf('a.mp4'), uploadKindOf('a.gif')]).toEqual(['image', 'image', 'pdf', 'video', null])
  })
})
