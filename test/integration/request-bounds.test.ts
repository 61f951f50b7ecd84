/**
 * No single request may stall the server or crash its database: through Payload's real REST and
 * GraphQL route handlers, wrapped as the app's route files wrap them (apiRoutes), anonymous and
 * signed in. What a GraphQL query reads is bounded (every alias, each list's limit); REST lists
 * have a largest page; JSON bodies are capped before they are read; filter forms that were a
 * database error (a 500) on SQLite or PostgreSQL are a 400 in Vietnamese; GraphQL requests spend
 * the same rate-limit budgets as REST.
 */
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAX_LIST_LIMIT } from '../../src/domain/requestChecks'
import { apiRoutes, seededPayload, type ApiRoutes } from '../helpers'
import { loopbackServer, type Send } from '../loopback'

let payload: Payload
let routes: ApiRoutes
let send: Send
let close: () => Promise<void>
const tokens: Record<string, string> = {}

const BASE = 'http://localhost:3000'
const params = (path: string) => ({ params: Promise.resolve({ slug: path.replace(/^\/api\//, '').split('?')[0].split('/') }) })
/** Vietnamese: a letter only Vietnamese writes, outside quoted names. */
const VIETNAMESE = /[à-ỹđĐ]/i
type Body = { errors?: { message: string }[]; data?: Record<string, unknown> | null; docs?: unknown[]; limit?: number; totalDocs?: number; hasNextPage?: boolean }

async function rest(path: string, who?: string): Promise<{ status: number; body: Body; ms: number }> {
  const start = performance.now()
  const res = await routes.get(new Request(`${BASE}${path}`, { headers: who ? { authorization: `JWT ${tokens[who]}` } : {} }), params(path))
  return { status: res.status, body: (await res.json()) as Body, ms: performance.now() - start }
}

async function graphql(query: string, { who, variables }: { who?: string; variables?: Record<string, unknown> } = {}) {
  const res = await routes.graphql(
    new Request(`${BASE}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(who ? { authorization: `JWT ${tokens[who]}` } : {}) },
      body: JSON.stringify({ query, variables }),
    }),
  )
  return { status: res.status, body: (await res.json()) as Body }
}

const aliases = (n: number, selection: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${selection}`).join('\n')} }`
const EDITOR = 'editor@demo.loa'
const ADMIN = 'admin@demo.loa'

beforeAll(async () => {
  process.env.LOA_LOGIN_LIMIT = '100'
  payload = await seededPayload()
  routes = apiRoutes()
  ;({ send, close } = await loopbackServer(routes))
  for (const email of [EDITOR, ADMIN]) tokens[email] = (await payload.login({ collection: 'users', data: { email, password: 'loa-demo-2026' } })).token!
  // A few public legal documents for the anonymous stories.
  for (let i = 1; i <= 3; i++) {
    await payload.create({
      collection: 'legal-documents',
      data: { number: `${i}/2026/NĐ-CP`, kind: 'decree', title: `Nghị định số ${i}`, issuer: 'Chính phủ' } as never,
    })
  }
})
afterAll(async () => {
  await close?.()
  await payload?.destroy()
})

describe('GraphQL: what one request reads is bounded', () => {
  it('three hundred aliases of the public legal documents list are refused before anything runs, in Vietnamese', async () => {
    const { body } = await graphql(aliases(300, 'LegalDocuments(limit: 1000) { docs { id number title } }'))
    expect(body.data ?? null).toBeNull()
    expect(body.errors?.[0].message).toMatch(/^Truy vấn GraphQL quá nặng/)
    // Under Payload's complexity limit, each list at its largest page: only the new bound sees it.
    const twenty = await graphql(aliases(20, 'LegalDocuments(pagination: false) { docs { id number } }'))
    expect(twenty.body.data ?? null).toBeNull()
    expect(twenty.body.errors?.map((e) => e.message)).toEqual([expect.stringMatching(/^Truy vấn GraphQL quá nặng: ước tính đọc \d+ giá trị, tối đa 20000/)])
  })

  it('a limit given as a variable counts at its value; fragments count wherever they are spread', async () => {
    const query = `query ($n: Int) { ${Array.from({ length: 12 }, (_, i) => `a${i}: Localities(limit: $n) { ...Names }`).join(' ')} } fragment Names on Localities { docs { id name } }`
    const small = await graphql(query, { who: EDITOR, variables: { n: 5 } })
    expect(small.body.errors).toBeUndefined()
    expect((small.body.data?.a11 as { docs: unknown[] }).docs).toHaveLength(5)
    const large = await graphql(query, { who: EDITOR, variables: { n: 1000 } })
    expect(large.body.data ?? null).toBeNull()
    expect(large.body.errors?.[0].message).toMatch(/^Truy vấn GraphQL quá nặng/)
  })

  it('ordinary queries still answer: a page of plans with their organization, the whole commune list', async () => {
    const plans = await graphql('{ Plans(limit: 100) { docs { title status organization { name } } } }', { who: EDITOR })
    expect(plans.body.errors).toBeUndefined()
    const communes = await graphql('{ Localities(limit: 1000) { totalDocs docs { id name kind } } }', { who: EDITOR })
    expect(communes.body.errors).toBeUndefined()
    expect((communes.body.data?.Localities as { docs: unknown[] }).docs.length).toBeGreaterThan(100)
  })

  it('a list above the largest page is refused through GraphQL as through REST', async () => {
    const { body } = await graphql('{ Localities(limit: 5000) { docs { id } } }', { who: EDITOR })
    expect(body.errors?.[0].message).toMatch(/limit.*từ 1 đến 1000/)
  })
})

describe('REST lists have a largest page', () => {
  it('a limit above 1000 or a page below 1 is a 400 in Vietnamese (a negative page was a PostgreSQL error)', async () => {
    for (const path of ['/api/localities?limit=5000', '/api/localities?limit=-1', '/api/localities?limit=abc', '/api/localities?page=-1', '/api/localities?page=0']) {
      const { status, body } = await rest(path, EDITOR)
      expect(status, path).toBe(400)
      expect(body.errors?.[0].message, path).toMatch(VIETNAMESE)
    }
    expect((await rest('/api/legal-documents?limit=1001')).status).toBe(400)
  })

  it('"all" (limit=0, pagination=false) is one page of 1000, as Payload’s admin asks for a few ids', async () => {
    for (const path of ['/api/localities?limit=0', '/api/localities?pagination=false']) {
      const { status, body } = await rest(path, EDITOR)
      expect(status, path).toBe(200)
      expect(body.limit, path).toBe(MAX_LIST_LIMIT)
      expect(body.docs!.length, path).toBe(body.totalDocs)
    }
    const ids = ((await rest('/api/localities?limit=3', EDITOR)).body.docs as { id: number }[]).map((d) => d.id)
    const admin = await rest(`/api/localities?depth=0&limit=0&${ids.map((id, i) => `where[id][in][${i}]=${id}`).join('&')}`, ADMIN)
    expect(admin.body.docs).toHaveLength(3)
  })
})

describe('JSON bodies are capped (LOA_MAX_JSON_BYTES, 1 MB)', () => {
  const big = (bytes: number) => JSON.stringify({ kind: 'question', text: 'x'.repeat(bytes) })

  it('an anonymous 2 MB feedback body is refused with a 413 in Vietnamese, and nothing is stored', async () => {
    const before = (await payload.count({ collection: 'feedback' })).totalDocs
    const res = await routes.post(new Request(`${BASE}/api/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big(2 * 1024 * 1024) }), params('/api/feedback'))
    expect(res.status).toBe(413)
    expect(((await res.json()) as Body).errors?.[0].message).toMatch(/^Nội dung gửi lên quá lớn: tối đa 1 MB/)
    expect((await payload.count({ collection: 'feedback' })).totalDocs).toBe(before)
  })

  it('also through GraphQL, and when the body streams in without a length (counted, cut off at the cap)', async () => {
    const gql = await routes.graphql(new Request(`${BASE}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ LegalDocuments { docs { id } } } #${'x'.repeat(1024 * 1024)}` }) }))
    expect(gql.status).toBe(413)
    let pulled = 0
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++
        controller.enqueue(new TextEncoder().encode(pulled === 1 ? '{"text":"' : 'x'.repeat(64 * 1024)))
      },
    })
    const res = await routes.post(
      new Request(`${BASE}/api/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: endless, duplex: 'half' } as RequestInit),
      params('/api/feedback'),
    )
    expect(res.status).toBe(413)
    // About 1 MB read (17 chunks of 64 KB), not the endless rest.
    expect(pulled).toBeLessThan(40)
  })

  it('a body within the cap is read by Payload as before (sign-in over the real socket), and multipart uploads keep their own limits', async () => {
    const signIn = await send({ from: '127.0.8.1', method: 'POST', path: '/api/users/login', json: { email: EDITOR, password: 'loa-demo-2026' } })
    expect(signIn.status).toBe(200)
    // A photo of more than 1 MB, over the JSON cap, is an ordinary upload.
    const photo = await sharp({ create: { width: 1200, height: 1200, channels: 3, background: '#888', noise: { type: 'gaussian', mean: 128, sigma: 60 } } })
      .jpeg({ quality: 100 })
      .toBuffer()
    expect(photo.length).toBeGreaterThan(1024 * 1024)
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: 'Cán bộ BHXH tư vấn BHYT hộ gia đình tại nhà văn hóa', isPublic: false }))
    form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'tu-van.jpg')
    const res = await routes.post(new Request(`${BASE}/api/media`, { method: 'POST', headers: { authorization: `JWT ${tokens[EDITOR]}` }, body: form }), params('/api/media'))
    expect(res.status, await res.clone().text()).toBe(201)
  })
})

describe('filter forms that were database errors are refused with a 400 in Vietnamese', () => {
  // Each one answered a 500 on SQLite, on PostgreSQL or on both.
  const anonymous = [
    '/api/legal-documents?where[number][near]=1,2',
    '/api/legal-documents?where[number][within][type]=Polygon',
    '/api/legal-documents?where[number][intersects][type]=Point',
    '/api/legal-documents?where[number][equals][0]=1&where[number][equals][1]=2',
    '/api/legal-documents?where[number][like][0]=1&where[number][like][1]=2',
    '/api/legal-documents?where[number][not_like][0]=a',
    '/api/legal-documents?where[number][contains][0]=a',
    '/api/legal-documents?where[number][not_equals][a]=b',
    '/api/legal-documents?where[number][all]=x',
    '/api/legal-documents?where[kind][like]=dec',
    '/api/legal-documents?where[issueDate][like]=2026',
    '/api/legal-documents?where[id][not_like]=1',
  ]
  const signedIn = [
    '/api/messages?where[body.root.children.text][like]=x',
    '/api/messages?where[body.root][equals]=x',
    '/api/messages?where[body][like]=x',
    '/api/questions?where[answer][like][0]=x',
    '/api/outreach-tallies?where[figures.a][like][0]=x',
    '/api/outreach-tallies?where[figures][contains]=x',
    '/api/plans?where[organization.id][near]=1,2',
    '/api/plans?where[topics][all][0]=1&where[topics][all][1]=2',
    '/api/plans?where[createdAt][contains]=2026',
    '/api/plans?where[year][contains]=2026',
    '/api/plans?where[organization][contains]=1',
    '/api/topics?where[kind][not_like]=th',
  ]

  it('anonymous, on the public legal documents', async () => {
    for (const path of anonymous) {
      const { status, body } = await rest(path)
      expect(status, path).toBe(400)
      expect(body.errors?.[0].message, path).toMatch(VIETNAMESE)
    }
  })

  it('signed in: paths into rich text and JSON, coordinates through a relationship, operators a field cannot answer', async () => {
    for (const path of signedIn) {
      const { status, body } = await rest(path, ADMIN)
      expect(status, path).toBe(400)
      expect(body.errors?.[0].message, path).toMatch(VIETNAMESE)
    }
  })

  it('a filter of 20,000 OR branches is refused at once (it held SQLite for 49 s and failed); 100 still answer', async () => {
    const wide = (n: number) => encodeURIComponent(JSON.stringify({ or: Array.from({ length: n }, (_, i) => ({ title: { equals: `t${i}` } })) }))
    const refused = await rest(`/api/legal-documents?where=${wide(20_000)}`)
    expect(refused.status).toBe(400)
    expect(refused.body.errors?.[0].message).toMatch(/^Điều kiện lọc quá rộng: tối đa 100 điều kiện/)
    expect(refused.ms).toBeLessThan(5_000)
    expect((await rest(`/api/legal-documents?where=${wide(100)}`)).status).toBe(200)
    const values = await rest(`/api/legal-documents?where[number][in]=${Array.from({ length: 70_000 }, (_, i) => `s${i}`).join(',')}`)
    expect(values.status).toBe(400)
    expect(values.body.errors?.[0].message).toMatch(/tối đa 1000 giá trị/)
  })

  it('what Payload’s admin and Loa’s own pages ask still answers', async () => {
    for (const path of ['/api/legal-documents?where[or][0][number][like]=1%2F2026&where[or][1][title][like]=nghị', '/api/indicators?where[id][like]=1', '/api/events?where[audienceGroups][contains]=1', '/api/messages?where[body][exists]=true']) {
      expect((await rest(path, ADMIN)).status, path).toBe(200)
    }
  })

  it('GraphQL filters go through the same checks', async () => {
    const rich = await graphql('{ Messages(where: { body: { like: "x" } }) { docs { id } } }', { who: ADMIN })
    expect(rich.body.errors?.[0].message).toMatch(/"body" không lọc được bằng "like"/)
    const or = `{ LegalDocuments(where: { OR: [${Array.from({ length: 101 }, (_, i) => `{ number: { equals: "s${i}" } }`).join(',')}] }) { docs { id } } }`
    expect((await graphql(or)).body.errors?.[0].message).toMatch(/^Điều kiện lọc quá rộng/)
    const list = await graphql('{ LegalDocuments(where: { number: { in: ["1/2026/NĐ-CP", "2/2026/NĐ-CP"] } }) { docs { number } } }')
    expect(list.body.errors).toBeUndefined()
    expect((list.body.data?.LegalDocuments as { docs: unknown[] }).docs).toHaveLength(2)
  })
})

describe('GraphQL spends the same rate-limit budgets as REST', () => {
  it('password-reset requests: five an hour per account, REST and GraphQL together, from any machines', async () => {
    const email = 'reviewer@demo.loa'
    const viaRest = (i: number) => send({ from: `127.0.9.${i}`, method: 'POST', path: '/api/users/forgot-password', json: { email } })
    const viaGraphQL = (i: number) => send({ from: `127.0.9.${i}`, method: 'POST', path: '/api/graphql', json: { query: `mutation { forgotPasswordUser(email: "${email}") }` } })
    for (let i = 1; i <= 3; i++) expect((await viaRest(i)).status).toBe(200)
    for (let i = 4; i <= 5; i++) expect((await viaGraphQL(i)).body.errors).toBeUndefined()
    const sixth = await viaGraphQL(6)
    expect(sixth.body.errors?.[0].message).toMatch(/^Quá nhiều yêu cầu đặt lại mật khẩu/)
    expect((await viaRest(7)).status).toBe(429)
  })
})
