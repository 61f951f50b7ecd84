/**
 * The media library: what it takes, what it refuses, and that a refused upload leaves nothing
 * behind (no document, no file in the upload directory), through the Local API and through REST.
 */
import fs from 'node:fs'
import path from 'node:path'

import { REST_DELETE, REST_GET, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, MAX_UPLOAD_BYTES } from '../../src/domain/uploads'
import { expectFieldError, isRefused, seededPayload, userByEmail } from '../helpers'

let payload: Payload
let restGet: ReturnType<typeof REST_GET>
let restPost: ReturnType<typeof REST_POST>
let restDelete: ReturnType<typeof REST_DELETE>
let mediaDir: string
type U = Awaited<ReturnType<typeof userByEmail>>
let admin: U, editor: U, reviewer: U, coordinator: U, evaluator: U

/** Test files, made at test time: real images from sharp, a tiny real PDF, a minimal MP4. */
const FILES = {} as Record<'jpeg' | 'smallJpeg' | 'png' | 'webp' | 'pdf' | 'mp4' | 'hugePng', Buffer>

beforeAll(async () => {
  payload = await seededPayload()
  const config = import('../../payload.config').then((m) => m.default)
  restGet = REST_GET(config)
  restPost = REST_POST(config)
  restDelete = REST_DELETE(config)
  mediaDir = payload.collections.media.config.upload.staticDir!
  admin = await userByEmail(payload, 'admin@demo.loa')
  editor = await userByEmail(payload, 'editor@demo.loa')
  reviewer = await userByEmail(payload, 'reviewer@demo.loa')
  coordinator = await userByEmail(payload, 'ldld@demo.loa')
  evaluator = await userByEmail(payload, 'evaluator@demo.loa')

  const picture = (width: number, height: number) =>
    sharp({ create: { width, height, channels: 3, background: { r: 0, g: 94, b: 160 } } })
  FILES.jpeg = await picture(3000, 2000).jpeg().toBuffer()
  FILES.smallJpeg = await picture(640, 480).jpeg().toBuffer()
  FILES.png = await picture(900, 600).png().toBuffer()
  FILES.webp = await picture(900, 600).webp().toBuffer()
  FILES.pdf = tinyPdf()
  FILES.mp4 = minimalMp4()
  // 16000×16000 of one colour: 256 million pixels in well under a megabyte.
  FILES.hugePng = await sharp({ create: { width: 16000, height: 16000, channels: 3, background: '#005ea0' }, limitInputPixels: false })
    .png({ compressionLevel: 9 })
    .toBuffer()
})
afterAll(async () => {
  await payload?.destroy()
})

it('the upload directory is this test file’s own temp directory', () => {
  expect(mediaDir).toBe(path.resolve(process.env.LOA_MEDIA_DIR!))
  expect(path.relative(process.cwd(), mediaDir).startsWith('..')).toBe(true)
})

// ---------------------------------------------------------------------------------------------
// Fixtures and helpers

