/**
 * Published material changes only through review (issue 12, item 3): a file used by a material that
 * has left its draft — in review, approved (scheduled, public or expired) or retired — is frozen
 * with it. Nobody, admins included, replaces it, re-cuts it, edits its alt text or caption, or
 * deletes it: not by REST (by id or in bulk with `where`), GraphQL or the Local API. A new file
 * goes into a new version of the material; a duplicate of the file is a new, free file.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  apiRoutes,
  authHeader,
  callEndpoint,
  expectFieldError,
  graphqlCall,
  restCall,
  restFieldMessages,
  seededPayload,
  userByEmail,
  type ApiRoutes,
} from '../helpers'

type Id = number | string
type U = Awaited<ReturnType<typeof userByEmail>>
let payload: Payload
let routes: ApiRoutes
let editor: U, reviewer: U, admin: U
const AUTH: Record<'editor' | 'admin' | 'anonymous', Record<string, string>> = { editor: {}, admin: {}, anonymous: {} }
let refs: Record<string, unknown>
let mediaDir: string

const as = (user: U) => ({ overrideAccess: false, user, depth: 0 })

beforeAll(async () => {
  payload = await seededPayload()
  routes = apiRoutes()
  mediaDir = payload.collections.media.config.upload.staticDir!
  editor = await userByEmail(payload, 'editor@demo.loa')
  reviewer = await userByEmail(payload, 'reviewer@demo.loa')
  admin = await userByEmail(payload, 'admin@demo.loa')
  AUTH.editor = await authHeader(payload, 'editor@demo.loa')
  AUTH.admin = await authHeader(payload, 'admin@demo.loa')
  const law = await payload.create({
    collection: 'legal-documents',
    data: { number: 'TEP-1/2026', kind: 'law', title: 'Luật thử về tệp', issuer: 'Quốc hội', status: 'in_force' },
  })
  const group = (await payload.find({ collection: 'audience-groups', where: { code: { equals: '4' } }, limit: 1 })).docs[0]
  const topic = (await payload.find({ collection: 'topics', where: { code: { equals: 'ND3' } }, limit: 1 })).docs[0]
  refs = { audienceGroups: [group.id], topics: [topic.id], legalBasis: [{ document: law.id }] }
})
afterAll(async () => {
  await payload?.destroy()
})

async function png(colour: { r: number; g: number; b: number }) {
  return sharp({ create: { width: 320, height: 200, channels: 3, background: colour } }).png().toBuffer()
}

let uploads = 0
async function image(alt = 'Cán bộ BHXH tư vấn BHYT hộ gia đình tại nhà văn hóa') {
  const data = await png({ r: 0, g: 94, b: 160 })
  return payload.create({
    collection: 'media',
    data: { alt },
    file: { data, mimetype: 'image/png', name: `anh-${++uploads}.png`, size: data.length },
    ...as(editor),
  })
}

async function material(title: string, cover: Id, extra: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'materials',
    data: { title, kind: 'infographic', summary: 'Tóm tắt.', cover, files: [cover], ...refs, ...extra } as never,
    ...as(editor),
  })
}

async function approvedMaterial(title: string, cover: Id, extra: Record<string, unknown> = {}) {
  const m = await material(title, cover, { ...extra, status: 'in_review' })
  return payload.update({ collection: 'materials', id: m.id, data: { status: 'approved' } as never, ...as(reviewer) })
}

const media = (id: Id) => payload.findByID({ collection: 'media', id, depth: 0, disableErrors: true })

/** PATCH /api/media/:id as the admin's upload form sends a replacement: multipart with `_payload` and `file`. */
async function replaceFile(id: Id, who: 'editor' | 'admin', query = '') {
  const form = new FormData()
  form.append('_payload', JSON.stringify({}))
  form.append('file', new Blob([new Uint8Array(await png({ r: 200, g: 30, b: 30 }))], { type: 'image/png' }), 'thay-the.png')
  return restCall(routes, AUTH[who], 'PATCH', `media/${id}${query}`, form)
}

