/**
 * The audit trail: every create, update and delete on the audited collections is recorded with
 * who, when, which document and which fields changed (before → after), in the change's own
 * transaction; personal data never enters it; admins and Sở Nội vụ read it; nobody edits or
 * deletes an entry, admins included.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MASK } from '../../src/domain/audit'
import { idByName, isRefused, seededPayload, userByEmail } from '../helpers'

let payload: Payload
type U = Awaited<ReturnType<typeof userByEmail>>
let ldld: U, evaluator: U, admin: U, editor: U
let commune: number | string

const as = (user: U) => ({ overrideAccess: false, user, depth: 0 })
const trail = async (collection: string, id: number | string) =>
  (
    await payload.find({
      collection: 'audit-log',
      where: { and: [{ targetCollection: { equals: collection } }, { documentId: { equals: String(id) } }] },
      sort: 'createdAt',
      pagination: false,
      depth: 0,
    })
  ).docs

beforeAll(async () => {
  payload = await seededPayload()
  ;[ldld, evaluator, admin, editor] = await Promise.all(['ldld@demo.loa', 'evaluator@demo.loa', 'admin@demo.loa', 'editor@demo.loa'].map((e) => userByEmail(payload, e)))
  commune = await idByName(payload, 'localities', 'Phường Thiên Hương')
})
afterAll(async () => {
  await payload?.destroy()
})

describe('what is recorded', () => {
  it('an event’s create, result update and delete: who, which document, which fields, before → after', async () => {
    const e = await payload.create({
      collection: 'events',
      data: { title: 'Hội nghị người lao động KCN Nam Cầu Kiền', kind: 'conference', startAt: '2027-04-02T01:00:00.000Z', endAt: '2027-04-02T03:00:00.000Z', locality: commune } as never,
      ...as(ldld),
    })
    await payload.update({ collection: 'events', id: e.id, data: { status: 'held', attendance: 150 } as never, ...as(ldld) })
    await payload.update({ collection: 'events', id: e.id, data: { title: e.title } as never, ...as(ldld) }) // no change: no entry
    await payload.delete({ collection: 'events', id: e.id, ...as(ldld) })
    const entries = await trail('events', e.id)
    expect(entries.map((x) => x.action)).toEqual(['create', 'update', 'delete'])
    expect(entries.every((x) => x.user === ldld.id && x.userEmail === 'ldld@demo.loa' && x.role === 'coordinator')).toBe(true)
    expect(entries[0].changes).toEqual(expect.arrayContaining([{ field: 'title', before: null, after: 'Hội nghị người lao động KCN Nam Cầu Kiền' }]))
    expect(entries[1].changes).toEqual([
      { field: 'attendance', before: null, after: 150 },
      { field: 'status', before: 'planned', after: 'held' },
    ])
    expect(entries[1].summary).toBe('events: Hội nghị người lao động KCN Nam Cầu Kiền (attendance, status)')
    expect(entries[2].changes).toEqual(expect.arrayContaining([{ field: 'attendance', before: 150, after: null }]))
  })

  it('feedback from the public form: recorded as a guest; the person’s name, phone and email never enter the trail', async () => {
    const item = await payload.create({
      collection: 'feedback',
      data: { kind: 'question', text: 'Tôi muốn hỏi về BHXH tự nguyện cho mẹ tôi.', consent: true, name: 'Trần Thị Bích', phone: '0912345678', email: 'bich@example.vn' } as never,
      overrideAccess: false,
      depth: 0,
    })
    const [entry] = await trail('feedback', item.id)
    expect(entry.userEmail).toBe('khách (không đăng nhập)')
    const text = JSON.stringify(entry)
    for (const secret of ['Trần Thị Bích', '0912345678', 'bich@example.vn']) expect(text).not.toContain(secret)
    // An admin, who may read them, corrects the phone number: the trail says so, without either number.
    await payload.update({ collection: 'feedback', id: item.id, data: { phone: '0987654321' } as never, ...as(admin) })
    const [, corrected] = await trail('feedback', item.id)
    expect(corrected.changes).toEqual([{ field: 'phone', before: MASK, after: MASK }])
    expect(JSON.stringify(corrected)).not.toMatch(/0912345678|0987654321/)
  })

  it('figures and reports are recorded too; a refused write leaves no entry', async () => {
    const figures = await payload.create({
      collection: 'indicators',
      data: { locality: commune, year: 2027, period: 'h2', population: 30_000, labourForce: 18_000, bhytParticipants: 29_000, bhxhCompulsory: 8_000, bhxhVoluntary: 900, bhtnParticipants: 7_500 } as never,
      ...as(evaluator),
    })
    const entries = await trail('indicators', figures.id)
    expect(entries).toHaveLength(1)
    // The rates computed by the hook are what was stored, so they are what is recorded.
    expect(entries[0].changes).toEqual(expect.arrayContaining([{ field: 'bhytCoverage', before: null, after: 96.67 }]))

    const report = await payload.create({ collection: 'reports', data: { kind: 'unit', year: 2027, period: 'h1' } as never, ...as(ldld) })
    await payload.update({ collection: 'reports', id: report.id, data: { status: 'submitted' } as never, ...as(ldld) })
    expect((await trail('reports', report.id)).map((x) => x.action)).toEqual(['create', 'update'])

    const before = await payload.count({ collection: 'audit-log' })
    await expect(payload.update({ collection: 'reports', id: report.id, data: { status: 'accepted' } as never, ...as(ldld) })).rejects.toThrow()
    expect(await payload.count({ collection: 'audit-log' })).toEqual(before)
  })
})

describe('accounts, files, legal documents, targets, duties, campaigns and deadlines are traced too', () => {
  it('an account’s role, organization and email changes are recorded; a new password only as changed, never its value or hash', async () => {
    const password = 'Mat-khau-kiem-toan-2026'
    const account = await payload.create({
      collection: 'users',
      data: { email: 'kiemtoan@demo.loa', name: 'Cán bộ kiểm toán', password, role: 'editor', organization: ldld.organization } as never,
      ...as(admin),
    })
    const hnd = await idByName(payload, 'organizations', 'Hội Nông dân thành phố Hải Phòng')
    await payload.update({ collection: 'users', id: account.id, data: { role: 'coordinator', organization: hnd } as never, ...as(admin) })
    await payload.update({ collection: 'users', id: account.id, data: { email: 'kiemtoan2@demo.loa' } as never, ...as(admin) })
    await payload.update({ collection: 'users', id: account.id, data: { password: 'Mat-khau-moi-hon-2027' } as never, ...as(admin) })
    const entries = await trail('users', account.id)
    expect(entries.map((x) => x.action)).toEqual(['create', 'update', 'update', 'update'])
    expect(entries[1].changes).toEqual(expect.arrayContaining([{ field: 'role', before: 'editor', after: 'coordinator' }]))
    expect((entries[1].changes as { field: string }[]).map((c) => c.field)).toContain('organization')
    expect(entries[2].changes).toEqual([{ field: 'email', before: 'kiemtoan@demo.loa', after: 'kiemtoan2@demo.loa' }])
    expect(entries[3].changes).toEqual([{ field: 'password', before: MASK, after: MASK }])
    const stored = (await payload.db.findOne({ collection: 'users', where: { id: { equals: account.id } } })) as { hash?: string; salt?: string }
    const text = JSON.stringify(entries)
    for (const secret of [password, 'Mat-khau-moi-hon-2027', stored.hash, stored.salt].filter(Boolean)) expect(text).not.toContain(secret)
  })

  it('each collection whose change matters for security or the official record gets an entry for an edit', async () => {
    await payload.create({
      collection: 'legal-documents',
      data: { number: '41/2024/QH15-KT', kind: 'law', status: 'in_force', title: 'Luật Bảo hiểm xã hội', issuer: 'Quốc hội' } as never,
      ...as(editor),
    })
    const edits: [string, string, unknown][] = [
      ['legal-documents', 'title', 'Luật Bảo hiểm xã hội (đã sửa trích yếu)'],
      ['targets', 'note', 'Ghi chú kiểm tra nhật ký'],
      ['assignments', 'description', 'Nội dung kiểm tra nhật ký'],
      ['campaigns', 'name', 'Chiến dịch kiểm tra nhật ký'],
      ['media-outputs', 'title', 'Sản phẩm kiểm tra nhật ký'],
    ]
    for (const [collection, field, value] of edits) {
      const { docs } = await payload.find({ collection: collection as never, limit: 1, depth: 0, sort: 'id' })
      expect(docs.length, `${collection} has seeded documents`).toBe(1)
      const id = (docs[0] as { id: number | string }).id
      await payload.update({ collection: collection as never, id, data: { [field]: value } as never, ...as(admin) })
      const entries = await trail(collection, id)
      expect(entries.at(-1)?.changes, collection).toEqual(expect.arrayContaining([expect.objectContaining({ field, after: value })]))
      expect(entries.at(-1)?.userEmail, collection).toBe('admin@demo.loa')
    }
  })

  it('a file’s replacement or deletion is recorded, and Sở Nội vụ’s change to the reporting deadlines', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
    const file = await payload.create({
      collection: 'media',
      data: { alt: 'Ảnh kiểm tra nhật ký' } as never,
      file: { data: png, mimetype: 'image/png', name: 'kiem-tra.png', size: png.length },
      ...as(editor),
    })
    await payload.update({ collection: 'media', id: file.id, data: { alt: 'Ảnh kiểm tra nhật ký (sửa)' } as never, ...as(editor) })
    await payload.delete({ collection: 'media', id: file.id, ...as(admin) })
    expect((await trail('media', file.id)).map((x) => x.action)).toEqual(['create', 'update', 'delete'])

    await payload.updateGlobal({ slug: 'report-deadlines', data: { unitYear: { day: 12, month: 1 } } as never, overrideAccess: false, user: evaluator, depth: 0 })
    const [deadline] = (await trail('report-deadlines', 'report-deadlines')).slice(-1)
    expect(deadline.userEmail).toBe('evaluator@demo.loa')
    expect((deadline.changes as { field: string }[]).map((c) => c.field)).toContain('unitYear')
  })
})

describe('who reads it, and that nobody rewrites it', () => {
  it('admins and Sở Nội vụ read it; coordinators and communications staff do not', async () => {
    expect((await payload.find({ collection: 'audit-log', ...as(admin) })).totalDocs).toBeGreaterThan(0)
    expect((await payload.find({ collection: 'audit-log', ...as(evaluator) })).totalDocs).toBeGreaterThan(0)
    expect(await isRefused(payload.find({ collection: 'audit-log', ...as(ldld) }))).toBe(true)
    expect(await isRefused(payload.find({ collection: 'audit-log', ...as(editor) }))).toBe(true)
  })

  it('nobody creates, edits or deletes an entry, admins included', async () => {
    const { docs } = await payload.find({ collection: 'audit-log', limit: 1, depth: 0 })
    const id = docs[0].id
    for (const user of [admin, evaluator]) {
      expect(await isRefused(payload.update({ collection: 'audit-log', id, data: { summary: 'sửa' } as never, ...as(user) }))).toBe(true)
      expect(await isRefused(payload.delete({ collection: 'audit-log', id, ...as(user) }))).toBe(true)
      expect(await isRefused(payload.create({ collection: 'audit-log', data: { action: 'create', targetCollection: 'events', documentId: '1' } as never, ...as(user) }))).toBe(true)
    }
    expect((await payload.findByID({ collection: 'audit-log', id, depth: 0 })).summary).toBe(docs[0].summary)
  })
})
