/**
 * When a cited legal document is amended, replaced or expires: every approved item citing it is
 * flagged at once, and the reviewers get one email (through a real SMTP server on loopback).
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { paragraphs } from '../../src/lib/richText'
import { seededPayload, userByEmail } from '../helpers'
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
