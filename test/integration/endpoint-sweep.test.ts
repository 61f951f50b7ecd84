/**
 * Every custom endpoint of every collection, called without a login: each one refuses (401, 403
 * or 404) except the few that are public on purpose, and none fails with a 5xx. A new endpoint
 * without its access check fails here until it is added to the public list with a reason.
 */
import type { Payload, PayloadRequest } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { seededPayload } from '../helpers'

/** Public by design: the Q&A search is the site's own search, answered with published items only. */
const PUBLIC = new Set(['questions GET /search'])
/**
 * Payload's own endpoints on the auth and upload collections (sign-in, file serving: checked by
 * Payload and by the collections' access rules, tested elsewhere); its shared CRUD endpoints are
 * recognised by their handler being the same function on every collection.
 */
const PAYLOAD_AUTH_AND_UPLOAD = /^\/(access|first-register|forgot-password|init|login|logout|me|refresh-token|reset-password|unlock|verify\/:\w+|file\/:\w+|:id\/preview-size|paste-url.*)$/

let payload: Payload

beforeAll(async () => {
  payload = await seededPayload()
})
afterAll(async () => {
  await payload?.destroy()
})

it('no custom endpoint answers an anonymous caller, except the public ones', async () => {
  const { createLocalReq } = await import('payload')
  const seen: string[] = []
  const uses = new Map<unknown, number>()
  for (const c of payload.config.collections) for (const e of c.endpoints || []) uses.set(e.handler, (uses.get(e.handler) ?? 0) + 1)
  for (const collection of payload.config.collections) {
    if (collection.slug.startsWith('payload-')) continue // Payload's internal collections
    for (const endpoint of collection.endpoints || []) {
      if ((uses.get(endpoint.handler) ?? 0) > 1) continue // Payload's CRUD, shared by every collection
      if ((collection.auth || collection.upload) && PAYLOAD_AUTH_AND_UPLOAD.test(endpoint.path)) continue
      const name = `${collection.slug} ${endpoint.method.toUpperCase()} ${endpoint.path}`
      const req = (await createLocalReq({}, payload)) as PayloadRequest
      req.routeParams = { id: '1', index: '0' }
      Object.assign(req, { searchParams: new URLSearchParams('year=2026&period=year'), url: `http://localhost/api/${collection.slug}${endpoint.path}` })
      const res = await Promise.resolve(endpoint.handler(req)).catch((e) => { throw new Error(name + ': ' + e.message) })
      seen.push(name)
      expect(res.status, name).toBeLessThan(500)
      if (PUBLIC.has(name)) expect(res.status, name).toBe(200)
      else expect([401, 403, 404], name).toContain(res.status)
    }
  }
  // The sweep really covered the endpoints (a typo in the config walk would make it vacuous).
  expect(seen).toEqual(
    expect.arrayContaining([
      'events GET /calendar',
      'feedback POST /:id/draft',
      'indicators GET /dashboard',
      'indicators POST /import',
      'reports GET /:id/docx',
      'reports GET /:id/xlsx',
      'messages POST /:id/new-version',
      'questions GET /search',
    ]),
  )
})
