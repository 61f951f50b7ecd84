/** Annual plans: who owns them, who sees them, and the draft → submitted → approved/returned workflow. */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { expectFieldError, idByName, isRefused, seededPayload, userByEmail } from '../helpers'

let payload: Payload
type U = Awaited<ReturnType<typeof userByEmail>>
let ldld: U, hoiNongDan: U, evaluator: U, admin: U, editor: U
let ldldOrg: number | string, hndOrg: number | string, snvOrg: number | string

const as = (user: U) => ({ overrideAccess: false, user, depth: 0 })

beforeAll(async () => {
  payload = await seededPayload()
  ldld = await userByEmail(payload, 'ldld@demo.loa')
  hoiNongDan = await userByEmail(payload, 'hoinongdan@demo.loa')
  evaluator = await userByEmail(payload, 'evaluator@demo.loa')
  admin = await userByEmail(payload, 'admin@demo.loa')
  editor = await userByEmail(payload, 'editor@demo.loa')
  ldldOrg = await idByName(payload, 'organizations', 'Liên đoàn Lao động thành phố Hải Phòng')
  hndOrg = await idByName(payload, 'organizations', 'Hội Nông dân thành phố Hải Phòng')
  snvOrg = await idByName(payload, 'organizations', 'Sở Nội vụ thành phố Hải Phòng')
})
afterAll(async () => {
  await payload?.destroy()
})

const newPlan = (user: U, extra: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'plans',
    data: { title: 'Kế hoạch tuyên truyền năm 2027', periodKind: 'year', year: 2027, ...extra } as never,
    ...as(user),
  })

describe('who owns a plan', () => {
  it('a coordinator’s new plan belongs to their organization, whatever the request says', async () => {
    const plan = await newPlan(ldld, { organization: hndOrg })
    expect(String(plan.organization)).toBe(String(ldldOrg))
    expect(plan.status).toBe('draft')
  })

  it('a coordinator cannot move their plan to another organization', async () => {
    const plan = await newPlan(ldld)
    await payload.update({ collection: 'plans', id: plan.id, data: { organization: hndOrg } as never, ...as(ldld) })
    const after = await payload.findByID({ collection: 'plans', id: plan.id, depth: 0 })
    expect(String(after.organization)).toBe(String(ldldOrg))
  })

  it('a coordinator of Hội Nông dân cannot edit or delete a plan of Liên đoàn Lao động', async () => {
    const plan = await newPlan(ldld)
    expect(await isRefused(payload.update({ collection: 'plans', id: plan.id, data: { title: 'Sửa trộm' } as never, ...as(hoiNongDan) }))).toBe(true)
    expect(await isRefused(payload.delete({ collection: 'plans', id: plan.id, ...as(hoiNongDan) }))).toBe(true)
    expect((await payload.findByID({ collection: 'plans', id: plan.id, depth: 0 })).title).toBe('Kế hoạch tuyên truyền năm 2027')
  })

  it('a coordinator sees other organizations’ approved plans, read-only, but not their drafts', async () => {
    const draft = await newPlan(hoiNongDan, { title: 'Dự thảo của Hội Nông dân' })
    const visible = await payload.find({ collection: 'plans', limit: 0, pagination: false, ...as(ldld) })
    const titles = visible.docs.map((p) => p.title)
    expect(titles).not.toContain('Dự thảo của Hội Nông dân')
    // The city plan (Sở Nội vụ, approved) is visible to everyone logged in.
    const cityPlan = visible.docs.find((p) => String(p.organization) === String(snvOrg))
    expect(cityPlan?.status).toBe('approved')
    expect(visible.docs.every((p) => p.status === 'approved' || String(p.organization) === String(ldldOrg))).toBe(true)
    expect(await isRefused(payload.findByID({ collection: 'plans', id: draft.id, ...as(ldld) }))).toBe(true)
    expect(await isRefused(payload.update({ collection: 'plans', id: cityPlan!.id, data: { title: 'x' } as never, ...as(ldld) }))).toBe(true)
  })

  it('the version history of another organization’s draft is closed to a coordinator', async () => {
    const draft = await newPlan(hoiNongDan)
    await payload.update({ collection: 'plans', id: draft.id, data: { title: 'Bản sửa lần 2' } as never, ...as(hoiNongDan) })
    const mine = await payload.findVersions({ collection: 'plans', where: { parent: { equals: draft.id } }, ...as(hoiNongDan) })
    expect(mine.totalDocs).toBeGreaterThan(0)
    const theirs = await payload.findVersions({ collection: 'plans', where: { parent: { equals: draft.id } }, ...as(ldld) })
    expect(theirs.totalDocs).toBe(0)
  })

  it('editors (communications staff) cannot write plans', async () => {
    expect(await isRefused(newPlan(editor))).toBe(true)
  })
})