function tinyPdf(catalogExtra = '', extraObjects: string[] = []): Buffer {
  const objects = [
    `<< /Type /Catalog /Pages 2 0 R ${catalogExtra}>>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
    ...extraObjects,
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((o, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${o}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const o of offsets) body += `${String(o).padStart(10, '0')} 00000 n \n`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

/** An `ftyp` box (brand isom) and an empty `mdat`: the smallest file Payload's MP4 structure check accepts. */
function minimalMp4(): Buffer {
  const ftyp = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypisom'), Buffer.from([0, 0, 2, 0]), Buffer.from('isommp41')])
  const mdat = Buffer.concat([Buffer.from([0, 0, 0, 16]), Buffer.from('mdat'), Buffer.alloc(8)])
  return Buffer.concat([ftyp, mdat])
}

/** A buffer of `size` bytes that starts like a JPEG: enough for a size check, never decoded. */
function jpegOfSize(size: number): Buffer {
  const data = Buffer.alloc(size)
  FILES.jpeg.copy(data, 0, 0, Math.min(FILES.jpeg.length, size))
  return data
}

type Upload = { data: Buffer; name: string; mimetype: string }
const upload = (data: Buffer, name: string, mimetype: string): Upload => ({ data, name, mimetype })

function create(file: Upload, user: U | undefined, data: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'media',
    data: data as never,
    file: { ...file, size: file.data.length },
    overrideAccess: false,
    user,
  })
}

/** Replaces the file of a stored media document, as `user`. */
function replaceFile(id: number | string, file: Upload, user: U) {
  return payload.update({ collection: 'media', id, data: {}, file: { ...file, size: file.data.length }, overrideAccess: false, user })
}

/** Every file under the upload directory (it does not exist before the first upload). */
function storedFiles(): string[] {
  if (!fs.existsSync(mediaDir)) return []
  return fs.readdirSync(mediaDir, { recursive: true, encoding: 'utf8' }).sort()
}

const mediaCount = async () => (await payload.count({ collection: 'media' })).totalDocs

/** Runs a refused write, then checks no document and no file was added. */
async function nothingStoredAfter(refusal: () => Promise<void>) {
  const docs = await mediaCount()
  const files = storedFiles()
  await refusal()
  expect(await mediaCount()).toBe(docs)
  expect(storedFiles()).toEqual(files)
}

const BASE = 'http://localhost:3000'
const params = (p: string) => ({ params: Promise.resolve({ slug: p.replace(/^\/api\//, '').split('?')[0].split('/') }) })
const auth = (token?: string): Record<string, string> => (token ? { authorization: `JWT ${token}` } : {})

async function login(email: string): Promise<string> {
  const res = await restPost(
    new Request(`${BASE}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'loa-demo-2026' }),
    }),
    params('/api/users/login'),
  )
  expect(res.status).toBe(200)
  return (await res.json()).token
}

/** POST /api/media as the admin's upload form does: multipart with `_payload` (JSON) and `file`. */
function restUpload(file: Upload, data: Record<string, unknown>, token?: string) {
  const form = new FormData()
  form.append('_payload', JSON.stringify(data))
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
  return restPost(new Request(`${BASE}/api/media`, { method: 'POST', headers: auth(token), body: form }), params('/api/media'))
}

const restRead = (p: string, token?: string) => restGet(new Request(`${BASE}${p}`, { headers: auth(token) }), params(p))

/** The Vietnamese message a REST 400 gives for `field`. */
async function fieldMessage(res: Response, field: string): Promise<string | undefined> {
  const body = await res.json()
  const errors = (body.errors?.[0]?.data?.errors ?? []) as { path: string; message: string }[]
  return errors.find((e) => e.path === field)?.message
}

const ALT = 'Cán bộ BHXH tư vấn BHYT hộ gia đình cho người dân tại nhà văn hóa phường'

// ---------------------------------------------------------------------------------------------

describe('accepted uploads', () => {
  it('a JPEG with alt text is stored with a thumbnail, card, social (1200×630) and print size on disk', async () => {
    const doc = await create(upload(FILES.jpeg, 'hoi-nghi-bhyt.jpg', 'image/jpeg'), editor, { alt: ALT, credit: 'BHXH Hải Phòng' })
    expect(doc.mimeType).toBe('image/jpeg')
    expect([doc.width, doc.height]).toEqual([3000, 2000])
    expect(doc.isPublic).toBe(false)
    const expected = { thumbnail: [400, 300], card: [800, 450], social: [1200, 630], print: [2480, 1653] } as const
    for (const [name, [width, height]] of Object.entries(expected)) {
      const size = doc.sizes?.[name as keyof typeof expected]
      expect(size?.filename, name).toBeTruthy()
      expect([size?.width, size?.height], name).toEqual([width, height])
      const meta = await sharp(path.join(mediaDir, size!.filename!)).metadata()
      expect([meta.width, meta.height], name).toEqual([width, height])
    }
    expect(fs.existsSync(path.join(mediaDir, doc.filename!))).toBe(true)
  })

  it('a small image is never enlarged for print', async () => {
    const doc = await create(upload(FILES.smallJpeg, 'anh-nho.jpg', 'image/jpeg'), reviewer, { alt: ALT })
    expect([doc.sizes?.print?.width, doc.sizes?.print?.height]).toEqual([640, 480])
    expect([doc.sizes?.thumbnail?.width, doc.sizes?.thumbnail?.height]).toEqual([400, 300])
  })

  it('PNG and WebP images, a PDF and an MP4 clip; PDFs and videos need no alt text', async () => {
    expect((await create(upload(FILES.png, 'poster.png', 'image/png'), editor, { alt: ALT })).mimeType).toBe('image/png')
    expect((await create(upload(FILES.webp, 'banner.webp', 'image/webp'), editor, { alt: ALT })).mimeType).toBe('image/webp')
    const pdf = await create(upload(FILES.pdf, 'to-roi-bhxh-tu-nguyen.pdf', 'application/pdf'), admin)
    expect(pdf.mimeType).toBe('application/pdf')
    expect(fs.existsSync(path.join(mediaDir, pdf.filename!))).toBe(true)
    const mp4 = await create(upload(FILES.mp4, 'clip-30-giay.mp4', 'video/mp4'), editor, { caption: 'Clip ngắn' })
    expect(mp4.mimeType).toBe('video/mp4')
  })

  it('an editor cannot make a file public by hand: only the system does', async () => {
    const doc = await create(upload(FILES.png, 'cong-khai.png', 'image/png'), editor, { alt: ALT, isPublic: true })
    expect(doc.isPublic).toBe(false)
    await payload.update({ collection: 'media', id: doc.id, data: { isPublic: true }, overrideAccess: false, user: editor })
    expect((await payload.findByID({ collection: 'media', id: doc.id })).isPublic).toBe(false)
  })
})

