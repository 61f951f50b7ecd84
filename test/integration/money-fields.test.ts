/**
 * Every amount in đồng (event costs, plan budget lines, campaign estimates) is a whole, non-negative
 * number on every route: "4.500.000" sent as text is never stored as 4.5, a fraction is refused.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiRoutes, authHeader, expectFieldError, idByName, restCall, seededPayload } from '../helpers'

let payload: Payload
let organization: number | string
let locality: number | string

beforeAll(async () => {
  payload = await seededPayload()
  organization = await idByName(payload, 'organizations', 'Hội Nông dân thành phố Hải Phòng')
  locality = await idByName(payload, 'localities', 'Phường Thiên Hương')
}, 300_000)

afterAll(async () => {
  await payload?.destroy()
})

const event = (actualCost: unknown) => ({
  title: 'Đối thoại chính sách',
  kind: 'policy_dialogue',
  organization,
  locality,
  startAt: '2026-06-12T01:30:00.000Z',
  endAt: '2026-06-12T04:00:00.000Z',
  status: 'held',
  attendance: 40,
  actualCost,
})

describe('amounts in đồng', () => {
  it('a whole amount is stored as typed', async () => {
    const created = await payload.create({ collection: 'events', data: event(4_500_000) as never })
    expect(created.actualCost).toBe(4_500_000)
  })

  it('a fraction, a negative or a dotted text is refused on events, plans and campaigns, and nothing is stored', async () => {
    const before = await payload.count({ collection: 'events' })
    await expectFieldError(payload.create({ collection: 'events', data: event(4.5) as never }), 'actualCost', 'Số tiền tính bằng đồng, không có phần lẻ.')
    await expectFieldError(payload.create({ collection: 'events', data: event(-100) as never }), 'actualCost', /không được âm/)
    expect((await payload.count({ collection: 'events' })).totalDocs).toBe(before.totalDocs)
    await expectFieldError(
      payload.create({ collection: 'plans', data: { title: 'Kế hoạch 2027', organization, periodKind: 'year', year: 2027, budget: [{ source: 'state_budget', amount: 1_000_000.5 }] } as never }),
      'budget.0.amount',
      'Số tiền tính bằng đồng, không có phần lẻ.',
    )
    await expectFieldError(
      payload.create({ collection: 'campaigns', data: { name: 'Tháng cao điểm', organization, startDate: '2026-10-01T00:00:00.000Z', endDate: '2026-10-31T00:00:00.000Z', budgetEstimate: 12.5 } as never }),
      'budgetEstimate',
    )
  })

  it('over REST, "4.500.000" as text is refused before anything is read as 4.5', async () => {
    const routes = apiRoutes()
    const auth = await authHeader(payload, 'hoinongdan@demo.loa')
    const answer = await restCall(routes, auth, 'POST', 'events', event('4.500.000'))
    expect(answer.status).toBe(400)
    expect(JSON.stringify(answer.body)).toMatch(/actualCost.*không phải là một số/)
    expect((await payload.count({ collection: 'events', where: { actualCost: { equals: 4.5 } } })).totalDocs).toBe(0)
  })
})