describe('a file of a public material is frozen with it', () => {
  it('nobody replaces, re-cuts, edits or deletes it — editor or admin, REST by id or in bulk, GraphQL, the Local API', async () => {
    const cover = await image()
    const free = await image('Ảnh chưa dùng ở đâu')
    const m = await approvedMaterial('Infographic BHYT hộ gia đình', cover.id)
    expect(m.publication).toBe('public')
    const before = (await media(cover.id))!
    expect(before.isPublic).toBe(true)
    const FROZEN = /"Infographic BHYT hộ gia đình" \(Đã duyệt, đang công khai\).*Tạo phiên bản mới/

    // A new file, by id (editor and admin) or in bulk.
    for (const who of ['editor', 'admin'] as const) {
      const replaced = await replaceFile(cover.id, who)
      expect(replaced.status, who).toBe(400)
      expect(restFieldMessages(replaced).join('\n'), who).toMatch(new RegExp(`^file: .*${FROZEN.source}`, 'm'))
    }
    expect((await replaceFile(free.id, 'editor')).status).toBe(200) // the same request on an unused file
    // Re-cutting the stored image through the admin's image editor.
    const recut = await restCall(routes, AUTH.admin, 'PATCH', `media/${cover.id}?uploadEdits[widthInPixels]=100&uploadEdits[heightInPixels]=60`, {})
    expect(recut.status).toBe(400)
    expect(restFieldMessages(recut).join('\n')).toMatch(FROZEN)

    // What the public page shows of it: alt text, caption.
    const alt = await restCall(routes, AUTH.admin, 'PATCH', `media/${cover.id}`, { alt: 'Mô tả khác' })
    expect(alt.status).toBe(400)
    expect(restFieldMessages(alt).join('\n')).toMatch(new RegExp(`^alt: .*${FROZEN.source}`, 'm'))
    const bulk = await restCall(routes, AUTH.editor, 'PATCH', `media?where[id][in]=${free.id},${cover.id}`, { caption: 'Chú thích mới' })
    expect(bulk.status).toBe(400)
    expect(restFieldMessages(bulk).join('\n')).toMatch(FROZEN)
    expect((await media(free.id))!.caption ?? null).toBeNull() // a refused bulk write changes nothing
    const gqlUpdate = await graphqlCall(routes, AUTH.editor, 'mutation ($id: Int!) { updateMedia(id: $id, data: { alt: "Mô tả khác" }) { id alt } }', { id: Number(cover.id) })
    expect(gqlUpdate.errors?.[0]?.message).toMatch(/Mô tả ảnh \(alt\)/)
    await expectFieldError(payload.update({ collection: 'media', id: cover.id, data: { alt: 'Khác' }, ...as(admin) }), 'alt', FROZEN)

    // Deleting it, by id, in bulk, over GraphQL and the Local API.
    for (const who of ['editor', 'admin'] as const) {
      const deleted = await restCall(routes, AUTH[who], 'DELETE', `media/${cover.id}`)
      expect(deleted.status, who).toBe(403)
      expect(deleted.body.errors?.[0]?.message, who).toMatch(/"Infographic BHYT hộ gia đình".*không được xóa.*Tạo phiên bản mới/)
    }
    const bulkDelete = await restCall(routes, AUTH.editor, 'DELETE', `media?where[id][in]=${free.id},${cover.id}`)
    expect(bulkDelete.status).toBe(400)
    expect(await media(free.id)).toBeNull() // the unused file goes, the frozen one stays
    const gqlDelete = await graphqlCall(routes, AUTH.admin, 'mutation ($id: Int!) { deleteMedia(id: $id) { id } }', { id: Number(cover.id) })
    expect(gqlDelete.errors?.[0]?.message).toMatch(/không được xóa/)
    await expect(payload.delete({ collection: 'media', id: cover.id, ...as(admin) })).rejects.toThrow(/không được xóa/)

    // Nothing moved: same record, same file on disk, still public.
    const after = (await media(cover.id))!
    expect({ alt: after.alt, caption: after.caption ?? null, filename: after.filename, width: after.width, isPublic: after.isPublic }).toEqual({
      alt: before.alt,
      caption: before.caption ?? null,
      filename: before.filename,
      width: before.width,
      isPublic: true,
    })
    expect(fs.existsSync(path.join(mediaDir, before.filename!))).toBe(true)
    expect((await restCall(routes, AUTH.anonymous, 'GET', `media/${cover.id}`)).status).toBe(200)
  })

  it('a scheduled material and one in review freeze their files too; a draft’s file stays free', async () => {
    const scheduledCover = await image()
    await approvedMaterial('Tờ gấp lên lịch', scheduledCover.id, { publishDate: '2030-01-01T00:00:00.000Z' })
    await expectFieldError(
      payload.update({ collection: 'media', id: scheduledCover.id, data: { alt: 'Khác' }, ...as(editor) }),
      'alt',
      /"Tờ gấp lên lịch" \(Đã duyệt, đã lên lịch đăng\)/,
    )

    const reviewedCover = await image()
    await material('Sổ tay chờ duyệt', reviewedCover.id, { status: 'in_review' })
    await expectFieldError(
      payload.update({ collection: 'media', id: reviewedCover.id, data: { caption: 'Khác' }, ...as(editor) }),
      'caption',
      /"Sổ tay chờ duyệt" \(Chờ duyệt\).*rút tài liệu về bản nháp/,
    )

    const draftCover = await image()
    await material('Tờ gấp nháp', draftCover.id)
    expect((await payload.update({ collection: 'media', id: draftCover.id, data: { alt: 'Mô tả đã sửa' }, ...as(editor) })).alt).toBe('Mô tả đã sửa')
    expect((await replaceFile(draftCover.id, 'editor')).status).toBe(200)
    // Re-saving a frozen file unchanged, as the admin's form does, is not a change.
    const same = (await media(scheduledCover.id))!
    expect((await restCall(routes, AUTH.editor, 'PATCH', `media/${scheduledCover.id}`, { alt: same.alt, caption: same.caption, credit: same.credit, focalX: same.focalX, focalY: same.focalY })).status).toBe(200)
  })
})