describe('refused uploads leave nothing stored (Local API)', () => {
  it('an image without alt text', async () => {
    await nothingStoredAfter(() =>
      expectFieldError(create(upload(FILES.jpeg, 'khong-alt.jpg', 'image/jpeg'), editor), 'alt', /mô tả thay thế \(alt\)/),
    )
    await nothingStoredAfter(() =>
      expectFieldError(create(upload(FILES.png, 'alt-trong.png', 'image/png'), editor, { alt: '   ' }), 'alt', /mô tả thay thế/),
    )
  })

  it('an SVG', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    await nothingStoredAfter(() =>
      expectFieldError(create(upload(svg, 'logo.svg', 'image/svg+xml'), editor, { alt: ALT }), 'file', /Không nhận tệp SVG "logo.svg"/),
    )
  })

  it('a file named .png whose content is a JPEG', async () => {
    await nothingStoredAfter(() =>
      expectFieldError(
        create(upload(FILES.jpeg, 'anh.png', 'image/png'), editor, { alt: ALT }),
        'file',
        /^Tệp "anh.png" có nội dung không phải ảnh PNG mà là ảnh JPEG/,
      ),
    )
  })

  it('a text file renamed .pdf', async () => {
    const text = Buffer.from('Kế hoạch tuyên truyền BHXH, BHYT năm 2027 — bản nháp', 'utf8')
    await nothingStoredAfter(() =>
      expectFieldError(
        create(upload(text, 'ke-hoach.pdf', 'application/pdf'), editor),
        'file',
        /^Tệp "ke-hoach.pdf" có nội dung không phải tài liệu PDF/,
      ),
    )
  })

  it('an image over the image limit', async () => {
    await nothingStoredAfter(() =>
      expectFieldError(
        create(upload(jpegOfSize(MAX_IMAGE_BYTES + 1), 'qua-lon.jpg', 'image/jpeg'), editor, { alt: ALT }),
        'file',
        /vượt giới hạn 10 MB cho ảnh/,
      ),
    )
  })

  it('a type the library does not take', async () => {
    const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } }).gif().toBuffer()
    await nothingStoredAfter(() =>
      expectFieldError(create(upload(gif, 'dong.gif', 'image/gif'), editor, { alt: ALT }), 'file', /không thuộc loại được nhận/),
    )
  })

  it('replacing a stored image with an SVG, or clearing its alt text later, is refused and the original stays', async () => {
    const doc = await create(upload(FILES.png, 'se-thay.png', 'image/png'), editor, { alt: ALT })
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')
    await nothingStoredAfter(() =>
      expectFieldError(
        replaceFile(doc.id, upload(svg, 'moi.svg', 'image/svg+xml'), editor),
        'file',
        /Không nhận tệp SVG/,
      ),
    )
    await expectFieldError(
      payload.update({ collection: 'media', id: doc.id, data: { alt: '' }, overrideAccess: false, user: editor }),
      'alt',
      /mô tả thay thế/,
    )
    const after = await payload.findByID({ collection: 'media', id: doc.id })
    expect([after.filename, after.mimeType, after.alt]).toEqual([doc.filename, 'image/png', ALT])
  })

  it('a coordinator or an evaluator cannot upload, even a good file', async () => {
    for (const user of [coordinator, evaluator, undefined]) {
      await nothingStoredAfter(async () => {
        expect(await isRefused(create(upload(FILES.png, 'cua-don-vi.png', 'image/png'), user, { alt: ALT }))).toBe(true)
      })
    }
  })
})

