/**
 * Which files the media library accepts: the five formats, a size limit per kind, a check that
 * a file's first bytes are what its extension and declared type say, and a bound on image pixels.
 *
 * The content check is a few hand-written magic-byte tests rather than the `file-type` library:
 * Payload already runs `file-type` on every upload (its checkFileRestrictions rejects detected
 * types outside the collection's `mimeTypes`, and checks PDF and MP4 structure), but `file-type`
 * is only Payload's dependency, not ours, and it does not compare the content with the file's
 * extension. This check is the stricter one, runs first, and answers in Vietnamese.
 */

export type UploadKind = 'image' | 'pdf' | 'video'

const MB = 1024 * 1024

export const MAX_IMAGE_BYTES = 10 * MB
export const MAX_PDF_BYTES = 25 * MB
/** A few minutes of 720p: the library takes short clips, not programmes. */
export const MAX_VIDEO_BYTES = 100 * MB
/** The largest file any kind may be: the request-wide limit Payload enforces before our checks. */
export const MAX_UPLOAD_BYTES = Math.max(MAX_IMAGE_BYTES, MAX_PDF_BYTES, MAX_VIDEO_BYTES)

/**
 * The most pixels an image may decode to (all frames of an animated WebP counted): 50 million.
 * A file's size says little about this: a 16000×16000 PNG of one colour is 0.75 MB and kept sharp
 * busy for 19 s and 0.26 GB. Phone photos (12–48 MP) pass; the largest size Loa makes is A4 print
 * at 300 dpi (2480 px across, about 9 MP).
 */
export const MAX_IMAGE_PIXELS = 50_000_000
/**
 * The longest side an image may have. Panoramas up to 12000 px pass; a strip much longer than that
 * makes sharp's cover crops (thumbnail, card, social) fail or run long.
 */
export const MAX_IMAGE_SIDE = 12_000

/** How many leading bytes `uploadRejection` needs to recognise a format. */
export const SNIFF_BYTES = 16

const KIND_LIMITS: Record<UploadKind, { maxBytes: number; vi: string; en: string }> = {
  image: { maxBytes: MAX_IMAGE_BYTES, vi: 'ảnh', en: 'images' },
  pdf: { maxBytes: MAX_PDF_BYTES, vi: 'tài liệu PDF', en: 'PDF documents' },
  video: { maxBytes: MAX_VIDEO_BYTES, vi: 'video', en: 'videos' },
}

type Format = {
  kind: UploadKind
  mimeType: string
  /** Other names browsers and tools give the same type. */
  mimeAliases?: string[]
  extensions: string[]
  vi: string
  en: string
  matches: (head: Uint8Array) => boolean
}

const bytesAt = (head: Uint8Array, offset: number, expected: number[]) =>
  head.length >= offset + expected.length && expected.every((b, i) => head[offset + i] === b)
const asciiAt = (head: Uint8Array, offset: number, text: string) =>
  bytesAt(head, offset, [...text].map((c) => c.charCodeAt(0)))
const ascii = (head: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...head.subarray(from, Math.min(to, head.length)))

/**
 * Major brands of ISO media files that are MP4 video. QuickTime (`qt  `), M4V, audio (M4A),
 * 3GP and HEIF/AVIF images also start with `ftyp` but are other formats.
 */
