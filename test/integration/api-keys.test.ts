/**
 * API keys for integrations (collection api-clients): a key opens exactly its scopes through the
 * real REST and GraphQL handlers and nothing a role would; a revoked or unknown key opens nothing;
 * only admins manage keys, and no key reaches the audit trail.
 */
import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { IMPORT_COLUMNS } from '../../src/domain/indicatorImport'
import { apiRoutes, isRefused, seededPayload, userByEmail, type ApiRoutes } from '../helpers'

let payload: Payload
let routes: ApiRoutes
const keys = { figures: randomUUID(), importer: randomUUID(), events: randomUUID(), revoked: randomUUID() }
let revokedId: number | string

const params = (path: string) => ({ params: Promise.resolve({ slug: new URL(path, 'http://localhost').pathname.replace('/api/', '').split('/') }) })
const auth = (key: string) => ({ Authorization: `api-clients API-Key ${key}` })

async function get(key: string, path: string) {
  const res = await routes.get(new Request(`http://localhost/api/${path}`, { headers: auth(key) }), params(`/api/${path}`))
  return { status: res.status, body: (await res.json()) as { docs?: Record<string, unknown>[]; totalDocs?: number; errors?: { message: string }[] } }
}
async function post(key: string, path: string, body: BodyInit, contentType?: string) {
  const headers: Record<string, string> = { ...auth(key), ...(contentType ? { 'Content-Type': contentType } : {}) }
  const res = await routes.post(new Request(`http://localhost/api/${path}`, { method: 'POST', headers, body }), params(`/api/${path}`))
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

beforeAll(async () => {
  payload = await seededPayload()
  routes = apiRoutes()
  const client = (name: string, scopes: string[], apiKey: string) =>
    payload.create({ collection: 'api-clients', data: { name, scopes, enableAPIKey: true, apiKey } as never })
  await client('Kho dữ liệu BHXH thành phố', ['read_figures'], keys.figures)
  await client('Cổng báo cáo của thành phố', ['import_figures'], keys.importer)
  await client('Cổng dữ liệu mở', ['read_events'], keys.events)
  revokedId = (await client('Hệ thống cũ', ['read_figures', 'read_events'], keys.revoked)).id
  await payload.update({ collection: 'api-clients', id: revokedId, data: { enableAPIKey: false } as never })
})
afterAll(async () => {
  await payload?.destroy()
})

describe('a key opens its scopes and nothing else', () => {
  it('read_figures reads every commune’s figures and exports them, but writes none and reads no events', async () => {
    const figures = await get(keys.figures, 'indicators?limit=200&depth=0')
    expect(figures.status).toBe(200)
    expect(figures.body.totalDocs).toBe(await payload.count({ collection: 'indicators' }).then((c) => c.totalDocs))
    expect(figures.body.totalDocs).toBeGreaterThan(0)
    const exported = await routes.get(new Request('http://localhost/api/indicators/export?format=csv', { headers: auth(keys.figures) }), params('/api/indicators/export'))
    expect(exported.status).toBe(200)
    expect(await exported.text()).toContain('Phường Kiến An')

    expect((await get(keys.figures, 'events?limit=1')).status).toBe(403)
    const created = await post(keys.figures, 'indicators', JSON.stringify({ year: 2027 }), 'application/json')
    expect(created.status).toBe(403)
  })

  it('read_events reads events but neither figures, feedback, users, reports nor the trail', async () => {
    const events = await get(keys.events, 'events?limit=5&depth=0')
    expect(events.status).toBe(200)
    expect(events.body.totalDocs).toBeGreaterThan(0)
    for (const path of ['indicators', 'feedback', 'users', 'reports', 'audit-log', 'api-clients']) {
      const { status, body } = await get(keys.events, `${path}?limit=1`)
      expect(status, path).toBe(403)
      expect(body.docs, path).toBeUndefined()
    }
    const dashboard = await get(keys.events, 'indicators/dashboard?year=2026&period=h1')
    expect([401, 403], 'dashboard').toContain(dashboard.status)
  })

  it('import_figures imports a file in one go; the trail names the integration, never its key', async () => {
    const csv = [IMPORT_COLUMNS.map((c) => c.header).join(';'), 'Phường Lê Chân;2027;H1;52100;30000;50000;15000;1200;14000;từ hệ thống'].join('\r\n')
    const form = new FormData()
    form.append('file', new Blob([csv]), 'so-lieu.csv')
    const imported = await post(keys.importer, 'indicators/import?commit=true', form)
    expect(imported.status, JSON.stringify(imported.body)).toBe(200)
    expect(imported.body.created).toBe(1)
    const { docs } = await payload.find({ collection: 'audit-log', where: { targetCollection: { equals: 'indicators' }, action: { equals: 'create' } }, sort: '-createdAt', limit: 1 })
    expect(docs[0].userEmail).toBe('ứng dụng tích hợp: Cổng báo cáo của thành phố')
    expect(docs[0].user ?? null).toBeNull()

    // The same key reads nothing: importing is not reading.
    expect((await get(keys.importer, 'indicators?limit=1')).status).toBe(403)
    const form2 = new FormData()
    form2.append('file', new Blob([csv]), 'so-lieu.csv')
    expect((await post(keys.figures, 'indicators/import?commit=true', form2)).status).toBe(403)
  })

  it('over GraphQL too', async () => {
    const ask = async (key: string, query: string) => {
      const res = await routes.graphql(new Request('http://localhost/api/graphql', { method: 'POST', headers: { ...auth(key), 'Content-Type': 'application/json' }, body: JSON.stringify({ query }) }))
      return (await res.json()) as { data?: Record<string, { totalDocs?: number } | null>; errors?: { message: string }[] }
    }
    const figures = await ask(keys.figures, '{ Indicators(limit: 1) { totalDocs } }')
    expect(figures.data?.Indicators?.totalDocs).toBeGreaterThan(0)
    const feedback = await ask(keys.figures, '{ Feedbacks(limit: 1) { totalDocs } }')
    expect(feedback.data?.Feedbacks ?? null).toBeNull()
    expect(feedback.errors?.length).toBeGreaterThan(0)
  })
})

describe('keys that open nothing', () => {
  it('a revoked key and an unknown key are anonymous: public content only', async () => {
    for (const key of [keys.revoked, randomUUID()]) {
      expect((await get(key, 'indicators?limit=1')).status).toBe(403)
      expect((await get(key, 'events?limit=1')).status).toBe(403)
      expect((await get(key, 'users/me')).body).toMatchObject({ user: null })
    }
  })

  it('a key cannot sign in, and its holder cannot edit itself or widen its scopes', async () => {
    const login = await post(keys.figures, 'api-clients/login', JSON.stringify({ email: 'x@y.vn', password: 'x' }), 'application/json')
    expect(login.status).toBeGreaterThanOrEqual(400)
    expect(login.status).toBeLessThan(500)
    const { docs } = await payload.find({ collection: 'api-clients', where: { name: { equals: 'Kho dữ liệu BHXH thành phố' } } })
    const path = `/api/api-clients/${docs[0].id}`
    const res = await routes.patch(
      new Request(`http://localhost${path}`, { method: 'PATCH', headers: { ...auth(keys.figures), 'Content-Type': 'application/json' }, body: JSON.stringify({ scopes: ['read_figures', 'import_figures'] }) }),
      params(path),
    )
    expect(res.status).toBe(403)
    const after = await payload.findByID({ collection: 'api-clients', id: docs[0].id })
    expect(after.scopes).toEqual(['read_figures'])
  })

  it('only admins see and manage integrations; the trail records keys being issued without the key', async () => {
    const evaluator = { ...(await userByEmail(payload, 'evaluator@demo.loa')), collection: 'users' as const }
    expect(await isRefused(payload.find({ collection: 'api-clients', user: evaluator, overrideAccess: false }))).toBe(true)
    expect(await isRefused(payload.create({ collection: 'api-clients', user: evaluator, overrideAccess: false, data: { name: 'X', scopes: ['read_figures'] } as never }))).toBe(true)
    const admin = { ...(await userByEmail(payload, 'admin@demo.loa')), collection: 'users' as const }
    const listed = await payload.find({ collection: 'api-clients', user: admin, overrideAccess: false })
    expect(listed.totalDocs).toBe(4)

    const trail = await payload.find({ collection: 'audit-log', where: { targetCollection: { equals: 'api-clients' } }, limit: 100 })
    expect(trail.totalDocs).toBeGreaterThanOrEqual(5) // four created, one revoked
    const text = JSON.stringify(trail.docs)
    for (const key of Object.values(keys)) expect(text).not.toContain(key)
    expect(text).toContain('enableAPIKey')
  })
})