describe('images too large to decode are refused from their header, before any resizing', () => {
  it('a 16000×16000 PNG of under 1 MB gets a Vietnamese error on the file, quickly, and nothing is stored', async () => {
    expect(FILES.hugePng.length).toBeLessThan(1024 * 1024)
    await nothingStoredAfter(async () => {
      const started = Date.now()
      await expectFieldError(
        create(upload(FILES.hugePng, 'bom-anh.png', 'image/png'), editor, { alt: ALT }),
        'file',
        /^Ảnh "bom-anh.png" có kích thước 16.000 × 16.000 điểm ảnh, cạnh dài vượt giới hạn 12.000 điểm ảnh/,
      )
      // Payload's resizing took 19 s on this image; reading the header takes milliseconds.
      expect(Date.now() - started).toBeLessThan(3000)
    })
  })

  it('an image over 50 million pixels with allowed sides, and the same as a replacement file; the original stays', async () => {
    const wide = await sharp({ create: { width: 10_000, height: 5_100, channels: 3, background: '#fff' } }).jpeg().toBuffer()
    await nothingStoredAfter(() =>
      expectFieldError(create(upload(wide, 'rong.jpg', 'image/jpeg'), admin, { alt: ALT }), 'file', /vượt giới hạn 50 triệu điểm ảnh/),
    )
    const doc = await create(upload(FILES.smallJpeg, 'giu-nguyen.jpg', 'image/jpeg'), editor, { alt: ALT })
    await nothingStoredAfter(() =>
      expectFieldError(
        replaceFile(doc.id, upload(FILES.hugePng, 'thay.png', 'image/png'), editor),
        'file',
        /16.000 × 16.000 điểm ảnh/,
      ),
    )
    const after = await payload.findByID({ collection: 'media', id: doc.id })
    expect([after.filename, after.width, after.height]).toEqual([doc.filename, 640, 480])
  })

  it('a 12 MP phone photo (4000×3000) is still stored with all its sizes', async () => {
    const photo = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#8a6' } }).jpeg().toBuffer()
    const doc = await create(upload(photo, 'dien-thoai.jpg', 'image/jpeg'), editor, { alt: ALT })
    expect([doc.width, doc.height]).toEqual([4000, 3000])
    expect([doc.sizes?.print?.width, doc.sizes?.social?.width]).toEqual([2480, 1200])
  })

  it('an image whose header cannot be read is refused on the file field', async () => {
    const broken = Buffer.concat([FILES.png.subarray(0, 16), Buffer.alloc(200)])
    await nothingStoredAfter(() =>
      expectFieldError(create(upload(broken, 'hong.png', 'image/png'), editor, { alt: ALT }), 'file', /^Không đọc được ảnh "hong.png"/),
    )
  })

  it('second line: the sharp Payload resizes with will not decode more than 50 million pixels', async () => {
    const resize = payload.config.sharp!
    await expect(resize(FILES.hugePng).resize(400).toBuffer()).rejects.toThrow(/pixel limit/)
    const justUnder = await sharp({ create: { width: 10_000, height: MAX_IMAGE_PIXELS / 10_000, channels: 3, background: '#fff' } }).png().toBuffer()
    expect((await resize(justUnder).resize(400).toBuffer({ resolveWithObject: true })).info.width).toBe(400)
  })
})

