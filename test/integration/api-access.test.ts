/**
 * Access through the two public APIs as a client sees them (Payload's real REST and GraphQL
 * handlers, signed in with a JWT): hidden fields can be neither read, nor filtered or sorted on
 * (no oracle on a feedback sender's phone); versions follow the documents' rules; reports,
 * figures and the audit trail stay with who may read them.
 */
import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { idByName, seededPayload } from '../helpers'

let payload: Payload
let restGet: ReturnType<typeof REST_GET>
let graphql: ReturnType<typeof GRAPHQL_POST>
const tokens: Record<string, string> = {}
const PHONE = '0900000001'

beforeAll(async () => {
  payload = await seededPayload()
  const config = import('../../payload.config').then((m) => m.default)
  restGet = REST_GET(config)
  graphql = GRAPHQL_POST(config)
  for (const who of ['evaluator', 'ldld', 'hoinongdan', 'editor']) {
    tokens[who] = (await payload.login({ collection: 'users', data: { email: `${who}@demo.loa`, password: 'loa-demo-2026' } })).token!
  }
  await payload.create({ collection: 'feedback', data: { kind: 'question', text: 'Câu hỏi có số điện thoại', consent: true, name: 'Đinh Văn Zũng', phone: PHONE } as never })
})
afterAll(async () => {
  await payload?.destroy()
})

const rest = async (who: string | null, path: string) => {
  const url = new URL(`http://localhost/api/${path}`)
  // An English-language browser: API errors stay Vietnamese all the same.
  const headers: Record<string, string> = { 'Accept-Language': 'en-US,en;q=0.9', ...(who ? { Authorization: `JWT ${tokens[who]}` } : {}) }
  const res = await restGet(new Request(url, { headers }), {
    params: Promise.resolve({ slug: url.pathname.replace('/api/', '').split('/') }),
  })
  return { status: res.status, body: (await res.json()) as { totalDocs?: number; docs?: Record<string, unknown>[]; errors?: { message: string }[] } }
}
const gql = async (who: string | null, query: string) => {
  const res = await graphql(
    new Request('http://localhost/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(who ? { Authorization: `JWT ${tokens[who]}` } : {}) },
      body: JSON.stringify({ query }),
    }),
  )
  return (await res.json()) as { data?: Record<string, { totalDocs?: number; docs?: Record<string, unknown>[] } | null>; errors?: { message: string }[] }
}

describe('hidden fields: not read, not filtered, not sorted on', () => {
  it('Sở Nội vụ reads feedback but cannot probe a sender’s phone or name, over REST', async () => {
    for (const path of [`feedback?where[phone][equals]=${PHONE}`, 'feedback?where[phone][equals]=0999999999', 'feedback?sort=phone', 'feedback?where[name][like]=Z']) {
      const { status, body } = await rest('evaluator', path)
      expect(status, path).toBe(400)
      expect(body.docs, path).toBeUndefined()
      // In Vietnamese, whatever the browser's language (Payload writes this one in English).
      expect(body.errors?.[0].message, path).toMatch(/^Không thể lọc hoặc sắp xếp theo "(phone|name)"/)
    }
    const selected = await rest('evaluator', 'feedback?select[phone]=true&select[name]=true&limit=100')
    expect(selected.status).toBe(200)
    expect(JSON.stringify(selected.body)).not.toContain(PHONE)
  })

  it('and over GraphQL', async () => {
    const filtered = await gql('evaluator', `{ Feedbacks(where: { phone: { equals: "${PHONE}" } }) { totalDocs docs { id } } }`)
    expect(filtered.data?.Feedbacks ?? null).toBeNull()
    expect(filtered.errors?.[0].message).toMatch(/Không thể lọc hoặc sắp xếp theo "phone"/)
    const read = await gql('evaluator', '{ Feedbacks(limit: 100) { docs { id text phone name } } }')
    expect(JSON.stringify(read)).toContain('Câu hỏi có số điện thoại')
    expect(JSON.stringify(read)).not.toContain(PHONE)
  })
})

describe('versions, reports, figures and the trail', () => {
  it('a coordinator reads plan versions only of its own plans and of approved ones', async () => {
    const ldld = await idByName(payload, 'organizations', 'Liên đoàn Lao động thành phố Hải Phòng')
    const { status, body } = await rest('ldld', 'plans/versions?limit=100&depth=0')
    expect(status).toBe(200)
    const versions = (body.docs ?? []).map((d) => d.version as { organization: number; status: string })
    expect(versions.length).toBeGreaterThan(0)
    expect(versions.every((v) => v.organization === ldld || v.status === 'approved')).toBe(true)
  })

  it('another organization’s report is out of reach over REST and GraphQL; the audit trail too', async () => {
    const hnd = await idByName(payload, 'organizations', 'Hội Nông dân thành phố Hải Phòng')
    const own = await rest('hoinongdan', 'reports?depth=0')
    expect(own.body.docs?.length).toBeGreaterThan(0)
    const id = own.body.docs![0].id
    expect([403, 404]).toContain((await rest('ldld', `reports/${id}`)).status)
    // The same queries answer for those allowed (so a refusal below is access, not a typo).
    const mine = await gql('hoinongdan', '{ Reports { docs { id organization { id } } } }')
    expect(mine.data?.Reports?.docs?.length).toBeGreaterThan(0)
    expect((await gql('evaluator', '{ AuditLogs(limit: 1) { docs { id changes } } }')).data?.AuditLogs?.docs?.length).toBe(1)
    const list = await gql('ldld', '{ Reports { docs { id organization { id } } } }')
    expect(list.errors).toBeUndefined()
    expect(JSON.stringify(list.data?.Reports?.docs ?? [])).not.toContain(`"id":${hnd}}`)
    expect([401, 403]).toContain((await rest('editor', 'reports')).status)
    expect([401, 403]).toContain((await rest('ldld', 'audit-log')).status)
    expect([401, 403]).toContain((await rest(null, 'audit-log')).status)
    const trail = await gql(null, '{ AuditLogs { docs { id changes } } }')
    expect(trail.data?.AuditLogs ?? null).toBeNull()
  })

  it('participation figures: a city body’s coordinator reads none, anonymous callers none', async () => {
    expect([401, 403]).toContain((await rest('ldld', 'indicators')).status)
    expect([401, 403]).toContain((await rest(null, 'indicators')).status)
    expect((await rest('evaluator', 'indicators?limit=1')).body.totalDocs).toBeGreaterThan(0)
  })
})
