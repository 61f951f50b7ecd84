/**
 * When a cited legal document is amended, replaced or expires: every approved item citing it is
 * flagged at once, and the reviewers get one email (through a real SMTP server on loopback).
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { paragraphs } from '../../src/lib/richText'
import { apiRoutes, authHeader, graphqlCall, restCall, seededPayload, userByEmail } from '../helpers'
import { startSmtpServer } from '../smtp'

let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let payload: Payload
type U = Awaited<ReturnType<typeof userByEmail>>
let editor: U, reviewer: U

beforeAll(async () => {
  smtp = await startSmtpServer()
  process.env.SMTP_URL = smtp.url
  payload = await seededPayload()
  smtp.received.length = 0 // the demo data's own notices
  editor = await userByEmail(payload, 'editor@demo.loa')
  reviewer = await userByEmail(payload, 'reviewer@demo.loa')
})
afterAll(async () => {
  await payload?.destroy()
  await smtp?.close()
})

const as = (user: U) => ({ overrideAccess: false, user, depth: 0 })

async function codeId(collection: 'audience-groups' | 'topics', code: string) {
  return (await payload.find({ collection, where: { code: { equals: code } }, limit: 1 })).docs[0].id
}

async function approved(collection: 'messages' | 'questions', data: Record<string, unknown>) {
  const item = await payload.create({ collection, data: { ...data, status: 'in_review' } as never, ...as(editor) })
  return payload.update({ collection, id: item.id, data: { status: 'approved' } as never, ...as(reviewer) })
}

it('flags approved items citing the document, leaves the rest alone, and emails the reviewers one list', async () => {
  const doc = await payload.create({
    collection: 'legal-documents',
    data: { number: '99/2026/NQ-HĐND', kind: 'resolution', title: 'Nghị quyết thử', issuer: 'HĐND thành phố Hải Phòng', status: 'in_force' },
  })
  const other = await payload.create({
    collection: 'legal-documents',
    data: { number: '98/2026/NQ-HĐND', kind: 'resolution', title: 'Nghị quyết khác', issuer: 'HĐND thành phố Hải Phòng', status: 'in_force' },
  })
  const groups = [await codeId('audience-groups', '4')]
  const topics = [await codeId('topics', 'CS03')]
  const cites = (id: number | string) => ({ audienceGroups: groups, topics, legalBasis: [{ document: id, article: 'Điều 2' }] })

  const message = await approved('messages', { title: 'Hỗ trợ đóng BHXH tự nguyện', short: 'Thành phố hỗ trợ thêm tiền đóng BHXH tự nguyện.', ...cites(doc.id) })
  const question = await approved('questions', { question: 'Tôi được hỗ trợ bao nhiêu khi đóng BHXH tự nguyện?', answer: paragraphs(['Theo nghị quyết.']), ...cites(doc.id) })
  const draft = await payload.create({ collection: 'messages', data: { title: 'Bản nháp', short: 'Nháp', ...cites(doc.id) } as never, ...as(editor) })
  const unrelated = await approved('messages', { title: 'Không liên quan', short: 'Khác', ...cites(other.id) })

  await payload.update({ collection: 'legal-documents', id: doc.id, data: { status: 'amended' }, ...as(editor) })

  const flagged = await payload.find({ collection: 'messages', where: { needsReview: { equals: true } }, depth: 0, pagination: false })
  expect(flagged.docs.map((d) => String(d.id))).toEqual([String(message.id)])
  const q = await payload.findByID({ collection: 'questions', id: question.id, depth: 0 })
  expect(q.needsReview).toBe(true)
  expect(q.reviewNote).toMatch(/Nghị quyết số 99\/2026\/NQ-HĐND đã được sửa đổi, bổ sung/)
  expect(q.status).toBe('approved') // still public until a reviewer decides
  expect((await payload.findByID({ collection: 'messages', id: draft.id })).needsReview).toBe(false)
  expect((await payload.findByID({ collection: 'messages', id: unrelated.id })).needsReview).toBe(false)

  // The email goes through the jobs queue.
  expect(smtp.received).toHaveLength(0)
  await payload.jobs.run()
  expect(smtp.received).toHaveLength(1)
  const mail = smtp.received[0]
  expect(mail.to).toEqual(['reviewer@demo.loa'])
  expect(mail.subject).toBe('[Loa] Cần rà soát 2 nội dung do thay đổi văn bản 99/2026/NQ-HĐND')
  expect(mail.text).toContain('Thông điệp: Hỗ trợ đóng BHXH tự nguyện')
  expect(mail.text).toContain('Hỏi – đáp: Tôi được hỗ trợ bao nhiêu khi đóng BHXH tự nguyện?')
  expect(mail.text).not.toContain('Không liên quan')

  // A reviewer clears the flag after checking; an editor cannot.
  await payload.update({ collection: 'messages', id: message.id, data: { needsReview: false }, ...as(editor) })
  expect((await payload.findByID({ collection: 'messages', id: message.id })).needsReview).toBe(true)
  await payload.update({ collection: 'messages', id: message.id, data: { needsReview: false }, ...as(reviewer) })
  expect((await payload.findByID({ collection: 'messages', id: message.id })).needsReview).toBe(false)

  // Saving the document again without a status change sends nothing more.
  await payload.update({ collection: 'legal-documents', id: doc.id, data: { title: 'Nghị quyết thử (sửa trích yếu)' }, ...as(editor) })
  await payload.jobs.run()
  expect(smtp.received).toHaveLength(1)
})

it('legal documents are written by communications staff and admins only, on every route, and each change keeps the state before it', async () => {
  const routes = apiRoutes()
  const auth = Object.fromEntries(
    await Promise.all(
      (['ldld', 'evaluator', 'editor', 'reviewer'] as const).map(async (who) => [who, await authHeader(payload, `${who}@demo.loa`)] as const),
    ),
  )
  const data = { number: '97/2026/NQ-HĐND', kind: 'resolution', title: 'Nghị quyết về mức hỗ trợ', issuer: 'HĐND thành phố Hải Phòng', status: 'in_force' }
  const created = await restCall(routes, auth.editor, 'POST', 'legal-documents', data)
  expect(created.status).toBe(201)
  const id = (created.body.doc as { id: number | string }).id

  // Coordinators and Sở Nội vụ cite documents; they do not write them — by REST (single and bulk) or GraphQL.
  for (const who of ['ldld', 'evaluator'] as const) {
    expect((await restCall(routes, auth[who], 'POST', 'legal-documents', { ...data, number: `96/2026/${who}` })).status, who).toBe(403)
    expect((await restCall(routes, auth[who], 'PATCH', `legal-documents/${id}`, { title: 'Trích yếu khác' })).status, who).toBe(403)
    expect((await restCall(routes, auth[who], 'PATCH', `legal-documents?where[id][equals]=${id}`, { status: 'expired' })).status, who).toBe(403)
    const viaGraphql = await graphqlCall(routes, auth[who], 'mutation ($id: Int!) { updateLegalDocument(id: $id, data: { status: expired }) { id } }', { id: Number(id) })
    expect(viaGraphql.errors?.[0]?.extensions?.statusCode, who).toBe(403)
    expect((await restCall(routes, auth[who], 'DELETE', `legal-documents/${id}`)).status, who).toBe(403)
  }
  // Writers may not delete a document content may cite; only admins do.
  expect((await restCall(routes, auth.editor, 'DELETE', `legal-documents/${id}`)).status).toBe(403)

  // An editor's new title and a reviewer's status change are both kept as versions, with what came before.
  expect((await restCall(routes, auth.editor, 'PATCH', `legal-documents/${id}`, { title: 'Nghị quyết về mức hỗ trợ (sửa trích yếu)' })).status).toBe(200)
  expect((await restCall(routes, auth.reviewer, 'PATCH', `legal-documents?where[id][equals]=${id}`, { status: 'replaced' })).status).toBe(200)
  const stored = await payload.findByID({ collection: 'legal-documents', id, depth: 0 })
  expect([stored.title, stored.status]).toEqual(['Nghị quyết về mức hỗ trợ (sửa trích yếu)', 'replaced'])
  const versions = await payload.findVersions({ collection: 'legal-documents', where: { parent: { equals: id } }, sort: 'createdAt', ...as(editor) })
  expect(versions.docs.map((v) => [v.version.title, v.version.status])).toEqual([
    ['Nghị quyết về mức hỗ trợ', 'in_force'],
    ['Nghị quyết về mức hỗ trợ (sửa trích yếu)', 'in_force'],
    ['Nghị quyết về mức hỗ trợ (sửa trích yếu)', 'replaced'],
  ])
})
