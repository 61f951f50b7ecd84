/**
 * The HTTP contract other tools rely on: Payload's REST and GraphQL routes, called as Next calls
 * them (route handlers with a Request), with the same access rules as the Local API.
 */
import { GRAPHQL_POST, REST_GET, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seededPayload } from '../helpers'

let payload: Payload
let restGet: ReturnType<typeof REST_GET>
let restPost: ReturnType<typeof REST_POST>
let graphql: ReturnType<typeof GRAPHQL_POST>

beforeAll(async () => {
  payload = await seededPayload()
  const config = import('../../payload.config').then((m) => m.default)
  restGet = REST_GET(config)
  restPost = REST_POST(config)
  graphql = GRAPHQL_POST(config)
})
afterAll(async () => {
  await payload?.destroy()
})

const BASE = 'http://localhost:3000'
const slugOf = (path: string) => path.replace(/^\/api\//, '').split('?')[0].split('/')
const params = (path: string) => ({ params: Promise.resolve({ slug: slugOf(path) }) })

function request(method: string, path: string, { token, body }: { token?: string; body?: unknown } = {}) {
  return new Request(`${BASE}${path}`, {
    method,
    headers: {
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  })
}

async function login(email: string): Promise<string> {
  const res = await restPost(request('POST', '/api/users/login', { body: { email, password: 'loa-demo-2026' } }), params('/api/users/login'))
  expect(res.status).toBe(200)
  return (await res.json()).token
}

describe('REST', () => {
  it('anonymous visitors are refused the plans', async () => {
    const res = await restGet(request('GET', '/api/plans'), params('/api/plans'))
    expect(res.status).toBe(403)
  })

  it('a coordinator lists their own plans and other organizations’ approved plans only', async () => {
    const token = await login('hoinongdan@demo.loa')
    const res = await restGet(request('GET', '/api/plans?depth=1&limit=100', { token }), params('/api/plans'))
    expect(res.status).toBe(200)
    const { docs } = (await res.json()) as { docs: { status: string; organization: { name: string } }[] }
    expect(docs.length).toBeGreaterThan(0)
    for (const p of docs) {
      expect(p.status === 'approved' || p.organization.name === 'Hội Nông dân thành phố Hải Phòng').toBe(true)
    }
    // Thiên Hương's submitted (not approved) plan stays hidden.
    expect(docs.some((p) => p.organization.name === 'UBND phường Thiên Hương')).toBe(false)
  })

  it('bad input gets a 400 with a Vietnamese field message, and nothing is stored', async () => {
    const token = await login('ldld@demo.loa')
    const before = (await payload.count({ collection: 'plans' })).totalDocs
    const res = await restPost(
      request('POST', '/api/plans', { token, body: { title: 'Kế hoạch 2031', periodKind: 'year', year: 2031 } }),
      params('/api/plans'),
    )
    expect(res.status).toBe(400)
    const body = await res.json()
    const fieldErrors = body.errors[0].data.errors as { path: string; message: string }[]
    expect(fieldErrors.find((e) => e.path === 'year')?.message).toMatch(/2026–2030/)
    expect((await payload.count({ collection: 'plans' })).totalDocs).toBe(before)
  })
})

describe('GraphQL', () => {
  const query = (token?: string) =>
    graphql(
      request('POST', '/api/graphql', {
        token,
        body: { query: '{ Plans(limit: 100) { docs { title status organization { name } } } }' },
      }),
    )

  it('applies the same rules: a coordinator sees approved plans and their own', async () => {
    const token = await login('thienhuong@demo.loa')
    const res = await query(token)
    const body = await res.json()
    const docs = body.data.Plans.docs as { status: string; organization: { name: string } }[]
    expect(docs.some((p) => p.organization.name === 'UBND phường Thiên Hương' && p.status === 'submitted')).toBe(true)
    expect(docs.every((p) => p.status === 'approved' || p.organization.name === 'UBND phường Thiên Hương')).toBe(true)
  })

  it('gives anonymous callers nothing', async () => {
    const body = await (await query()).json()
    expect(body.data?.Plans ?? null).toBeNull()
    expect(body.errors?.[0]?.message).toBeTruthy()
  })
})
