/**
 * Feedback: the public form's REST endpoint (spam trap, rate limit per client, also through GraphQL, consent), and personal data
 * that only admins and the assigned organization ever see.
 */
import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiRoutes, callEndpoint, idByName, seededPayload, userByEmail, type ApiRoutes } from '../helpers'
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

/**
 * Who reads a sender's name, phone and email follows who the item is assigned to, so whoever may
 * change the assignee could give themselves the details. Every write path is tried here: REST
 * single and bulk PATCH, GraphQL (aliases too), the duplicate operation and the Local API.
 */
describe('personal data stays with those allowed to read it, whatever operation is used', () => {
  const SENDER = { name: 'Phạm Thị Riêng', phone: '0977123456', email: 'rieng@example.vn' }
  const leaks = (body: unknown) => /Phạm Thị Riêng|0977123456|rieng@example\.vn/.test(JSON.stringify(body))
  let api: ApiRoutes
  const tokens: Record<string, string> = {}
  let reviewer: U
  let bhxhOrg: number | string, snvOrg: number | string, hndOrg: number | string

  beforeAll(async () => {
    api = apiRoutes()
    reviewer = await userByEmail(payload, 'reviewer@demo.loa')
    for (const email of ['admin', 'editor', 'reviewer', 'evaluator', 'ldld', 'hoinongdan']) {
      tokens[email] = (await payload.login({ collection: 'users', data: { email: `${email}@demo.loa`, password: 'loa-demo-2026' } })).token!
    }
    bhxhOrg = await idByName(payload, 'organizations', 'Bảo hiểm xã hội thành phố Hải Phòng')
    snvOrg = await idByName(payload, 'organizations', 'Sở Nội vụ thành phố Hải Phòng')
    hndOrg = await idByName(payload, 'organizations', 'Hội Nông dân thành phố Hải Phòng')
  })

  /** A citizen's question with contact details, already assigned to Hội Nông dân. */
  const sentToHnd = async () =>
    (await payload.create({ collection: 'feedback', data: { ...question(), consent: true, ...SENDER, status: 'assigned', assignedTo: hndOrg } as never, depth: 0 })).id
  const assigneeOf = async (id: number | string) => String((await payload.findByID({ collection: 'feedback', id, depth: 0 })).assignedTo)

  async function rest(who: string, method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown) {
    const url = new URL(`http://localhost/api/${path}`)
    const request = new Request(url, {
      method,
      headers: { Authorization: `JWT ${tokens[who]}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    })
    const handler = { GET: api.get, POST: api.post, PATCH: api.patch }[method]
    const res = await handler(request, { params: Promise.resolve({ slug: url.pathname.replace('/api/', '').split('/') }) })
    const text = await res.text()
    return { status: res.status, body: (text ? JSON.parse(text) : {}) as Record<string, unknown> & { doc?: Record<string, unknown>; docs?: Record<string, unknown>[] } }
  }
  async function gql(who: string, query: string, variables: Record<string, unknown> = {}) {
    const res = await api.graphql(
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { Authorization: `JWT ${tokens[who]}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      }),
    )
    return (await res.json()) as { data?: Record<string, Record<string, unknown> | null> | null; errors?: { message: string }[] }
  }

  it('BHXH staff (editor, reviewer) cannot pull an item to their own organization, so never read the sender’s details', async () => {
    for (const who of ['editor', 'reviewer']) {
      const id = await sentToHnd()
      const patched = await rest(who, 'PATCH', `feedback/${id}?depth=0`, { assignedTo: bhxhOrg })
      expect(patched.status).toBe(400)
      expect(JSON.stringify(patched.body)).toMatch(/chính đơn vị của mình/)
      expect(leaks(patched.body)).toBe(false)
      expect(await assigneeOf(id)).toBe(String(hndOrg))
      const read = await rest(who, 'GET', `feedback/${id}?depth=0`)
      expect(read.status).toBe(200)
      expect(leaks(read.body)).toBe(false)
    }
    // The Local API with access on follows the same rule.
    const id = await sentToHnd()
    await expect(
      payload.update({ collection: 'feedback', id, data: { assignedTo: bhxhOrg } as never, overrideAccess: false, user: reviewer, depth: 0 }),
    ).rejects.toThrow()
    expect(await assigneeOf(id)).toBe(String(hndOrg))
  })

  it('nor in bulk: a PATCH with `where` changes none of the items and answers no details', async () => {
    const ids = [await sentToHnd(), await sentToHnd()]
    const bulk = await rest('editor', 'PATCH', `feedback?depth=0&where[id][in]=${ids.join(',')}`, { assignedTo: bhxhOrg })
    expect(bulk.status).toBe(400)
    expect(bulk.body.docs ?? []).toEqual([])
    expect(leaks(bulk.body)).toBe(false)
    for (const id of ids) expect(await assigneeOf(id)).toBe(String(hndOrg))

    // Nor can a bulk PATCH find items by a sender's phone (an oracle on who wrote what).
    const probe = await rest('reviewer', 'PATCH', `feedback?depth=0&where[phone][equals]=${SENDER.phone}`, { satisfaction: 'neutral' })
    expect([400, 403]).toContain(probe.status)
    for (const id of ids) expect((await payload.findByID({ collection: 'feedback', id, depth: 0 })).satisfaction ?? null).toBeNull()
  })

  it('nor through GraphQL, one mutation or several under aliases', async () => {
    const [a, b] = [await sentToHnd(), await sentToHnd()]
    const answer = await gql(
      'editor',
      `mutation ($a: Int!, $b: Int!, $org: Int) {
        first: updateFeedback(id: $a, data: { assignedTo: $org }) { id name phone email }
        second: updateFeedback(id: $b, data: { assignedTo: $org }) { id name phone email }
      }`,
      { a: Number(a), b: Number(b), org: Number(bhxhOrg) },
    )
    expect(answer.errors?.length).toBeGreaterThan(0)
    expect(leaks(answer)).toBe(false)
    expect(await assigneeOf(a)).toBe(String(hndOrg))
    expect(await assigneeOf(b)).toBe(String(hndOrg))
  })

  it('triage still works: BHXH staff hand an item to another organization, which then reads the details; the write answers carry none', async () => {
    const id = await sentToHnd()
    const patched = await rest('editor', 'PATCH', `feedback/${id}?depth=0`, { assignedTo: ldldOrg })
    expect(patched.status).toBe(200)
    expect(String(patched.body.doc?.assignedTo)).toBe(String(ldldOrg))
    expect(leaks(patched.body)).toBe(false)
    expect(leaks((await rest('ldld', 'GET', `feedback/${id}?depth=0`)).body)).toBe(true)

    const changed = await gql('reviewer', `mutation ($id: Int!) { updateFeedback(id: $id, data: { satisfaction: neutral }) { id satisfaction name phone email } }`, { id: Number(id) })
    expect(changed.errors).toBeUndefined()
    expect(changed.data?.updateFeedback).toMatchObject({ satisfaction: 'neutral', name: null, phone: null, email: null })

    // Staff logging a call: the answer to their POST does not show them the details either.
    const logged = await rest('editor', 'POST', 'feedback?depth=0', { ...question(), source: 'hotline', consent: true, name: SENDER.name, phone: SENDER.phone, status: 'assigned', assignedTo: hndOrg })
    expect(logged.status).toBe(201)
    expect(leaks(logged.body)).toBe(false)
  })

  it('an organization hands an item on, but cannot take another’s; Sở Nội vụ assigns nothing', async () => {
    const id = await sentToHnd()
    // Liên đoàn Lao động cannot reach Hội Nông dân's item at all.
    expect([403, 404]).toContain((await rest('ldld', 'PATCH', `feedback/${id}?depth=0`, { assignedTo: ldldOrg })).status)
    expect([403, 404]).toContain((await rest('evaluator', 'PATCH', `feedback/${id}?depth=0`, { assignedTo: snvOrg })).status)
    expect(await assigneeOf(id)).toBe(String(hndOrg))
    // Hội Nông dân hands it to Liên đoàn Lao động: from then on the details are theirs, not Hội Nông dân's.
    const handed = await rest('hoinongdan', 'PATCH', `feedback/${id}?depth=0`, { assignedTo: ldldOrg })
    expect(handed.status).toBe(200)
    expect(leaks(handed.body)).toBe(false)
    expect(leaks((await rest('ldld', 'GET', `feedback/${id}?depth=0`)).body)).toBe(true)
  })

  it('nobody duplicates a feedback item, Sở Nội vụ and admins included: over REST, GraphQL or the Local API', async () => {
    const id = await sentToHnd()
    const before = await count()
    const ownOrg: Record<string, number | string | null> = { admin: null, editor: bhxhOrg, reviewer: bhxhOrg, evaluator: snvOrg, hoinongdan: hndOrg }
    for (const [who, org] of Object.entries(ownOrg)) {
      const copy = await rest(who, 'POST', `feedback/${id}/duplicate?depth=0`, org ? { assignedTo: org } : {})
      expect(copy.status, who).toBeGreaterThanOrEqual(400)
      expect(copy.status, who).toBeLessThan(500)
      expect(leaks(copy.body)).toBe(false)
      const viaGraphql = await gql(who, `mutation ($id: Int!) { duplicateFeedback(id: $id) { id name phone email } }`, { id: Number(id) })
      expect(viaGraphql.errors?.length, who).toBeGreaterThan(0)
      expect(leaks(viaGraphql)).toBe(false)
    }
    await expect(payload.duplicate({ collection: 'feedback', id, overrideAccess: false, user: editor })).rejects.toThrow()
    expect(await count()).toBe(before)
  })

  it('staff cannot change what the sender gave; an admin may correct a name or phone and erase the email, never replace it', async () => {
    const id = await sentToHnd()
    await rest('editor', 'PATCH', `feedback/${id}?depth=0`, { name: 'Người khác', phone: '0900000000', email: 'khac@example.vn' })
    await rest('hoinongdan', 'PATCH', `feedback/${id}?depth=0`, { email: 'khac@example.vn' })
    expect(await payload.findByID({ collection: 'feedback', id, depth: 0 })).toMatchObject(SENDER)

    const replaced = await rest('admin', 'PATCH', `feedback/${id}?depth=0`, { email: 'khac@example.vn' })
    expect(replaced.status).toBe(400)
    expect(JSON.stringify(replaced.body)).toMatch(/chỉ có thể xóa/)
    expect((await rest('admin', 'PATCH', `feedback/${id}?depth=0`, { phone: '0977654321' })).status).toBe(200)
    expect((await rest('admin', 'PATCH', `feedback/${id}?depth=0`, { email: '' })).status).toBe(200)
    const corrected = await payload.findByID({ collection: 'feedback', id, depth: 0 })
    expect(corrected.phone).toBe('0977654321')
    expect(corrected.email ?? '').toBe('')
  })

  it('staff logging feedback cannot type an email address: answers are emailed only to one the sender gave on the form', async () => {
    const logged = await rest('hoinongdan', 'POST', 'feedback?depth=0', { ...question(), source: 'event', consent: true, name: SENDER.name, email: 'ai-do@example.vn' })
    expect(logged.status).toBe(201)
    expect((await payload.findByID({ collection: 'feedback', id: logged.body.doc!.id as number, depth: 0 })).email ?? null).toBeNull()
  })

  it('feedback keeps no versions, so no version restore can bring back an earlier assignee', () => {
    expect(payload.collections.feedback.config.versions).toBeFalsy()
  })
})
