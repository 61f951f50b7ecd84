/** Messages, materials and Q&A: who writes, who approves, and what the public sees. */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphs } from '../../src/lib/richText'
import {
  apiRoutes,
  authHeader,
  callEndpoint,
  expectFieldError,
  graphqlCall,
  isRefused,
  restCall,
  restFieldMessages,
  seededPayload,
  userByEmail,
} from '../helpers'

let payload: Payload
type U = Awaited<ReturnType<typeof userByEmail>>
let editor: U, reviewer: U, admin: U, ldld: U, evaluator: U
let lawId: number | string, groupId: number | string, topicId: number | string

const as = (user: U) => ({ overrideAccess: false, user, depth: 0 })
const anonymous = { overrideAccess: false, depth: 0 } as const

beforeAll(async () => {
  payload = await seededPayload()
  editor = await userByEmail(payload, 'editor@demo.loa')
  reviewer = await userByEmail(payload, 'reviewer@demo.loa')
  admin = await userByEmail(payload, 'admin@demo.loa')
  ldld = await userByEmail(payload, 'ldld@demo.loa')
  evaluator = await userByEmail(payload, 'evaluator@demo.loa')
  const law = await payload.create({
    collection: 'legal-documents',
    data: { number: 'TEST-1/2026', kind: 'law', title: 'Luật thử nghiệm', issuer: 'Quốc hội', status: 'in_force' },
  })
  lawId = law.id
  groupId = (await payload.find({ collection: 'audience-groups', where: { code: { equals: '4' } }, limit: 1 })).docs[0].id
  topicId = (await payload.find({ collection: 'topics', where: { code: { equals: 'ND3' } }, limit: 1 })).docs[0].id
})
afterAll(async () => {
  await payload?.destroy()
})

const messageData = (extra: Record<string, unknown> = {}) => ({
  title: 'Tham gia BHXH tự nguyện để có lương hưu',
  short: 'Đóng BHXH tự nguyện đủ 15 năm để hưởng lương hưu khi về già. Hỏi BHXH xã, phường để được hỗ trợ.',
  body: paragraphs(['Bản đầy đủ của thông điệp.']),
  audienceGroups: [groupId],
  topics: [topicId],
  legalBasis: [{ document: lawId, article: 'Điều 98' }],
  ...extra,
})

async function approvedMessage(extra: Record<string, unknown> = {}) {
  const draft = await payload.create({ collection: 'messages', data: messageData(extra) as never, ...as(editor) })
  await payload.update({ collection: 'messages', id: draft.id, data: { status: 'in_review' } as never, ...as(editor) })
  return payload.update({ collection: 'messages', id: draft.id, data: { status: 'approved' } as never, ...as(reviewer) })
}

