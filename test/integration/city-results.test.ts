/**
 * The 2026 annual plan's targets that no commune figure measures (seed 002, II): contributions
 * collected ≥ 101 % of BHXH Việt Nam's plan, 100 % of procedures online, > 99 % of benefits paid
 * through accounts, 100 % of pupils with BHYT. They are stored as targets, their city-wide results
 * are typed in by Sở Nội vụ, and the city dashboard sets one against the other.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dashboardData } from '../../src/lib/dashboardData'
import { expectFieldError, idByName, isRefused, seededPayload, userByEmail } from '../helpers'

let payload: Payload
type U = Awaited<ReturnType<typeof userByEmail>>
let evaluator: U, coordinator: U
const as = (user: U) => ({ overrideAccess: false, user, depth: 0 })

beforeAll(async () => {
  payload = await seededPayload()
  evaluator = await userByEmail(payload, 'evaluator@demo.loa')
  coordinator = await userByEmail(payload, 'ldld@demo.loa')
}, 300_000)

afterAll(async () => {
  await payload?.destroy()
})

describe('city-wide results against the annual plan’s other targets', () => {
  it('the four targets of 2026 are stored with their source', async () => {
    const { docs } = await payload.find({ collection: 'targets', where: { year: { equals: 2026 } }, pagination: false, depth: 0 })
    const byKey = Object.fromEntries(docs.map((t) => [t.indicator, t]))
    expect(byKey.contributionCollection).toMatchObject({ minimum: 101 })
    expect(byKey.onlineProcedures).toMatchObject({ minimum: 100 })
    expect(byKey.benefitsThroughAccounts).toMatchObject({ minimum: 99 })
    expect(byKey.pupilsBhyt).toMatchObject({ minimum: 100 })
    expect(byKey.contributionCollection.title).toBe('Số thu BHXH, BHYT, BHTN so với kế hoạch BHXH Việt Nam giao (%) – 2026: ≥ 101%')
  })

  it('Sở Nội vụ types a result in; one per indicator and period; a share above 100 % only for a plan', async () => {
    const data = { indicator: 'onlineProcedures', year: 2027, period: 'h1', value: 96.5, source: 'Báo cáo số 12/BC-BHXH của BHXH thành phố' }
    const created = await payload.create({ collection: 'city-results', data: data as never, ...as(evaluator) })
    expect(created.value).toBe(96.5)
    await expectFieldError(payload.create({ collection: 'city-results', data: data as never, ...as(evaluator) }), 'period', 'Đã có kết quả của chỉ tiêu này cho kỳ này: hãy sửa bản ghi đó.')
    await expectFieldError(payload.create({ collection: 'city-results', data: { ...data, period: 'year', value: 100.5 } as never, ...as(evaluator) }), 'value', 'Tỷ lệ đạt được không vượt quá 100%.')
    const collected = await payload.create({ collection: 'city-results', data: { ...data, indicator: 'contributionCollection', value: 102.3 } as never, ...as(evaluator) })
    expect(collected.value).toBe(102.3)
    // Commune figures' indicators are not city-wide results.
    await expectFieldError(payload.create({ collection: 'city-results', data: { ...data, indicator: 'bhytCoverage' } as never, ...as(evaluator) }), 'indicator')
    expect((await payload.count({ collection: 'city-results', where: { year: { equals: 2027 } } })).totalDocs).toBe(2)
  })

  it('a coordinator reads them but does not write them', async () => {
    expect(await isRefused(payload.create({ collection: 'city-results', data: { indicator: 'pupilsBhyt', year: 2027, period: 'year', value: 99, source: 'x' } as never, ...as(coordinator) }))).toBe(true)
    expect((await payload.find({ collection: 'city-results', ...as(coordinator) })).totalDocs).toBeGreaterThan(0)
  })

  it('the city dashboard shows each against its target; a commune’s does not', async () => {
    const year = (await payload.find({ collection: 'city-results', where: { source: { equals: 'Số liệu minh họa (demo)' } }, limit: 1, depth: 0 })).docs[0].year
    const city = await dashboardData(payload, { year, period: 'year', scope: 'city', id: null })
    const cards = Object.fromEntries(city.cards.indicators.map((c) => [c.key, c]))
    expect(cards.contributionCollection).toMatchObject({ rate: 101.4, target: 101 })
    expect(cards.benefitsThroughAccounts).toMatchObject({ rate: 98.6, target: 99 })
    expect(cards.pupilsBhyt.label).toBe('Học sinh, sinh viên tham gia BHYT (%)')
    const commune = await dashboardData(payload, { year, period: 'year', scope: 'commune', id: String(await idByName(payload, 'localities', 'Phường Thiên Hương')) })
    expect(commune.cards.indicators.map((c) => c.key)).not.toContain('contributionCollection')
  })
})

describe('"100 % of officials and employees informed every year" (plan II.2), from the organizations’ reports', () => {
  it('each organization reports its staff and how many were informed; the city’s share is the sum over sent reports', async () => {
    const hnd = await userByEmail(payload, 'hoinongdan@demo.loa')
    const report = (user: U, staffTotal: number, staffInformed: number) =>
      payload.create({ collection: 'reports', data: { kind: 'unit', year: 2027, period: 'year', staffTotal, staffInformed } as never, ...as(user) })
    await expectFieldError(report(hnd, 40, 41), 'staffInformed', 'Số người được tuyên truyền không vượt quá tổng số CBCCVC, NLĐ.')
    const fromHnd = await report(hnd, 40, 38)
    const fromLdld = await report(coordinator, 60, 60)
    // A draft does not count yet: only what was sent to Sở Nội vụ.
    const draftOnly = await dashboardData(payload, { year: 2027, period: 'year', scope: 'city', id: null })
    expect(draftOnly.cards.indicators.find((c) => c.key === 'officialsInformed')).toMatchObject({ rate: null, target: 100 })
    for (const [r, user] of [[fromHnd, hnd], [fromLdld, coordinator]] as const) {
      await payload.update({ collection: 'reports', id: r.id, data: { status: 'submitted' } as never, ...as(user) })
    }
    const city = await dashboardData(payload, { year: 2027, period: 'year', scope: 'city', id: null })
    expect(city.cards.indicators.find((c) => c.key === 'officialsInformed')).toMatchObject({ rate: 98, target: 100 })
    const org = await dashboardData(payload, { year: 2027, period: 'year', scope: 'organization', id: String(fromHnd.organization) })
    expect(org.cards.indicators.find((c) => c.key === 'officialsInformed')).toMatchObject({ rate: 95 })
    // Sent: the numbers are frozen like the rest of the report's text.
    await expectFieldError(payload.update({ collection: 'reports', id: fromHnd.id, data: { staffInformed: 40 } as never, ...as(hnd) }), 'staffInformed', /không sửa được/)
  })
})
