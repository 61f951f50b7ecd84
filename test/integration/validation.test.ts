/** Bad input gets a field-level Vietnamese error and nothing is stored. */
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { expectFieldError, idByName, seededPayload, userByEmail } from '../helpers'

let payload: Payload
type U = Awaited<ReturnType<typeof userByEmail>>
let ldld: U, admin: U, evaluator: U
let hndOrg: number | string

beforeAll(async () => {
  payload = await seededPayload()
  ldld = await userByEmail(payload, 'ldld@demo.loa')
  admin = await userByEmail(payload, 'admin@demo.loa')
  evaluator = await userByEmail(payload, 'evaluator@demo.loa')
  hndOrg = await idByName(payload, 'organizations', 'Hội Nông dân thành phố Hải Phòng')
})
afterAll(async () => {
  await payload?.destroy()
})

/** Runs a write that must fail on `path`, and checks the collection holds as many documents as before. */
async function refusedAndNothingStored(collection: CollectionSlug, write: () => Promise<unknown>, path: string, message: RegExp) {
  const before = (await payload.count({ collection })).totalDocs
  await expectFieldError(write(), path, message)
  expect((await payload.count({ collection })).totalDocs).toBe(before)
}

const plan = (data: Record<string, unknown>) => () =>
  payload.create({
    collection: 'plans',
    data: { title: 'Kế hoạch thử', periodKind: 'year', year: 2027, ...data } as never,
    overrideAccess: false,
    user: ldld,
  })

describe('plans', () => {
  it('a plan for 2031 is refused: the term is 2026–2030', async () => {
    await refusedAndNothingStored('plans', plan({ year: 2031 }), 'year', /2026–2030/)
    await refusedAndNothingStored('plans', plan({ year: 2025 }), 'year', /2026–2030/)
  })

  it('an end date before the start date is refused', async () => {
    await refusedAndNothingStored(
      'plans',
      plan({ startDate: '2027-06-01T00:00:00.000Z', endDate: '2027-03-01T00:00:00.000Z' }),
      'endDate',
      /không được trước ngày bắt đầu/,
    )
  })

  it('dates outside the plan’s year are refused', async () => {
    await refusedAndNothingStored('plans', plan({ startDate: '2026-12-31T00:00:00.000Z' }), 'startDate', /năm 2027/)
    await refusedAndNothingStored(
      'plans',
      plan({ milestones: [{ title: 'Sơ kết', dueDate: '2028-01-15T00:00:00.000Z' }] }),
      'milestones.0.dueDate',
      /năm 2027/,
    )
  })

  it('a negative budget line or a percentage above 100 is refused', async () => {
    await refusedAndNothingStored('plans', plan({ budget: [{ source: 'state_budget', amount: -5 }] }), 'budget.0.amount', /âm/)
    await refusedAndNothingStored(
      'plans',
      plan({ expectedResults: [{ indicator: 'bhytCoverage', value: 120 }] }),
      'expectedResults.0.value',
      /100%/,
    )
  })

  it('a valid plan spanning its year is stored', async () => {
    const created = await plan({
      startDate: '2027-01-01T00:00:00.000Z',
      endDate: '2027-12-31T00:00:00.000Z',
      budget: [{ source: 'bhxh_funds', amount: 50_000_000 }],
    })()
    expect((created as { id: unknown }).id).toBeDefined()
  })
})

describe('targets', () => {
  const target = (data: Record<string, unknown>) => () =>
    payload.create({ collection: 'targets', data: { indicator: 'bhytCoverage', year: 2027, ...data } as never, overrideAccess: false, user: evaluator })

  it('a negative target or a rate above 100% is refused', async () => {
    await refusedAndNothingStored('targets', target({ minimum: -1 }), 'minimum', /không được âm/)
    await refusedAndNothingStored('targets', target({ minimum: 101 }), 'minimum', /100%/)
  })

  it('a range whose upper bound is below its lower bound is refused', async () => {
    await refusedAndNothingStored('targets', target({ indicator: 'bhxhParticipation', minimum: 63, maximum: 62 }), 'maximum', /không được nhỏ hơn/)
  })

  it('a second city-wide target for the same indicator and year is refused', async () => {
    await refusedAndNothingStored('targets', target({ year: 2026, minimum: 96 }), 'year', /Đã có chỉ tiêu/)
  })

  it('a year outside the term is refused', async () => {
    await refusedAndNothingStored('targets', target({ year: 2035, minimum: 97 }), 'year', /2026–2030/)
  })
})

describe('places', () => {
  it('a duplicate commune name is refused, whatever its case and spacing', async () => {
    const write = () =>
      payload.create({ collection: 'localities', data: { name: '  phường   THIÊN hương ', kind: 'phuong' } as never, overrideAccess: false, user: admin })
    await refusedAndNothingStored('localities', write, 'name', /Đã có xã, phường, đặc khu/)
  })

  it('a duplicate written with the old tone placement ("Hoà" for "Hòa") is refused too', async () => {
    const write = () => payload.create({ collection: 'localities', data: { name: 'Phường Hoà Bình', kind: 'phuong' } as never })
    await refusedAndNothingStored('localities', write, 'name', /Đã có xã, phường, đặc khu/)
  })

  it('a labour force larger than the population is refused', async () => {
    const write = () =>
      payload.create({ collection: 'localities', data: { name: 'Xã Thử', kind: 'xa', population: 1000, labourForce: 2000 } as never })
    await refusedAndNothingStored('localities', write, 'labourForce', /lớn hơn dân số/)
  })
})

describe('users', () => {
  it('an unknown role is refused', async () => {
    const write = () =>
      payload.create({
        collection: 'users',
        data: { email: 'la@demo.loa', password: 'mat-khau-2026', name: 'Lạ', role: 'superuser', organization: hndOrg } as never,
        overrideAccess: false,
        user: admin,
      })
    await refusedAndNothingStored('users', write, 'role', /không hợp lệ/)
  })

  it('a coordinator without an organization is refused', async () => {
    const write = () =>
      payload.create({ collection: 'users', data: { email: 'mo@demo.loa', password: 'mat-khau-2026', name: 'Mồ côi', role: 'coordinator' } as never })
    await refusedAndNothingStored('users', write, 'organization', /phải thuộc một đơn vị/)
  })

  it('a coordinator cannot change their own role or organization, but can change their name', async () => {
    await payload.update({
      collection: 'users',
      id: ldld.id,
      data: { role: 'admin', organization: hndOrg, name: 'Vũ Văn Nam (LĐLĐ)' } as never,
      overrideAccess: false,
      user: ldld,
    })
    const after = await payload.findByID({ collection: 'users', id: ldld.id, depth: 0 })
    expect(after.role).toBe('coordinator')
    expect(String(after.organization)).toBe(String(ldld.organization))
    expect(after.name).toBe('Vũ Văn Nam (LĐLĐ)')
  })

  it('five wrong passwords lock the account', async () => {
    const email = 'hoinongdan@demo.loa'
    for (let i = 0; i < 5; i++) {
      await expect(payload.login({ collection: 'users', data: { email, password: 'sai-mat-khau' } })).rejects.toThrow()
    }
    // Even the right password is refused while the account is locked.
    await expect(payload.login({ collection: 'users', data: { email, password: 'loa-demo-2026' } })).rejects.toThrow(/lock|khóa/i)
  })
})