const MP4_BRANDS = new Set(['isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'dash', 'mmp4', 'MSNV'])

const FORMATS: Format[] = [
  {
    kind: 'image',
    mimeType: 'image/jpeg',
    mimeAliases: ['image/jpg', 'image/pjpeg'],
    extensions: ['jpg', 'jpeg'],
    vi: 'ảnh JPEG',
    en: 'a JPEG image',
    matches: (h) => bytesAt(h, 0, [0xff, 0xd8, 0xff]),
  },
  {
    kind: 'image',
    mimeType: 'image/png',
    extensions: ['png'],
    vi: 'ảnh PNG',
    en: 'a PNG image',
    matches: (h) => bytesAt(h, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  {
    kind: 'image',
    mimeType: 'image/webp',
    extensions: ['webp'],
    vi: 'ảnh WebP',
    en: 'a WebP image',
    matches: (h) => asciiAt(h, 0, 'RIFF') && asciiAt(h, 8, 'WEBP'),
  },
  {
    kind: 'pdf',
    mimeType: 'application/pdf',
    extensions: ['pdf'],
    vi: 'tài liệu PDF',
    en: 'a PDF document',
    matches: (h) => asciiAt(h, 0, '%PDF-'),
  },
  {
    kind: 'video',
    mimeType: 'video/mp4',
    extensions: ['mp4'],
    vi: 'video MP4',
    en: 'an MP4 video',
    matches: (h) => asciiAt(h, 4, 'ftyp') && MP4_BRANDS.has(ascii(h, 8, 12)),
  },
]

/** The MIME types the media collection accepts (Payload's own `mimeTypes` check uses the same list). */
export const ACCEPTED_MIME_TYPES = FORMATS.map((f) => f.mimeType)

const IMAGE_MIME_TYPES = new Set(FORMATS.filter((f) => f.kind === 'image').map((f) => f.mimeType))

export function isImageMimeType(mimeType: string | null | undefined): boolean {
  return IMAGE_MIME_TYPES.has(mimeTypeEssence(mimeType))
}

/** The kind a file name's extension says (after uploadRejection, also what its content is), or null. */
export function uploadKindOf(fileName: string): UploadKind | null {
  const extension = extensionOf(fileName)
  return FORMATS.find((f) => f.extensions.includes(extension))?.kind ?? null
}

export type UploadCandidate = {
  /** The file name as uploaded. */
  name: string
  /** The MIME type the client declared. */
  mimeType: string
  /** Size in bytes. */
  size: number
  /** The file's first bytes (at least SNIFF_BYTES when the file is that long). */
  head: Uint8Array
}

/**
 * Why the media library refuses this file (a Vietnamese message, English in parentheses),
 * or null when it is accepted.
 */
export function uploadRejection(file: UploadCandidate): string | null {
  const name = `"${file.name}"`
  const extension = extensionOf(file.name)
  const declared = mimeTypeEssence(file.mimeType)

  if (extension === 'svg' || extension === 'svgz' || declared === 'image/svg+xml') {
    return (
      `Không nhận tệp SVG ${name}: ảnh SVG có thể chứa mã chạy trong trình duyệt. Hãy dùng ảnh PNG, JPEG hoặc WebP. ` +
      '(SVG files are not accepted; use PNG, JPEG or WebP.)'
    )
  }

  const format = FORMATS.find((f) => f.extensions.includes(extension))
  if (!format) {
    return (
      `Tệp ${name} không thuộc loại được nhận. Thư viện chỉ nhận ảnh JPEG, PNG, WebP, tài liệu PDF và video MP4. ` +
      '(File type not accepted: only JPEG, PNG, WebP, PDF and MP4.)'
    )
  }

  if (declared !== format.mimeType && !format.mimeAliases?.includes(declared)) {
    return (
      `Tệp ${name} được gửi với kiểu "${declared || 'không rõ'}", không khớp với đuôi .${extension} (${format.vi}). ` +
      `(The declared type does not match the .${extension} extension.)`
    )
  }

  if (file.size <= 0) return `Tệp ${name} rỗng. (The file is empty.)`

  const limit = KIND_LIMITS[format.kind]
  if (file.size > limit.maxBytes) {
    return (
      `Tệp ${name} nặng ${megabytes(file.size)} MB, vượt giới hạn ${megabytes(limit.maxBytes)} MB cho ${limit.vi}. ` +
      `(Too large: ${limit.en} may be at most ${limit.maxBytes / MB} MB.)`
    )
  }

  if (!format.matches(file.head)) {
    const actual = FORMATS.find((f) => f.matches(file.head))
    const what = actual ? ` mà là ${actual.vi}` : ''
    return (
      `Tệp ${name} có nội dung không phải ${format.vi}${what}. ` +
      `(The content is not ${format.en}${actual ? `; it is ${actual.en}` : ''}.)`
    )
  }

  return null
}

export type ImageDimensions = {
  width: number
  height: number
  /** Frames of an animated image; sharp decodes them all. */
  pages?: number
}

/**
 * Why the media library refuses an image of this size (Vietnamese, English in parentheses), or null.
 * Decided from the header alone, before anything decodes the pixels.
 */
export function imageDimensionsRejection(fileName: string, { width, height, pages }: ImageDimensions): string | null {
  const name = `"${fileName}"`
  const frames = Math.max(1, pages ?? 1)
  if (!(width > 0 && height > 0)) return `Không đọc được kích thước ảnh ${name}. (The image's size cannot be read.)`
  const size = `${width.toLocaleString('vi-VN')} × ${height.toLocaleString('vi-VN')} điểm ảnh${frames > 1 ? `, ${frames} khung hình` : ''}`
  const shrink = 'Hãy thu nhỏ ảnh rồi tải lên lại.'
  if (Math.max(width, height) > MAX_IMAGE_SIDE) {
    return (
      `Ảnh ${name} có kích thước ${size}, cạnh dài vượt giới hạn ${MAX_IMAGE_SIDE.toLocaleString('vi-VN')} điểm ảnh. ${shrink} ` +
      `(Too large: an image side may be at most ${MAX_IMAGE_SIDE} px.)`
    )
  }
  if (width * height * frames > MAX_IMAGE_PIXELS) {
    return (
      `Ảnh ${name} có kích thước ${size}, vượt giới hạn ${MAX_IMAGE_PIXELS / 1_000_000} triệu điểm ảnh. ${shrink} ` +
      `(Too large: images may have at most ${MAX_IMAGE_PIXELS / 1_000_000} megapixels.)`
    )
  }
  return null
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot < 0 ? '' : name.slice(dot + 1).trim().toLowerCase()
}

function mimeTypeEssence(mimeType: string | null | undefined): string {
  return (mimeType ?? '').split(';', 1)[0].trim().toLowerCase()
}

/** Megabytes with one decimal, written the Vietnamese way (12,5); rounded up, so a file just over a limit never reads as equal to it. */
function megabytes(bytes: number): string {
  return (Math.ceil((bytes / MB) * 10) / 10).toLocaleString('vi-VN')
}
