/** A real deployment (LOA_DEMO=false) gets the plan's reference data but no demo accounts or plans. */
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { FIRST_ACCOUNT_FROM_COMMAND_LINE } from '../../collections/Users/hooks/firstAccountFromCommandLine'
import { buildOfficialReport } from '../../src/lib/reportCompiler'
import type { Report } from '../../src/payload-types'
import { adminFromEnv, createAdmin, demoEnabled, seed } from '../../src/seed'
import { apiRoutes, emptyPayload } from '../helpers'

let payload: Payload
beforeAll(async () => {
  payload = await emptyPayload()
})
afterAll(async () => {
  await payload?.destroy()
})

it('demo data: on for the embedded database, off on PostgreSQL and MongoDB unless LOA_DEMO=true; LOA_DEMO=false turns it off', () => {
  expect(demoEnabled({})).toBe(true)
  expect(demoEnabled({ DATABASE_URL: 'file:./data/loa.db' })).toBe(true)
  expect(demoEnabled({ DATABASE_URL: 'file:./data/loa.db', LOA_DEMO: 'false' })).toBe(false)
  expect(demoEnabled({ DATABASE_URL: 'postgres://loa@db/loa' })).toBe(false)
  expect(demoEnabled({ DATABASE_URL: 'mongodb://db/loa' })).toBe(false)
  expect(demoEnabled({ DATABASE_URL: 'postgres://loa@db/loa', LOA_DEMO: 'true' })).toBe(true)
  expect(adminFromEnv({ LOA_ADMIN_EMAIL: 'quantri@haiphong.gov.vn' })).toBeNull()
  expect(adminFromEnv({ LOA_ADMIN_EMAIL: ' quantri@haiphong.gov.vn ', LOA_ADMIN_PASSWORD: 'x' })).toEqual({ email: 'quantri@haiphong.gov.vn', password: 'x', name: 'Quản trị hệ thống' })
})

it('seeds the communes, organizations and targets but no accounts', async () => {
  const result = await seed(payload, { demo: false })
  expect(result).toEqual({ seeded: true, demoAccounts: [] })
  expect((await payload.count({ collection: 'localities' })).totalDocs).toBe(114)
  expect((await payload.count({ collection: 'users' })).totalDocs).toBe(0)
  expect((await payload.count({ collection: 'plans', where: { periodKind: { equals: 'year' } } })).totalDocs).toBe(0)
})

it('real data is not marked as demo; Sở Nội vụ’s report carries its letterhead, symbol and signer’s position from the seed', async () => {
  expect((await payload.findGlobal({ slug: 'demo-data', depth: 0 })).illustrative).toBeFalsy()
  const built = await buildOfficialReport(payload, { kind: 'city', year: 2027, period: 'year', number: null } as unknown as Report)
  expect(built.illustrative).toBe(false)
  expect(built.issuer).toEqual({ parent: 'UBND THÀNH PHỐ HẢI PHÒNG', name: 'SỞ NỘI VỤ' })
  expect(built.number).toBe('Số:       /BC-SNV')
  expect(built.signer).toEqual({ role: 'GIÁM ĐỐC' })
  // Every body has a printed name, an abbreviation and a signer's position: none is left to a default.
  const { docs } = await payload.find({ collection: 'organizations', pagination: false, depth: 0 })
  const missing = docs.filter((o) => !o.letterheadName || !o.documentAbbreviation || !o.signerPosition).map((o) => o.name)
  expect(missing).toEqual([])
})

it('nobody creates the first account from the web: the "create first user" screen and endpoint are refused, in Vietnamese', async () => {
  const { post, graphql } = apiRoutes()
  const res = await post(
    new Request('http://localhost/api/users/first-register', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'ke-la@example.com', password: 'mat-khau-rat-dai-2026', 'confirm-password': 'mat-khau-rat-dai-2026', name: 'Người lạ' }),
    }),
    { params: Promise.resolve({ slug: ['users', 'first-register'] }) },
  )
  expect(res.status).toBe(403)
  expect((await res.json()).errors[0].message).toBe(FIRST_ACCOUNT_FROM_COMMAND_LINE)
  const created = await post(
    new Request('http://localhost/api/users', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'ke-la@example.com', password: 'mat-khau-rat-dai-2026', name: 'Người lạ', role: 'admin' }),
    }),
    { params: Promise.resolve({ slug: ['users'] }) },
  )
  expect(created.status).toBeGreaterThanOrEqual(400)
  const viaGraphql = await graphql(
    new Request('http://localhost/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { registerFirstUserUser: createUser(data: { email: "ke-la@example.com", password: "mat-khau-rat-dai-2026", name: "x", role: admin }) { id } }' }),
    }),
  )
  expect(((await viaGraphql.json()) as { data?: { registerFirstUserUser: unknown } }).data?.registerFirstUserUser ?? null).toBeNull()
  expect((await payload.count({ collection: 'users' })).totalDocs).toBe(0)
})

it('the first administrator comes from the command line (LOA_ADMIN_EMAIL / LOA_ADMIN_PASSWORD), under the password policy', async () => {
  await expect(createAdmin(payload, { email: 'quantri@haiphong.gov.vn', password: 'admin123', name: 'Quản trị' })).rejects.toThrow()
  expect((await payload.count({ collection: 'users' })).totalDocs).toBe(0)
  const first = await createAdmin(payload, { email: 'quantri@haiphong.gov.vn', password: 'mat-khau-dau-tien', name: 'Quản trị' })
  expect(first.role).toBe('admin')
})