describe('writing and approving', () => {
  it('an editor drafts and submits; a reviewer approves, and who did what is stamped', async () => {
    const msg = await approvedMessage()
    expect(msg.status).toBe('approved')
    expect(String(msg.createdBy)).toBe(String(editor.id))
    expect(String(msg.lastEditedBy)).toBe(String(editor.id))
    expect(String(msg.approvedBy)).toBe(String(reviewer.id))
    expect(msg.approvedAt).toBeTruthy()
    expect(msg.submittedAt).toBeTruthy()
  })

  it('an editor cannot approve, not even an admin can: only reviewers', async () => {
    const draft = await payload.create({ collection: 'messages', data: messageData({ status: 'in_review' }) as never, ...as(editor) })
    await expectFieldError(
      payload.update({ collection: 'messages', id: draft.id, data: { status: 'approved' } as never, ...as(editor) }),
      'status',
      /Chỉ người duyệt/,
    )
    await expectFieldError(
      payload.update({ collection: 'messages', id: draft.id, data: { status: 'approved' } as never, ...as(admin) }),
      'status',
      /Chỉ người duyệt/,
    )
    expect((await payload.findByID({ collection: 'messages', id: draft.id })).status).toBe('in_review')
  })

  it('a reviewer cannot approve an item they wrote, nor one they edited last, nor edit-and-approve at once', async () => {
    const own = await payload.create({ collection: 'messages', data: messageData({ status: 'in_review' }) as never, ...as(reviewer) })
    await expectFieldError(
      payload.update({ collection: 'messages', id: own.id, data: { status: 'approved' } as never, ...as(reviewer) }),
      'status',
      /tự duyệt/,
    )
    const edited = await payload.create({ collection: 'messages', data: messageData() as never, ...as(editor) })
    await payload.update({ collection: 'messages', id: edited.id, data: { title: 'Tiêu đề người duyệt sửa' } as never, ...as(reviewer) })
    await payload.update({ collection: 'messages', id: edited.id, data: { status: 'in_review' } as never, ...as(editor) })
    await expectFieldError(
      payload.update({ collection: 'messages', id: edited.id, data: { status: 'approved' } as never, ...as(reviewer) }),
      'status',
      /tự duyệt/,
    )
    const third = await payload.create({ collection: 'messages', data: messageData({ status: 'in_review' }) as never, ...as(editor) })
    // Content cannot change in review, so editing while approving is refused before the status check.
    await expect(
      payload.update({ collection: 'messages', id: third.id, data: { status: 'approved', title: 'Sửa và duyệt' } as never, ...as(reviewer) }),
    ).rejects.toThrow()
    expect((await payload.findByID({ collection: 'messages', id: third.id })).status).toBe('in_review')
  })

  it('a reviewer returns a draft only with a reason', async () => {
    const msg = await payload.create({ collection: 'messages', data: messageData({ status: 'in_review' }) as never, ...as(editor) })
    await expectFieldError(
      payload.update({ collection: 'messages', id: msg.id, data: { status: 'draft' } as never, ...as(reviewer) }),
      'returnReason',
    )
    const back = await payload.update({
      collection: 'messages',
      id: msg.id,
      data: { status: 'draft', returnReason: 'Ghi rõ mức hỗ trợ của thành phố.' } as never,
      ...as(reviewer),
    })
    expect(back.status).toBe('draft')
  })

  it('the short form is limited to 160 characters, counted as letters', async () => {
    await expectFieldError(
      payload.create({ collection: 'messages', data: messageData({ short: 'ả'.repeat(161) }) as never, ...as(editor) }),
      'short',
    )
    const ok = await payload.create({ collection: 'messages', data: messageData({ short: 'ả'.repeat(160) }) as never, ...as(editor) })
    expect([...ok.short].length).toBe(160)
  })

  it('nothing goes to review without a legal basis', async () => {
    await expectFieldError(
      payload.create({ collection: 'messages', data: messageData({ legalBasis: [], status: 'in_review' }) as never, ...as(editor) }),
      'status',
      /căn cứ pháp lý/,
    )
  })

  it('coordinators and evaluators cannot write content', async () => {
    expect(await isRefused(payload.create({ collection: 'messages', data: messageData() as never, ...as(ldld) }))).toBe(true)
    expect(await isRefused(payload.create({ collection: 'questions', data: { question: 'x?', audienceGroups: [groupId], topics: [topicId] } as never, ...as(evaluator) }))).toBe(true)
    const msg = await approvedMessage()
    expect(await isRefused(payload.update({ collection: 'messages', id: msg.id, data: { status: 'retired' } as never, ...as(ldld) }))).toBe(true)
  })
})

