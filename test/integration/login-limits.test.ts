/**
 * Rate limits on signing in and on password-reset requests, through Payload's real REST handler:
 * one client is refused with a Vietnamese 429 and a wait time once over its budget, another client
 * goes on; the server's own Local API is never limited.
 */
import { REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { seededPayload } from '../helpers'

let payload: Payload
let restPost: ReturnType<typeof REST_POST>

beforeAll(async () => {
  process.env.LOA_LOGIN_LIMIT = '4'
  payload = await seededPayload()
  restPost = REST_POST(import('../../payload.config').then((m) => m.default))
})
afterAll(async () => {
  await payload?.destroy()
})

async function post(path: string, body: unknown, ip: string, token?: string) {
  const res = await restPost(
    new Request(`http://localhost/api/users/${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': ip, ...(token ? { Authorization: `JWT ${token}` } : {}) },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ slug: ['users', path] }) },
  )
  return { status: res.status, body: (await res.json()) as { errors?: { message: string }[]; token?: string } }
}

it('a client over its sign-in budget is refused with a wait time, whichever accounts it tries; others are not', async () => {
  const ip = '203.0.113.5'
  const emails = ['admin@demo.loa', 'editor@demo.loa', 'reviewer@demo.loa', 'evaluator@demo.loa']
  // Four wrong guesses on four accounts: no account reaches its own lockout (5), yet the client is spent.
  for (const email of emails) expect((await post('login', { email, password: 'sai-mat-khau' }, ip)).status).toBe(401)
  const refused = await post('login', { email: 'ldld@demo.loa', password: 'loa-demo-2026' }, ip)
  expect(refused.status).toBe(429)
  expect(refused.body.errors?.[0].message).toMatch(/Quá nhiều lần đăng nhập.*phút/)
  const other = await post('login', { email: 'ldld@demo.loa', password: 'loa-demo-2026' }, '203.0.113.6')
  expect(other.status).toBe(200)
  expect(other.body.token).toBeTruthy()
  // The server's own code is not limited.
  const local = await payload.login({ collection: 'users', data: { email: 'ldld@demo.loa', password: 'loa-demo-2026' } })
  expect(local.token).toBeTruthy()
})

it('password-reset requests: twenty an hour per client', async () => {
  const ip = '203.0.113.9'
  for (let i = 0; i < 20; i++) expect((await post('forgot-password', { email: 'editor@demo.loa' }, ip)).status).toBe(200)
  const refused = await post('forgot-password', { email: 'editor@demo.loa' }, ip)
  expect(refused.status).toBe(429)
  expect(refused.body.errors?.[0].message).toMatch(/đặt lại mật khẩu/)
})

it('a locked account stays locked for everyone but an admin (no self-service unlock by another user)', async () => {
  const ip = '203.0.113.40'
  const account = 'hoinongdan@demo.loa'
  // Five wrong passwords lock the account (from different clients: the per-client budget is 4 here).
  for (let i = 0; i < 5; i++) await post('login', { email: account, password: 'sai-mat-khau' }, `203.0.113.${50 + i}`)
  expect((await post('login', { email: account, password: 'loa-demo-2026' }, ip)).status).toBe(401)
  const evaluator = (await payload.login({ collection: 'users', data: { email: 'evaluator@demo.loa', password: 'loa-demo-2026' } })).token
  expect((await post('unlock', { email: account }, ip, evaluator)).status).toBe(403)
  expect((await post('login', { email: account, password: 'loa-demo-2026' }, '203.0.113.41')).status).toBe(401)
  const admin = (await payload.login({ collection: 'users', data: { email: 'admin@demo.loa', password: 'loa-demo-2026' } })).token
  expect((await post('unlock', { email: account }, ip, admin)).status).toBe(200)
  expect((await post('login', { email: account, password: 'loa-demo-2026' }, '203.0.113.42')).status).toBe(200)
})
