/**
 * Feedback: the public form's REST endpoint (spam trap, rate limit per client, also through GraphQL, consent), and personal data
 * that only admins and the assigned organization ever see.
 */
import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { callEndpoint, idByName, seededPayload, userByEmail } from '../helpers'
import { loopbackServer, type Send } from '../loopback'

process.env.LOA_FEEDBACK_LIMIT = '3'

let payload: Payload
let restGet: ReturnType<typeof REST_GET>
let graphql: ReturnType<typeof GRAPHQL_POST>
type U = Awaited<ReturnType<typeof userByEmail>>
let admin: U, editor: U, evaluator: U, ldld: U, hnd: U
let commune: number | string, ldldOrg: number | string
let send: Send
let close: () => Promise<void>

beforeAll(async () => {
  payload = await seededPayload()
  const config = import('../../payload.config').then((m) => m.default)
  restGet = REST_GET(config)
  graphql = GRAPHQL_POST(config)
  ;({ send, close } = await loopbackServer())
  admin = await userByEmail(payload, 'admin@demo.loa')
  editor = await userByEmail(payload, 'editor@demo.loa')
  evaluator = await userByEmail(payload, 'evaluator@demo.loa')
  ldld = await userByEmail(payload, 'ldld@demo.loa')
  hnd = await userByEmail(payload, 'hoinongdan@demo.loa')
  commune = await idByName(payload, 'localities', 'Phường Thiên Hương')
  ldldOrg = await idByName(payload, 'organizations', 'Liên đoàn Lao động thành phố Hải Phòng')
})
afterAll(async () => {
  await close?.()
  await payload?.destroy()
})

const PHONE = '0912345678'
let client = 0
/**
 * POST /api/feedback as an anonymous visitor on the machine at `from` (loopback addresses: a new
 * machine per call unless given), over a real socket (test/loopback.ts).
 */
async function submit(body: Record<string, unknown>, from = `127.0.5.${++client}`, headers: Record<string, string> = {}) {
  const { status, body: answer } = await send({ from, method: 'POST', path: '/api/feedback', headers, json: body })
  return { status, body: answer as Record<string, unknown> & { doc?: Record<string, unknown>; errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[] } }
}
/** The same submission as a GraphQL mutation (aliased `count` times in one request). */
const submitGraphQL = (from: string, data: Record<string, unknown>, count = 1) =>
  send({
    from,
    method: 'POST',
    path: '/api/graphql',
    json: {
      query: `mutation ($data: mutationFeedbackInput!) { ${Array.from({ length: count }, (_, i) => `f${i}: createFeedback(data: $data) { id }`).join(' ')} }`,
      // GraphQL's input type marks the fields with defaults required; the hook sets the source anyway.
      variables: { data: { source: 'web_form', status: 'new', ...data } },
    },
  })
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
    const machine = '127.0.6.7'
    for (let i = 0; i < 3; i++) expect((await submit(question(), machine)).status).toBe(201)
    const before = await count()
    const refused = await submit(question(), machine)
    expect(refused.status).toBe(429)
    expect(refused.body.errors?.[0].message).toMatch(/quá nhiều góp ý.*phút/)
    expect(await count()).toBe(before)
    expect((await submit(question(), '127.0.6.8')).status).toBe(201)
  })

  it('a sender who writes a new X-Forwarded-For each time is still one client (no proxy is configured)', async () => {
    const machine = '127.0.6.9'
    for (let i = 0; i < 3; i++) expect((await submit(question(), machine, { 'X-Forwarded-For': `198.51.100.${i}`, 'X-Real-IP': `198.51.100.${i}` })).status).toBe(201)
    const before = await count()
    expect((await submit(question(), machine, { 'X-Forwarded-For': '198.51.100.200' })).status).toBe(429)
    expect(await count()).toBe(before)
  })

  it('through GraphQL the same budget is spent: REST and GraphQL together get three', async () => {
    const machine = '127.0.6.10'
    expect((await submit(question(), machine)).status).toBe(201)
    const viaGraphQL = await submitGraphQL(machine, question())
    expect(viaGraphQL.body.errors).toBeUndefined()
    expect(viaGraphQL.body.data?.f0).toMatchObject({ id: expect.anything() })
    expect((await submit(question(), machine)).status).toBe(201)
    const before = await count()
    const refused = await submitGraphQL(machine, question())
    expect(refused.body.errors?.[0].message).toMatch(/quá nhiều góp ý.*phút/)
    expect(await count()).toBe(before)
  })

  it('twenty-one aliased submissions in one GraphQL request are refused before any is stored', async () => {
    const before = await count()
    const refused = await submitGraphQL('127.0.6.11', question(), 21)
    expect(refused.body.errors?.map((e) => e.message)).toEqual([expect.stringMatching(/^Mỗi yêu cầu được tối đa 20 thao tác ghi\./)])
    expect(refused.body.data).toBeUndefined()
    expect(await count()).toBe(before)
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