describe('approved content is not edited in place', () => {
  it('changing an approved message is refused with a clear message and nothing changes', async () => {
    const msg = await approvedMessage()
    await expectFieldError(
      payload.update({ collection: 'messages', id: msg.id, data: { short: 'Nội dung sửa trộm' } as never, ...as(editor) }),
      'short',
      /không được sửa trực tiếp/,
    )
    await expectFieldError(
      payload.update({ collection: 'messages', id: msg.id, data: { title: 'Admin cũng không sửa' } as never, user: admin, overrideAccess: false }),
      'title',
      /phiên bản mới/,
    )
    const after = await payload.findByID({ collection: 'messages', id: msg.id })
    expect(after.short).toBe(msg.short)
    expect(after.title).toBe(msg.title)
  })

  it('restoring an earlier version (its draft) over an approved message is refused, by REST and the Local API, and nothing changes', async () => {
    const msg = await approvedMessage()
    const { docs } = await payload.findVersions({ collection: 'messages', where: { parent: { equals: msg.id } }, sort: 'createdAt', limit: 1 })
    expect(docs[0].version.status).toBe('draft')
    for (const user of [editor, reviewer, admin]) {
      // The workflow's own rule, as for any update: an approved item goes back to draft only as a new version.
      await expectFieldError(payload.restoreVersion({ collection: 'messages', id: docs[0].id, user, overrideAccess: false, depth: 0 }), 'status', /phiên bản mới/)
    }
    const res = await restCall(apiRoutes(), await authHeader(payload, 'reviewer@demo.loa'), 'POST', `messages/versions/${docs[0].id}`)
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    const after = await payload.findByID({ collection: 'messages', id: msg.id })
    expect({ status: after.status, short: after.short, title: after.title }).toEqual({ status: 'approved', short: msg.short, title: msg.title })
  })

  it('re-saving an approved message unchanged (as the admin form does when retiring it) is fine', async () => {
    const msg = await approvedMessage()
    const retired = await payload.update({ collection: 'messages', id: msg.id, data: { ...msg, status: 'retired' } as never, ...as(reviewer) })
    expect(retired.status).toBe('retired')
    expect(retired.retiredAt).toBeTruthy()
  })

  it('a new version is drafted from it, and approving the new version retires the old one', async () => {
    const msg = await approvedMessage()
    const { doc: draft } = await newVersion('messages', msg.id, editor)
    expect(draft.status).toBe('draft')
    expect(String(draft.supersedes)).toBe(String(msg.id))
    expect(draft.title).toBe(msg.title)
    await payload.update({ collection: 'messages', id: draft.id, data: { short: 'Bản mới: đóng đủ 15 năm để có lương hưu.', status: 'in_review' } as never, ...as(editor) })
    await payload.update({ collection: 'messages', id: draft.id, data: { status: 'approved' } as never, ...as(reviewer) })
    expect((await payload.findByID({ collection: 'messages', id: msg.id })).status).toBe('retired')
    // Versions record who changed what.
    const versions = await payload.findVersions({ collection: 'messages', where: { parent: { equals: draft.id } }, ...as(reviewer) })
    expect(versions.docs.map((v) => String((v.version as { lastEditedBy?: unknown }).lastEditedBy))).toContain(String(editor.id))
  })
})

async function newVersion(collection: 'messages' | 'questions' | 'materials', id: number | string, user: U) {
  const res = await callEndpoint(payload, collection, '/:id/new-version', user, { id })
  expect(res.status).toBe(201)
  return (await res.json()) as { doc: Record<string, unknown> & { id: number | string } }
}