describe('the way to a new file', () => {
  it('"Tạo phiên bản mới": the draft takes a new upload, approving it publishes the new file; the old file stays as it was', async () => {
    const oldCover = await image()
    const m = await approvedMaterial('Video BHXH tự nguyện', oldCover.id)
    const res = await callEndpoint(payload, 'materials', '/:id/new-version', editor, { id: m.id })
    expect(res.status).toBe(201)
    const { doc: draft } = (await res.json()) as { doc: { id: Id; cover: Id } }
    expect(String(draft.cover)).toBe(String(oldCover.id))
    // The draft shares the approved file: still frozen.
    expect((await replaceFile(oldCover.id, 'editor')).status).toBe(400)

    const newCover = await image('Ảnh mới cho phiên bản mới')
    await payload.update({ collection: 'materials', id: draft.id, data: { cover: newCover.id, files: [newCover.id], status: 'in_review' } as never, ...as(editor) })
    await payload.update({ collection: 'materials', id: draft.id, data: { status: 'approved' } as never, ...as(reviewer) })

    const shown = await restCall(routes, AUTH.anonymous, 'GET', `materials/${draft.id}?depth=0`)
    expect(String(shown.body.cover)).toBe(String(newCover.id))
    expect((await media(newCover.id))!.isPublic).toBe(true)
    expect((await media(oldCover.id))!.isPublic).toBe(false)
    // The retired version keeps the record of what was published.
    const deleted = await restCall(routes, AUTH.editor, 'DELETE', `media/${oldCover.id}`)
    expect(deleted.status).toBe(403)
    expect(deleted.body.errors?.[0]?.message).toMatch(/"Video BHXH tự nguyện" \(Ngừng sử dụng\)/)
  })

  it('duplicating a frozen file makes a new, private, unused copy that can be edited', async () => {
    const cover = await image()
    await approvedMaterial('Poster tuyên truyền', cover.id)
    const copy = await restCall(routes, AUTH.editor, 'POST', `media/${cover.id}/duplicate?depth=0`, {})
    expect(copy.status).toBe(200)
    const doc = copy.body.doc as { id: Id; filename: string; isPublic: boolean }
    expect(String(doc.id)).not.toBe(String(cover.id))
    expect(doc.filename).not.toBe((await media(cover.id))!.filename)
    expect(doc.isPublic).toBe(false)
    expect(fs.existsSync(path.join(mediaDir, doc.filename))).toBe(true)
    expect((await payload.update({ collection: 'media', id: doc.id, data: { alt: 'Bản sao để sửa' }, ...as(editor) })).alt).toBe('Bản sao để sửa')
  })
})
