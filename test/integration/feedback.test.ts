/**
 * Feedback: the public form's REST endpoint (spam trap, rate limit, consent), and personal data
 * that only admins and the assigned organization ever see.
 */
import { GRAPHQL_POST, REST_GET, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { callEndpoint, idByName, seededPayload, userByEmail } from '../helpers'

process.env.LOA_FEEDBACK_LIMIT = '3'

let payload: Payload
let restPost: ReturnType<typeof REST_POST>
let restGet: ReturnType<typeof REST_GET>
let graphql: ReturnType<typeof GRAPHQL_POST>
type U = Awaited<ReturnType<typeof userByEmail>>
let admin: U, editor: U, evaluator: U, ldld: U, hnd: U
let commune: number | string, ldldOrg: number | string

beforeAll(async () => {
  payload = await seededPayload()
  const config = import('../../payload.config').then((m) => m.default)
  restPost = REST_POST(config)
  restGet = REST_GET(config)
  graphql = GRAPHQL_POST(config)
  admin = await userByEmail(payload, 'admin@demo.loa')
  editor = await userByEmail(payload, 'editor@demo.loa')
  evaluator = await userByEmail(payload, 'evaluator@demo.loa')
  ldld = await userByEmail(payload, 'ldld@demo.loa')
  hnd = await userByEmail(payload, 'hoinongdan@demo.loa')
  commune = await idByName(payload, 'localities', 'Phường Thiên Hương')
  ldldOrg = await idByName(payload, 'organizations', 'Liên đoàn Lao động thành phố Hải Phòng')
})
afterAll(async () => {
  await payload?.destroy()
})

const PHONE = '0912345678'
let client = 0
/** POST /api/feedback as an anonymous visitor from `ip` (a new address per call unless given). */
async function submit(body: Record<string, unknown>, ip = `203.0.113.${++client}`) {
  const res = await restPost(
    new Request('http://localhost/api/feedback', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ slug: ['feedback'] }) },
  )
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { doc?: Record<string, unknown>; errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[] } }
}
const count = async () => (await payload.count({ collection: 'feedback' })).totalDocs
const question = () => ({ kind: 'question', text: 'Tôi làm tự do thì đóng BHXH tự nguyện ở đâu?', locality: commune })

describe('the public form (POST /api/feedback)', () => {
  it('accepts a question with contact details and consent, and never sends the contact details back', async () => {
    const { status, body } = await submit({ ...question(), consent: true, name: 'Nguyễn Văn A', phone: PHONE, status: 'closed', answer: 'giả mạo' })
    expect(status).toBe(201)
    expect(JSON.stringify(body)).not.toContain(PHONE)
    expect(JSON.stringify(body)).not.toContain('Nguyễn Văn A')
    const stored = await payload.findByID({ collection: 'feedback', id: body.doc!.id as number })
    expect(stored).toMatchObject({ phone: PHONE, consent: true, status: 'new', source: 'web_form' })
    expect(stored.answer ?? null).toBeNull()
  })

  it('refuses contact details without consent, with the reason, storing nothing', async () => {
    const before = await count()
    const { status, body } = await submit({ ...question(), phone: PHONE })
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(/Nghị định 13\/2023/)
    expect(await count()).toBe(before)
  })

  it('checks the commune exists, though the public cannot read the catalogue', async () => {
    const before = await count()
    for (const locality of [999999, 'không-phải-số']) {
      const { status, body } = await submit({ ...question(), locality })
      expect(status).toBe(400)
      expect(JSON.stringify(body)).toMatch(/Không có xã, phường, đặc khu này/)
    }
    expect(await count()).toBe(before)
  })

  it('refuses what falls into the spam trap', async () => {
    const before = await count()
    const { status, body } = await submit({ ...question(), website: 'http://spam.example' })
    expect(status).toBe(400)
    expect(body.errors?.[0].message).toMatch(/spam/)
    expect(await count()).toBe(before)
  })

  it('limits each client: the fourth submission in ten minutes is refused with a wait time; others go on', async () => {
    const ip = '198.51.100.7'
    for (let i = 0; i < 3; i++) expect((await submit(question(), ip)).status).toBe(201)
    const before = await count()
    const refused = await submit(question(), ip)
    expect(refused.status).toBe(429)
    expect(refused.body.errors?.[0].message).toMatch(/quá nhiều góp ý.*phút/)
    expect(await count()).toBe(before)
    expect((await submit(question(), '198.51.100.8')).status).toBe(201)
  })

  it('gives anonymous callers nothing back: no list, no item, no GraphQL', async () => {
    const list = await restGet(new Request('http://localhost/api/feedback'), { params: Promise.resolve({ slug: ['feedback'] }) })
    expect([401, 403]).toContain(list.status)
    const anyId = (await payload.find({ collection: 'feedback', limit: 1 })).docs[0].id
    const one = await restGet(new Request(`http://localhost/api/feedback/${anyId}`), { params: Promise.resolve({ slug: ['feedback', String(anyId)] }) })
    expect([401, 403, 404]).toContain(one.status)
    const gql = await graphql(
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ allFeedback { docs { text phone email name } } }' }),
      }),
    )
    expect(JSON.stringify(await gql.json())).not.toContain(PHONE)
  })
})