describe('REST', () => {
  it('an editor uploads an image through the API; an anonymous visitor cannot see it or its files', async () => {
    const token = await login('editor@demo.loa')
    const res = await restUpload(upload(FILES.png, 'qua-rest.png', 'image/png'), { alt: ALT }, token)
    expect(res.status).toBe(201)
    const { doc } = await res.json()
    expect(fs.existsSync(path.join(mediaDir, doc.filename))).toBe(true)

    expect([403, 404]).toContain((await restRead(`/api/media/${doc.id}`)).status)
    expect([403, 404]).toContain((await restRead(`/api/media/file/${doc.filename}`)).status)
    expect([403, 404]).toContain((await restRead(`/api/media/file/${doc.sizes.social.filename}`)).status)
    const list = await (await restRead('/api/media?limit=100')).json()
    expect(list.docs ?? []).toHaveLength(0)

    // Logged in, the same file is served.
    expect((await restRead(`/api/media/file/${doc.filename}`, token)).status).toBe(200)

    // Once a published material uses it (set by the system), anyone may fetch it.
    await payload.update({ collection: 'media', id: doc.id, data: { isPublic: true } })
    const pub = await restRead(`/api/media/file/${doc.filename}`)
    expect(pub.status).toBe(200)
    expect(pub.headers.get('content-type')).toBe('image/png')
    expect((await restRead(`/api/media/${doc.id}`)).status).toBe(200)
  })

  it('an SVG gets a 400 with the Vietnamese message, and nothing is stored', async () => {
    const token = await login('editor@demo.loa')
    await nothingStoredAfter(async () => {
      const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')
      const res = await restUpload(upload(svg, 'logo.svg', 'image/svg+xml'), { alt: ALT }, token)
      expect(res.status).toBe(400)
      expect(await fieldMessage(res, 'file')).toMatch(/Không nhận tệp SVG/)
    })
  })

  it('a 16000×16000 PNG gets a 400 with the Vietnamese message on the file field, and nothing is stored', async () => {
    const token = await login('editor@demo.loa')
    await nothingStoredAfter(async () => {
      const res = await restUpload(upload(FILES.hugePng, 'bom-anh.png', 'image/png'), { alt: ALT }, token)
      expect(res.status).toBe(400)
      expect(await fieldMessage(res, 'file')).toMatch(/16.000 × 16.000 điểm ảnh, cạnh dài vượt giới hạn 12.000 điểm ảnh/)
    })
  })

  it('a JPEG renamed .png and a text file renamed .pdf get a 400', async () => {
    const token = await login('reviewer@demo.loa')
    await nothingStoredAfter(async () => {
      const res = await restUpload(upload(FILES.jpeg, 'anh.png', 'image/png'), { alt: ALT }, token)
      expect(res.status).toBe(400)
      expect(await fieldMessage(res, 'file')).toMatch(/không phải ảnh PNG/)
    })
    await nothingStoredAfter(async () => {
      const res = await restUpload(upload(Buffer.from('chỉ là chữ'), 'bao-cao.pdf', 'application/pdf'), {}, token)
      expect(res.status).toBe(400)
      expect(await fieldMessage(res, 'file')).toMatch(/không phải tài liệu PDF/)
    })
  })

  it('a PDF that runs JavaScript when opened gets a 400 in Vietnamese, even with its names written as #xx escapes; nothing is stored', async () => {
    const token = await login('editor@demo.loa')
    const scripted = tinyPdf('/OpenAction 4 0 R ', ['<< /Type /Action /S /JavaScript /JS (app.alert("Trúng thưởng!")) >>'])
    const escaped = tinyPdf('/OpenAction 4 0 R ', ['<< /Type /Action /S /J#61vaScript /#4A#53 (app.launchURL("http://evil.example")) >>'])
    const onPageOpen = tinyPdf('', ['<< /Type /Page /Parent 2 0 R /AA << /O << /S /JavaScript /JS (1) >> >> >>'])
    for (const [data, name] of [[scripted, 'to-roi-js.pdf'], [escaped, 'to-roi-hex.pdf'], [onPageOpen, 'to-roi-aa.pdf']] as const) {
      await nothingStoredAfter(async () => {
        const res = await restUpload(upload(data, name, 'application/pdf'), {}, token)
        expect(res.status, name).toBe(400)
        expect(await fieldMessage(res, 'file')).toMatch(new RegExp(`^Không nhận tệp PDF "${name}": tệp chứa mã JavaScript`))
      })
    }
  })

  it('a PDF is served as a download (Content-Disposition: attachment), an image is still shown in the page', async () => {
    const token = await login('editor@demo.loa')
    const res = await restUpload(upload(FILES.pdf, 'quyet-dinh.pdf', 'application/pdf'), {}, token)
    expect(res.status).toBe(201)
    const { doc } = await res.json()
    const file = await restRead(`/api/media/file/${doc.filename}`, token)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('application/pdf')
    expect(file.headers.get('content-disposition')).toBe('attachment')
    expect(Buffer.from(await file.arrayBuffer()).equals(FILES.pdf)).toBe(true)
    // A range request (how browsers fetch large PDFs piece by piece) gets the same header.
    const part = await restGet(new Request(`${BASE}/api/media/file/${doc.filename}`, { headers: { ...auth(token), range: 'bytes=0-7' } }), params(`/api/media/file/${doc.filename}`))
    expect(part.status).toBe(206)
    expect(part.headers.get('content-disposition')).toBe('attachment')

    const image = await (await restUpload(upload(FILES.smallJpeg, 'anh-trang.jpg', 'image/jpeg'), { alt: ALT }, token)).json()
    const shown = await restRead(`/api/media/file/${image.doc.filename}`, token)
    expect(shown.status).toBe(200)
    expect(shown.headers.get('content-disposition')).toBeNull()
  })

  it('an image without alt text gets a 400 on the alt field', async () => {
    const token = await login('editor@demo.loa')
    await nothingStoredAfter(async () => {
      const res = await restUpload(upload(FILES.webp, 'khong-alt.webp', 'image/webp'), {}, token)
      expect(res.status).toBe(400)
      expect(await fieldMessage(res, 'alt')).toMatch(/mô tả thay thế/)
    })
  })

  it('an image over its kind’s limit gets a 400; a file over the largest limit is cut off with a 413', async () => {
    const token = await login('editor@demo.loa')
    await nothingStoredAfter(async () => {
      const res = await restUpload(upload(jpegOfSize(MAX_IMAGE_BYTES + 1), 'qua-lon.jpg', 'image/jpeg'), { alt: ALT }, token)
      expect(res.status).toBe(400)
      expect(await fieldMessage(res, 'file')).toMatch(/vượt giới hạn 10 MB cho ảnh/)
    })
    await nothingStoredAfter(async () => {
      const data = Buffer.alloc(MAX_UPLOAD_BYTES + 1)
      minimalMp4().copy(data)
      const res = await restUpload(upload(data, 'phim-dai.mp4', 'video/mp4'), {}, token)
      expect(res.status).toBe(413)
      expect(JSON.stringify(await res.json())).toMatch(/vượt giới hạn 100 MB/)
    })
  })

  it('a create that names a URL instead of sending a file is refused: the server fetches nothing', async () => {
    const token = await login('editor@demo.loa')
    await nothingStoredAfter(async () => {
      const res = await restPost(
        new Request(`${BASE}/api/media`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...auth(token) },
          body: JSON.stringify({ alt: ALT, filename: 'x.png', url: 'http://203.0.113.9/x.png' }),
        }),
        params('/api/media'),
      )
      expect(res.status).toBe(400)
      expect(await fieldMessage(res, 'file')).toMatch(/không tải tệp từ địa chỉ URL/)
    })
  })

  it('a coordinator gets a 403', async () => {
    const token = await login('ldld@demo.loa')
    await nothingStoredAfter(async () => {
      const res = await restUpload(upload(FILES.png, 'cua-don-vi.png', 'image/png'), { alt: ALT }, token)
      expect(res.status).toBe(403)
    })
  })
})

describe('deleting', () => {
  it('a reviewer cannot delete a file; an editor can, and its stored files go with it', async () => {
    const doc = await create(upload(FILES.jpeg, 'se-xoa.jpg', 'image/jpeg'), editor, { alt: ALT })
    const files = [doc.filename!, ...Object.values(doc.sizes ?? {}).map((s) => s!.filename!)]
    for (const f of files) expect(fs.existsSync(path.join(mediaDir, f))).toBe(true)

    expect(await isRefused(payload.delete({ collection: 'media', id: doc.id, overrideAccess: false, user: reviewer }))).toBe(true)
    expect(await isRefused(payload.delete({ collection: 'media', id: doc.id, overrideAccess: false, user: coordinator }))).toBe(true)

    const token = await login('editor@demo.loa')
    const res = await restDelete(
      new Request(`${BASE}/api/media/${doc.id}`, { method: 'DELETE', headers: auth(token) }),
      params(`/api/media/${doc.id}`),
    )
    expect(res.status).toBe(200)
    for (const f of files) expect(fs.existsSync(path.join(mediaDir, f))).toBe(false)
  })
})
