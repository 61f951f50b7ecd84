/** A real deployment (LOA_DEMO=false) gets the plan's reference data but no demo accounts or plans. */
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { demoEnabled, seed } from '../../src/seed'
import { apiRoutes, emptyPayload } from '../helpers'

let payload: Payload
beforeAll(async () => {
  payload = await emptyPayload()
})
afterAll(async () => {
  await payload?.destroy()
})

it('LOA_DEMO=false turns the demo data off; anything else leaves it on', () => {
  expect(demoEnabled({ LOA_DEMO: 'false' })).toBe(false)
  expect(demoEnabled({})).toBe(true)
  expect(demoEnabled({ LOA_DEMO: 'true' })).toBe(true)
})

it('seeds the communes, organizations and targets but no accounts', async () => {
  const result = await seed(payload, { demo: false })
  expect(result).toEqual({ seeded: true, demoAccounts: [] })
  expect((await payload.count({ collection: 'localities' })).totalDocs).toBe(114)
  expect((await payload.count({ collection: 'users' })).totalDocs).toBe(0)
  expect((await payload.count({ collection: 'plans', where: { periodKind: { equals: 'year' } } })).totalDocs).toBe(0)
})

it('the first account of such an install, made on the admin’s "create first user" screen, must have a policy password', async () => {
  const { post } = apiRoutes()
  const res = await post(
    new Request('http://localhost/api/users/first-register', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'quantri@haiphong.gov.vn', password: 'admin123', 'confirm-password': 'admin123', name: 'Quản trị' }),
    }),
    { params: Promise.resolve({ slug: ['users', 'first-register'] }) },
  )
  expect(res.status).toBe(400)
  const body = await res.json()
  expect(body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'password', message: expect.stringMatching(/^Mật khẩu cần ít nhất 10 ký tự/) })])
  expect((await payload.count({ collection: 'users' })).totalDocs).toBe(0)
})

it('the first account created on such an install becomes an admin', async () => {
  const first = await payload.create({
    collection: 'users',
    data: { email: 'quantri@haiphong.gov.vn', password: 'mat-khau-dau-tien', name: 'Quản trị' } as never,
  })
  expect(first.role).toBe('admin')
})