describe('personal data inside the admin', () => {
  it('only admins and the assigned organization see name, phone and email', async () => {
    const { body } = await submit({ ...question(), consent: true, name: 'Trần Thị B', phone: '0987654321', email: 'b@example.vn' })
    const id = body.doc!.id as number
    const asUser = (user: U) => ({ overrideAccess: false, user, depth: 0 })

    const byEvaluator = await payload.findByID({ collection: 'feedback', id, ...asUser(evaluator) })
    expect(byEvaluator.text).toBe(question().text)
    expect(byEvaluator.phone).toBeUndefined()
    expect(byEvaluator.email).toBeUndefined()

    // Triage by BHXH staff: assign to Liên đoàn Lao động.
    await payload.update({ collection: 'feedback', id, data: { status: 'assigned', assignedTo: ldldOrg } as never, ...asUser(editor) })
    expect((await payload.findByID({ collection: 'feedback', id, ...asUser(editor) })).phone).toBeUndefined()
    expect((await payload.findByID({ collection: 'feedback', id, ...asUser(ldld) })).phone).toBe('0987654321')
    expect((await payload.findByID({ collection: 'feedback', id, ...asUser(admin) })).email).toBe('b@example.vn')
    const other = await payload.find({ collection: 'feedback', where: { id: { equals: id } }, ...asUser(hnd) })
    expect(other.totalDocs).toBe(0)

    // Nobody without the right may even filter on the hidden fields.
    await expect(
      payload.find({ collection: 'feedback', where: { phone: { equals: '0987654321' } }, ...asUser(evaluator) }),
    ).rejects.toThrow()

    // The assigned organization answers; an answer is required to close.
    const answered = await payload.update({ collection: 'feedback', id, data: { status: 'answered', answer: 'Bạn liên hệ BHXH phường Thiên Hương.' } as never, ...asUser(ldld) })
    expect(answered.answeredAt).toBeTruthy()
  })
})

describe('a citizen’s question becomes a Q&A draft', () => {
  it('in one click by communications staff, once, without the asker’s details, linked from the item', async () => {
    const { body } = await submit({ ...question(), consent: true, name: 'Lê Văn C', phone: '0911222333' })
    const id = body.doc!.id as number
    const draftFrom = async (user: U) => {
      const res = await callEndpoint(payload, 'feedback', '/:id/draft', user, { id })
      return { status: res.status, body: (await res.json()) as { doc: { id: number | string } & Record<string, unknown>; message?: string } }
    }
    expect((await draftFrom(ldld)).status).toBe(403)
    expect((await draftFrom(evaluator)).status).toBe(403)

    const first = await draftFrom(editor)
    expect(first.status).toBe(201)
    expect(first.body.doc).toMatchObject({ status: 'draft', source: 'citizen', question: question().text })
    expect(first.body.doc.sourceNote).toMatch(/^Biểu mẫu trên trang web, \d{1,2}\/\d{1,2}\/20\d\d$/)
    expect(JSON.stringify(first.body.doc)).not.toMatch(/Lê Văn C|0911222333/)
    const item = await payload.findByID({ collection: 'feedback', id, depth: 0 })
    expect(String(item.questionDraft)).toBe(String(first.body.doc.id))

    const again = await draftFrom(editor)
    expect(again.status).toBe(200)
    expect(String(again.body.doc.id)).toBe(String(first.body.doc.id))
    expect((await payload.count({ collection: 'questions', where: { source: { equals: 'citizen' } } })).totalDocs).toBe(1)
  })
})
