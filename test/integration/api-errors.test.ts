/**
 * Every API error speaks Vietnamese (English for a user who chose it), also those Payload answers
 * without its error hooks: an unknown route, a locked document, GraphQL's own validation and
 * complexity errors; and no error describes the schema to someone guessing at it ("Did you mean …").
 * Through the route handlers as the app's route files wrap them (apiRoutes).
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiRoutes, seededPayload, userByEmail, type ApiRoutes } from '../helpers'

let payload: Payload
let routes: ApiRoutes
const tokens: Record<string, string> = {}

const BASE = 'http://localhost:3000'
const params = (path: string) => ({ params: Promise.resolve({ slug: path.replace(/^\/api\//, '').split('?')[0].split('/') }) })
const ENGLISH_COOKIE = { cookie: 'payload-lng=en' }

function request(method: string, path: string, { token, body, headers = {} }: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  return new Request(`${BASE}${path}`, {
    method,
    headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `JWT ${token}` } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  })
}

async function graphql(query: string, headers: Record<string, string> = {}) {
  const res = await routes.graphql(request('POST', '/api/graphql', { body: { query }, headers }))
  return { status: res.status, body: (await res.json()) as { errors?: { message: string }[]; data?: unknown } }
}

const ASCII_ONLY = /^[\x20-\x7e]*$/

beforeAll(async () => {
  payload = await seededPayload()
  routes = apiRoutes()
  for (const email of ['ldld@demo.loa', 'evaluator@demo.loa']) {
    const res = await routes.post(request('POST', '/api/users/login', { body: { email, password: 'loa-demo-2026' } }), params('/api/users/login'))
    tokens[email] = ((await res.json()) as { token: string }).token
  }
})
afterAll(async () => {
  await payload?.destroy()
})

describe('REST', () => {
  it('an unknown address is a 404 in Vietnamese', async () => {
    const res = await routes.get(request('GET', '/api/khong-co-gi/abc'), params('/api/khong-co-gi/abc'))
    expect(res.status).toBe(404)
    const body = (await res.json()) as { message?: string; errors?: { message: string }[] }
    const message = body.message ?? body.errors?.[0].message
    expect(message).toMatch(/^Không có địa chỉ API/)
  })

  it('a document another user is editing answers a 423 in Vietnamese', async () => {
    const ldld = await userByEmail(payload, 'ldld@demo.loa')
    const evaluator = await userByEmail(payload, 'evaluator@demo.loa')
    const plan = await payload.create({
      collection: 'plans',
      data: { title: 'Kế hoạch đang được sửa', periodKind: 'year', year: 2027 } as never,
      user: ldld,
      overrideAccess: false,
    })
    // Sở Nội vụ has the plan open in the admin (a fresh lock); the coordinator's save must wait.
    await payload.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: 'plans', value: plan.id }, globalSlug: null, user: { relationTo: 'users', value: evaluator.id } } as never,
    })
    const path = `/api/plans/${plan.id}`
    const res = await routes.patch(request('PATCH', path, { token: tokens['ldld@demo.loa'], body: { title: 'Đổi tên' } }), params(path))
    expect(res.status).toBe(423)
    const { errors } = (await res.json()) as { errors: { message: string }[] }
    expect(errors[0].message).toMatch(/đang được người khác mở để sửa/)
    expect(errors[0].message).not.toMatch(/locked/i)
  })

  it('a value the database keeps unique is refused with the field’s label, never its code (REST and GraphQL)', async () => {
    const admin = (await routes.post(request('POST', '/api/users/login', { body: { email: 'admin@demo.loa', password: 'loa-demo-2026' } }), params('/api/users/login')).then((r) => r.json())) as { token: string }
    const topic = await payload.create({ collection: 'topics', data: { code: 'TRUNG', name: 'Chủ đề có mã trùng', kind: 'policy' } as never })
    const res = await routes.post(request('POST', '/api/topics', { token: admin.token, body: { code: 'TRUNG', name: 'Chủ đề thứ hai', kind: 'policy' } }), params('/api/topics'))
    expect(res.status).toBe(400)
    const { errors } = (await res.json()) as { errors: { message: string; data: { errors: { path: string; label?: string }[] } }[] }
    expect(errors[0].message).toMatch(/không hợp lệ: Mã$/)
    expect(errors[0].data.errors).toEqual([expect.objectContaining({ path: 'code', label: 'Mã' })])
    // A duplicate made through GraphQL with the same code.
    const { body } = await graphql(`mutation { duplicateTopic(id: ${JSON.stringify(topic.id)}, data: { code: "TRUNG", name: "Chủ đề thứ ba", kind: policy }) { id } }`, { authorization: `JWT ${admin.token}` })
    expect(body.errors?.[0].message).toMatch(/không hợp lệ: Mã$/)
    expect(await payload.count({ collection: 'topics', where: { code: { equals: 'TRUNG' } } })).toEqual({ totalDocs: 1 })
  })
})

describe('GraphQL', () => {
  it('a field that does not exist: Vietnamese, and no hint naming the fields that do', async () => {
    const { body } = await graphql('{ Plann { docs { id } } }', { authorization: `JWT ${tokens['ldld@demo.loa']}` })
    expect(body.errors?.length).toBeGreaterThan(0)
    for (const e of body.errors!) {
      expect(e.message).not.toMatch(/Did you mean/)
      expect(e.message).not.toMatch(ASCII_ONLY)
    }
    expect(body.errors![0].message).toMatch(/^Không có trường "Plann"/)
  })

  it('a user who chose English gets English, still without schema hints', async () => {
    const { body } = await graphql('{ Plann { docs { id } } }', ENGLISH_COOKIE)
    expect(body.errors![0].message).toMatch(/^Cannot query field "Plann"/)
    expect(body.errors![0].message).not.toMatch(/Did you mean/)
  })

  it('a query above the complexity limit and a query with a syntax error are refused in Vietnamese', async () => {
    const aliases = Array.from({ length: 300 }, (_, i) => `a${i}: Localities(limit: 1) { docs { id name } }`).join('\n')
    const heavy = await graphql(`{ ${aliases} }`)
    expect(heavy.body.data ?? null).toBeNull()
    expect(heavy.body.errors?.[0].message).toMatch(/^Truy vấn GraphQL quá nặng/)

    const broken = await graphql('{ Localities( { docs { id } } }')
    expect(broken.body.errors?.[0].message).toMatch(/^Truy vấn GraphQL sai cú pháp/)
  })

  it('a refused mutation keeps its field errors, in Vietnamese with the field’s label', async () => {
    const { body } = await graphql('mutation { createPlan(data: { title: "Kế hoạch 2031", periodKind: year, status: draft, year: 2031 }) { id } }', {
      authorization: `JWT ${tokens['ldld@demo.loa']}`,
    })
    const [error] = body.errors as { message: string; extensions: { name: string; data: { errors: { path: string; message: string; label: string }[] } } }[]
    expect(error.message).toMatch(/không hợp lệ: Năm$/)
    expect(error.extensions.name).toBe('ValidationError')
    expect(error.extensions.data.errors.find((e) => e.path === 'year')?.message).toMatch(/2026–2030/)
  })
})
