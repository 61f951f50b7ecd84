/**
 * Plan section VIII.1: every report goes to Sở Nội vụ "đồng gửi Bảo hiểm xã hội thành phố để theo
 * dõi, tổng hợp". BHXH thành phố's staff read what organizations have sent, and the whole dashboard,
 * without changing anything; drafts stay with their authors.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiRoutes, authHeader, callEndpoint, graphqlCall, idByName, isRefused, restCall, seededPayload, userByEmail } from '../helpers'

let payload: Payload
type U = Awaited<ReturnType<typeof userByEmail>>
let reviewer: U, bhxhCoordinator: U, hnd: U, ldld: U, editor: U
let draftId: number | string, sentId: number | string, ownDraftId: number | string
const as = (user: U) => ({ overrideAccess: false, user, depth: 0 })
const PASSWORD = 'loa-demo-2026'

beforeAll(async () => {
  payload = await seededPayload()
  reviewer = await userByEmail(payload, 'reviewer@demo.loa')
  editor = await userByEmail(payload, 'editor@demo.loa')
  hnd = await userByEmail(payload, 'hoinongdan@demo.loa')
  ldld = await userByEmail(payload, 'ldld@demo.loa')
  const bhxh = await idByName(payload, 'organizations', 'Bảo hiểm xã hội thành phố Hải Phòng')
  await payload.create({ collection: 'users', data: { email: 'dieuphoi.bhxh@demo.loa', password: PASSWORD, name: 'Hoàng Văn Minh', role: 'coordinator', organization: bhxh } as never })
  bhxhCoordinator = await userByEmail(payload, 'dieuphoi.bhxh@demo.loa')

  draftId = (await payload.create({ collection: 'reports', data: { kind: 'unit', year: 2027, period: 'h1', results: 'Bản nháp chưa gửi.' } as never, ...as(hnd) })).id
  const sent = await payload.create({ collection: 'reports', data: { kind: 'unit', year: 2027, period: 'year', results: 'Đã tổ chức đối thoại.' } as never, ...as(hnd) })
  sentId = (await payload.update({ collection: 'reports', id: sent.id, data: { status: 'submitted' } as never, ...as(hnd) })).id
  ownDraftId = (await payload.create({ collection: 'reports', data: { kind: 'unit', year: 2027, period: 'year' } as never, ...as(bhxhCoordinator) })).id
}, 300_000)

afterAll(async () => {
  await payload?.destroy()
})

describe('BHXH thành phố follows every report sent (plan VIII.1)', () => {
  it('its reviewers and coordinators read reports other organizations have sent, never their drafts', async () => {
    for (const user of [reviewer, bhxhCoordinator]) {
      const ids = (await payload.find({ collection: 'reports', ...as(user), pagination: false })).docs.map((r) => r.id)
      expect(ids).toContain(sentId)
      expect(ids).not.toContain(draftId)
      expect(await isRefused(payload.findByID({ collection: 'reports', id: draftId, ...as(user) }))).toBe(true)
    }
    // Its coordinator keeps its own draft; a reviewer does not write reports.
    expect((await payload.find({ collection: 'reports', ...as(bhxhCoordinator), pagination: false })).docs.map((r) => r.id)).toContain(ownDraftId)
  })

  it('the same reach over REST, GraphQL and the DOCX download', async () => {
    const routes = apiRoutes()
    const auth = await authHeader(payload, 'reviewer@demo.loa')
    expect((await restCall(routes, auth, 'GET', `reports/${sentId}`)).status).toBe(200)
    expect((await restCall(routes, auth, 'GET', `reports/${draftId}`)).status).toBe(404)
    const listed = await graphqlCall(routes, auth, '{ a: Reports(limit: 100) { docs { id } } b: Report(id: ' + JSON.stringify(draftId) + ') { id } }')
    expect((listed.data?.a as { docs: { id: unknown }[] }).docs.map((d) => String(d.id))).toContain(String(sentId))
    expect((listed.data?.a as { docs: { id: unknown }[] }).docs.map((d) => String(d.id))).not.toContain(String(draftId))
    expect(listed.data?.b ?? null).toBeNull()
    expect((await callEndpoint(payload, 'reports', '/:id/docx', reviewer, { id: sentId })).status).toBe(200)
    expect((await callEndpoint(payload, 'reports', '/:id/docx', reviewer, { id: draftId })).status).toBe(404)
  })

  it('following is reading: no change, no decision, no deletion of another organization’s report', async () => {
    for (const user of [reviewer, bhxhCoordinator]) {
      expect(await isRefused(payload.update({ collection: 'reports', id: sentId, data: { results: 'Sửa hộ' } as never, ...as(user) }))).toBe(true)
      expect(await isRefused(payload.update({ collection: 'reports', id: sentId, data: { status: 'accepted' } as never, ...as(user) }))).toBe(true)
      expect(await isRefused(payload.delete({ collection: 'reports', id: sentId, ...as(user) }))).toBe(true)
      // A bulk update with a filter that matches the sent report: refused (reviewer) or matching nothing (coordinator).
      const bulk = payload.update({ collection: 'reports', where: { id: { equals: sentId } }, data: { results: 'Sửa hàng loạt' } as never, ...as(user) })
      if (user === reviewer) expect(await isRefused(bulk)).toBe(true)
      else expect((await bulk).docs).toHaveLength(0)
    }
    const stored = await payload.findByID({ collection: 'reports', id: sentId, depth: 0 })
    expect(stored.status).toBe('submitted')
    expect(stored.results).toBe('Đã tổ chức đối thoại.')
  })

  it('other organizations and BHXH’s editors still read no one else’s report', async () => {
    expect(await isRefused(payload.findByID({ collection: 'reports', id: sentId, ...as(ldld) }))).toBe(true)
    expect(await isRefused(payload.find({ collection: 'reports', ...as(editor) }))).toBe(true)
  })

  it('the whole city’s dashboard, any scope, for BHXH’s staff; a coordinator elsewhere keeps their own organization', async () => {
    const city = await callEndpoint(payload, 'indicators', '/dashboard', reviewer, {}, { year: '2027', period: 'year', scope: 'city' })
    expect(city.status).toBe(200)
    expect((await city.json()).query).toMatchObject({ scope: 'city' })
    const other = await callEndpoint(payload, 'indicators', '/dashboard', ldld, {}, { year: '2027', period: 'year', scope: 'city' })
    expect((await other.json()).query).toMatchObject({ scope: 'organization' })
    expect((await callEndpoint(payload, 'indicators', '/dashboard', editor, {}, { year: '2027', period: 'year' })).status).toBe(403)
  })
})