describe('the approval workflow', () => {
  it('draft → submitted by the coordinator → returned with a reason → resubmitted → approved by Sở Nội vụ', async () => {
    const plan = await newPlan(ldld)
    const submitted = await payload.update({ collection: 'plans', id: plan.id, data: { status: 'submitted' } as never, ...as(ldld) })
    expect(submitted.status).toBe('submitted')
    expect(String(submitted.submittedBy)).toBe(String(ldld.id))

    // While it waits for a decision its content is frozen for its authors.
    await payload.update({ collection: 'plans', id: plan.id, data: { title: 'Đổi tên khi đang chờ duyệt' } as never, ...as(ldld) })
    expect((await payload.findByID({ collection: 'plans', id: plan.id, depth: 0 })).title).toBe('Kế hoạch tuyên truyền năm 2027')

    await expectFieldError(
      payload.update({ collection: 'plans', id: plan.id, data: { status: 'returned' } as never, ...as(evaluator) }),
      'returnReason',
      /lý do/,
    )
    const returned = await payload.update({
      collection: 'plans',
      id: plan.id,
      data: { status: 'returned', returnReason: 'Bổ sung chỉ tiêu số người được tiếp cận.' } as never,
      ...as(evaluator),
    })
    expect(returned.status).toBe('returned')
    expect(String(returned.decidedBy)).toBe(String(evaluator.id))

    const edited = await payload.update({
      collection: 'plans',
      id: plan.id,
      data: { expectedResults: [{ indicator: 'peopleReached', value: 12000 }], status: 'submitted' } as never,
      ...as(ldld),
    })
    expect(edited.status).toBe('submitted')
    expect(edited.expectedResults?.[0]?.value).toBe(12000)

    const approved = await payload.update({ collection: 'plans', id: plan.id, data: { status: 'approved' } as never, ...as(evaluator) })
    expect(approved.status).toBe('approved')
  })

  it('a coordinator cannot approve their own plan', async () => {
    const plan = await newPlan(ldld, { status: 'submitted' })
    await expectFieldError(
      payload.update({ collection: 'plans', id: plan.id, data: { status: 'approved' } as never, ...as(ldld) }),
      'status',
      /Sở Nội vụ/,
    )
    expect((await payload.findByID({ collection: 'plans', id: plan.id, depth: 0 })).status).toBe('submitted')
  })

  it('a draft cannot jump straight to approved', async () => {
    const plan = await newPlan(ldld)
    await expectFieldError(
      payload.update({ collection: 'plans', id: plan.id, data: { status: 'approved' } as never, ...as(evaluator) }),
      'status',
      /Không thể chuyển/,
    )
  })

  it('an evaluator decides on other organizations’ plans but cannot rewrite them', async () => {
    const plan = await newPlan(hoiNongDan, { status: 'submitted' })
    const after = await payload.update({
      collection: 'plans',
      id: plan.id,
      data: { title: 'Viết lại bởi Sở Nội vụ', status: 'approved' } as never,
      ...as(evaluator),
    })
    expect(after.status).toBe('approved')
    expect(after.title).toBe('Kế hoạch tuyên truyền năm 2027')
  })

  it('an evaluator cannot approve a plan they submitted themselves; an admin can', async () => {
    const plan = await newPlan(evaluator, { periodKind: 'term', title: 'Kế hoạch của Sở Nội vụ' })
    expect(String(plan.organization)).toBe(String(snvOrg))
    await payload.update({ collection: 'plans', id: plan.id, data: { status: 'submitted' } as never, ...as(evaluator) })
    await expectFieldError(
      payload.update({ collection: 'plans', id: plan.id, data: { status: 'approved' } as never, ...as(evaluator) }),
      'status',
      /tự phê duyệt/,
    )
    const approved = await payload.update({ collection: 'plans', id: plan.id, data: { status: 'approved' } as never, ...as(admin) })
    expect(approved.status).toBe('approved')
  })

  it('a coordinator can delete their own draft but not once it is submitted', async () => {
    const draft = await newPlan(ldld)
    expect(await isRefused(payload.delete({ collection: 'plans', id: draft.id, ...as(ldld) }))).toBe(false)
    const submitted = await newPlan(ldld, { status: 'submitted' })
    expect(await isRefused(payload.delete({ collection: 'plans', id: submitted.id, ...as(ldld) }))).toBe(true)
  })
})
