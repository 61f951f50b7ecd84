/** Public Q&A search: accents and case ignored, best matches first, published items only. */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphs } from '../../src/lib/richText'
import { seededPayload, userByEmail } from '../helpers'
import { loopbackServer, type Send } from '../loopback'

let payload: Payload
let send: Send
let close: () => Promise<void>
type U = Awaited<ReturnType<typeof userByEmail>>
let editor: U, reviewer: U
const ids: Record<string, string> = {}

beforeAll(async () => {
  payload = await seededPayload()
  ;({ send, close } = await loopbackServer())
  editor = await userByEmail(payload, 'editor@demo.loa')
  reviewer = await userByEmail(payload, 'reviewer@demo.loa')
  const law = await payload.create({
    collection: 'legal-documents',
    data: { number: 'T-3/2026', kind: 'law', title: 'Luật thử', issuer: 'Quốc hội', status: 'in_force' },
  })
  const code = async (collection: 'audience-groups' | 'topics', c: string) =>
    (await payload.find({ collection, where: { code: { equals: c } }, limit: 1 })).docs[0].id
  const farmers = await code('audience-groups', '4')
  const students = await code('audience-groups', '5')
  const benefits = await code('topics', 'ND3')
  const digital = await code('topics', 'ND5')
  const add = async (key: string, question: string, answer: string, group: unknown, topic: unknown, approve = true) => {
    const q = await payload.create({
      collection: 'questions',
      data: { question, answer: paragraphs([answer]), audienceGroups: [group], topics: [topic], legalBasis: [{ document: law.id }], status: 'in_review' } as never,
      overrideAccess: false,
      user: editor,
    })
    if (approve) await payload.update({ collection: 'questions', id: q.id, data: { status: 'approved' } as never, overrideAccess: false, user: reviewer })
    ids[key] = String(q.id)
  }
  await add('phrase', 'Bảo hiểm xã hội tự nguyện là gì?', 'Là loại hình do Nhà nước tổ chức, người tham gia tự chọn mức đóng.', farmers, benefits)
  await add('scattered', 'Tự nguyện đóng bảo hiểm cho cha mẹ thì xã hội có hỗ trợ không?', 'Có, theo chính sách của thành phố.', farmers, benefits)
  await add('answerOnly', 'Người làm nông được hỗ trợ tiền đóng không?', 'Người tham gia bảo hiểm xã hội tự nguyện được ngân sách hỗ trợ.', farmers, benefits)
  await add('vssid', 'Cài ứng dụng VssID thế nào?', 'Tải VssID trên kho ứng dụng, đăng ký bằng số định danh.', students, digital)
  await add('draft', 'Bảo hiểm xã hội tự nguyện (bản nháp chưa duyệt)', 'Chưa duyệt.', farmers, benefits, false)
})
afterAll(async () => {
  await close?.()
  await payload?.destroy()
})

/** GET /api/questions/search from the machine at `from` (a loopback address, over a real socket: test/loopback.ts). */
async function search(query: string, from = '127.0.7.1', headers: Record<string, string> = {}) {
  const { status, body } = await send({ from, path: `/api/questions/search?${query}`, headers })
  return { status, body: body as unknown as { total: number; results: { id: unknown; question: string }[]; errors?: { message: string }[] } }
}

describe('GET /api/questions/search', () => {
  it('one client gets 120 searches a minute, however it rotates X-Forwarded-For, then a Vietnamese 429 with the wait; another client goes on', async () => {
    const machine = '127.0.7.44'
    for (let i = 0; i < 120; i++) expect((await search(`q=vssid&limit=1`, machine, { 'X-Forwarded-For': `192.0.2.${i}` })).status).toBe(200)
    const refused = await search('q=vssid', machine, { 'X-Forwarded-For': '192.0.2.200' })
    expect(refused.status).toBe(429)
    expect(refused.body.errors?.[0].message).toMatch(/quá nhiều lần.*giây/)
    expect((await search('q=vssid', '127.0.7.45')).status).toBe(200)
  })

  it('finds the same items, in the same order, with or without accents; best match first; no drafts', async () => {
    const plain = await search(`q=${encodeURIComponent('bao hiem xa hoi tu nguyen')}`)
    const accented = await search(`q=${encodeURIComponent('Bảo hiểm XÃ HỘI tự nguyện')}`)
    expect(plain.status).toBe(200)
    const order = plain.body.results.map((r) => String(r.id))
    expect(order).toEqual([ids.phrase, ids.scattered, ids.answerOnly])
    expect(accented.body.results.map((r) => String(r.id))).toEqual(order)
    expect(order).not.toContain(ids.draft)
  })

  it('filters by audience group and topic codes', async () => {
    expect((await search('q=vssid')).body.results.map((r) => String(r.id))).toEqual([ids.vssid])
    expect((await search('q=vssid&group=4')).body.total).toBe(0)
    expect((await search('q=ho+tro&group=4&topic=ND3')).body.results.map((r) => String(r.id)).sort()).toEqual(
      [ids.scattered, ids.answerOnly].sort(),
    )
  })

  it('refuses bad parameters with a clear message', async () => {
    const long = await search(`q=${'a'.repeat(201)}`)
    expect(long.status).toBe(400)
    expect(long.body.errors?.[0].message).toMatch(/quá dài/)
    expect((await search('q=x&limit=1000')).status).toBe(400)
    expect((await search('q=x&group=99')).body.errors?.[0].message).toMatch(/nhóm đối tượng/)
  })

  it('Payload’s own REST like filter finds accented text only when the query has the accents', async () => {
    const like = async (q: string) => {
      const { body } = await send({ from: '127.0.7.1', path: `/api/questions?where[question][like]=${encodeURIComponent(q)}&depth=0` })
      return (body as unknown as { docs: { id: unknown }[] }).docs.map((d) => String(d.id)).sort()
    }
    // `like` wants every word somewhere in the text, accents included.
    expect(await like('bảo hiểm xã hội tự nguyện')).toEqual([ids.phrase, ids.scattered].sort())
    expect(await like('bao hiem xa hoi tu nguyen')).toEqual([])
  })
})