describe('a version supersedes only the item it was made from', () => {
  // Approving a version retires what it supersedes: pointed by hand at another approved item, it
  // would take that item off the public site without anyone reviewing that decision.
  const SUPERSEDES = /supersedes: .*Tạo phiên bản mới/
  const status = async (id: number | string) => (await payload.findByID({ collection: 'messages', id, depth: 0 })).status

  it('an editor cannot create, redirect, clear or copy the link by REST (single and bulk), GraphQL, duplicate or the Local API', async () => {
    const routes = apiRoutes()
    const auth = await authHeader(payload, 'editor@demo.loa')
    const original = await approvedMessage({ title: 'Bản đang dùng' })
    const colleagues = await approvedMessage({ title: 'Thông điệp của đồng nghiệp' })

    // A new item naming someone else's approved message as the one it replaces.
    const created = await restCall(routes, auth, 'POST', 'messages', messageData({ supersedes: colleagues.id }))
    expect(created.status).toBe(400)
    expect(restFieldMessages(created).join('\n')).toMatch(SUPERSEDES)
    const viaGraphql = await graphqlCall(routes, auth, 'mutation ($id: Int!) { createMessage(data: { title: "Chèn", short: "Chèn", status: draft, supersedes: $id }) { id } }', { id: Number(colleagues.id) })
    expect(viaGraphql.errors?.[0]?.message, JSON.stringify(viaGraphql.errors)).toMatch(/Thay thế phiên bản/)
    await expectFieldError(payload.create({ collection: 'messages', data: messageData({ supersedes: colleagues.id }) as never, ...as(editor) }), 'supersedes', /Tạo phiên bản mới/)
    expect(await payload.count({ collection: 'messages', where: { supersedes: { equals: colleagues.id } } })).toEqual({ totalDocs: 0 })

    // The real new version, then attempts to point it elsewhere or unlink it.
    const { doc: draft } = await newVersion('messages', original.id, editor)
    const patched = await restCall(routes, auth, 'PATCH', `messages/${draft.id}`, { supersedes: colleagues.id })
    expect(patched.status).toBe(400)
    expect(restFieldMessages(patched).join('\n')).toMatch(SUPERSEDES)
    const bulk = await restCall(routes, auth, 'PATCH', `messages?where[id][equals]=${draft.id}`, { supersedes: colleagues.id })
    expect(bulk.status).toBe(400)
    expect(restFieldMessages(bulk).join('\n')).toMatch(SUPERSEDES)
    const cleared = await restCall(routes, auth, 'PATCH', `messages/${draft.id}`, { supersedes: null })
    expect(cleared.status).toBe(400)
    const updatedViaGraphql = await graphqlCall(routes, auth, 'mutation ($id: Int!, $to: Int!) { updateMessage(id: $id, data: { supersedes: $to }) { id } }', {
      id: Number(draft.id),
      to: Number(colleagues.id),
    })
    expect(updatedViaGraphql.errors?.[0]?.message).toMatch(/Thay thế phiên bản/)
    expect(String((await payload.findByID({ collection: 'messages', id: draft.id, depth: 0 })).supersedes)).toBe(String(original.id))

    // Re-sending the link it has (the admin form sends every field) is fine.
    const resaved = await restCall(routes, auth, 'PATCH', `messages/${draft.id}`, { short: 'Bản mới, sửa lại.', supersedes: original.id })
    expect(resaved.status).toBe(200)

    // A duplicate is an item of its own: it replaces nothing, and cannot be told to.
    const copy = await restCall(routes, auth, 'POST', `messages/${draft.id}/duplicate?depth=0`, {})
    expect(copy.status).toBe(200)
    expect((copy.body.doc as { supersedes?: unknown }).supersedes ?? null).toBeNull()
    const steered = await restCall(routes, auth, 'POST', `messages/${draft.id}/duplicate?depth=0`, { supersedes: colleagues.id })
    expect(steered.status).toBe(400)
    expect(restFieldMessages(steered).join('\n')).toMatch(SUPERSEDES)

    // Approving the version retires the item it was made from, and nothing else.
    await payload.update({ collection: 'messages', id: draft.id, data: { status: 'in_review' } as never, ...as(editor) })
    await payload.update({ collection: 'messages', id: draft.id, data: { status: 'approved' } as never, ...as(reviewer) })
    expect(await status(original.id)).toBe('retired')
    expect(await status(colleagues.id)).toBe('approved')
  })
})

describe('what the public sees', () => {
  it('only approved items inside their validity window; drafts, reviews and retired items never', async () => {
    const approved = await approvedMessage({ title: 'Công khai' })
    const draft = await payload.create({ collection: 'messages', data: messageData({ title: 'Nháp' }) as never, ...as(editor) })
    const inReview = await payload.create({ collection: 'messages', data: messageData({ title: 'Chờ duyệt', status: 'in_review' }) as never, ...as(editor) })
    const retired = await approvedMessage({ title: 'Đã ngừng' })
    await payload.update({ collection: 'messages', id: retired.id, data: { status: 'retired' } as never, ...as(reviewer) })
    const future = await approvedMessage({ title: 'Chưa hiệu lực', validFrom: '2030-12-01T00:00:00.000Z' })
    const past = await approvedMessage({ title: 'Hết hiệu lực', validFrom: '2026-01-01T00:00:00.000Z', validUntil: '2026-02-01T00:00:00.000Z' })

    const visible = (await payload.find({ collection: 'messages', pagination: false, ...anonymous })).docs
    const ids = visible.map((d) => String(d.id))
    expect(ids).toContain(String(approved.id))
    for (const hidden of [draft, inReview, retired, future, past]) expect(ids).not.toContain(String(hidden.id))
    expect(visible.every((d) => d.status === 'approved')).toBe(true)
    expect(await isRefused(payload.findByID({ collection: 'messages', id: draft.id, ...anonymous }))).toBe(true)
    // Who wrote it and review notes are staff-only, even on published items.
    const pub = visible.find((d) => String(d.id) === String(approved.id))!
    expect(pub.createdBy).toBeUndefined()
    expect(pub.approvedBy).toBeUndefined()
    expect(pub.needsReview).toBeUndefined()
    // Versions are closed to the public.
    expect(await isRefused(payload.findVersions({ collection: 'messages', ...anonymous }))).toBe(true)
  })
})
