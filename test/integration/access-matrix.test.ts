/**
 * The access matrix: every role × every backbone collection × create/read/update/delete,
 * through the Local API with access control on (overrideAccess: false), as REST and GraphQL do.
 */
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { idByName, isRefused, seededPayload, userByEmail } from '../helpers'

type Actor = 'anonymous' | 'admin' | 'editor' | 'reviewer' | 'evaluator' | 'coordinator'
const ACTORS: Actor[] = ['anonymous', 'admin', 'editor', 'reviewer', 'evaluator', 'coordinator']
const EMAIL: Record<Exclude<Actor, 'anonymous'>, string> = {
  admin: 'admin@demo.loa',
  editor: 'editor@demo.loa',
  reviewer: 'reviewer@demo.loa',
  evaluator: 'evaluator@demo.loa',
  coordinator: 'ldld@demo.loa',
}

type Op = 'create' | 'read' | 'update' | 'delete'
type Rule = Record<Op, Actor[]>

const everyone: Actor[] = ['admin', 'editor', 'reviewer', 'evaluator', 'coordinator']
const reference: Rule = { create: ['admin'], read: everyone, update: ['admin'], delete: ['admin'] }

/**
 * Who may do what on a document of *another* organization than the coordinator's (Hội Nông dân's
 * where the collection is organization-owned). Own-organization cases are tested separately.
 */
const MATRIX: Record<string, Rule> = {
  organizations: reference,
  localities: reference,
  sites: reference,
  'audience-groups': reference,
  topics: reference,
  channels: reference,
  targets: { create: ['admin', 'evaluator'], read: everyone, update: ['admin', 'evaluator'], delete: ['admin', 'evaluator'] },
  // Participation figures per commune: Sở Nội vụ keeps them; city staff read them all; a
  // coordinator only their own commune's (LĐLĐ, a city body, has none).
  indicators: { create: ['admin', 'evaluator'], read: ['admin', 'editor', 'reviewer', 'evaluator'], update: ['admin', 'evaluator'], delete: ['admin', 'evaluator'] },
  // Another organization's draft report: Sở Nội vụ reads it but does not rewrite it; its author's
  // coordinators only (tested in evaluation.test.ts). A coordinator's create is their own report.
  reports: { create: ['admin', 'evaluator', 'coordinator'], read: ['admin', 'evaluator'], update: ['admin'], delete: ['admin'] },
  assignments: { create: ['admin', 'evaluator'], read: everyone, update: ['admin', 'evaluator'], delete: ['admin', 'evaluator'] },
  // A draft plan of Hội Nông dân: only admins and evaluators reach it; evaluators may not delete it.
  // Evaluators open it to decide on it (tested in the workflow file) but cannot rewrite it.
  plans: { create: ['admin', 'evaluator', 'coordinator'], read: ['admin', 'evaluator'], update: ['admin'], delete: ['admin'] },
  // Another person's account (the Hội Nông dân coordinator).
  users: { create: ['admin'], read: ['admin', 'evaluator'], update: ['admin'], delete: ['admin'] },
}

let payload: Payload
const users: Partial<Record<Actor, Awaited<ReturnType<typeof userByEmail>>>> = {}
let hnd: number | string
let thienHuong: number | string
let localityIds: (number | string)[] = []
let otherOrgIds: (number | string)[] = []
let n = 0

beforeAll(async () => {
  payload = await seededPayload()
  for (const actor of ACTORS) if (actor !== 'anonymous') users[actor] = await userByEmail(payload, EMAIL[actor])
  hnd = await idByName(payload, 'organizations', 'Hội Nông dân thành phố Hải Phòng')
  thienHuong = await idByName(payload, 'localities', 'Phường Thiên Hương')
  localityIds = (await payload.find({ collection: 'localities', limit: 0, pagination: false, depth: 0 })).docs.map((d) => d.id)
  // Not the coordinator's own (LĐLĐ) nor Sở Nội vụ (an evaluator's report is filed under it).
  const own = [await idByName(payload, 'organizations', 'Liên đoàn Lao động thành phố Hải Phòng'), await idByName(payload, 'organizations', 'Sở Nội vụ thành phố Hải Phòng')]
  otherOrgIds = (await payload.find({ collection: 'organizations', pagination: false, depth: 0 })).docs.map((d) => d.id).filter((id) => !own.includes(id))
})
afterAll(async () => {
  await payload?.destroy()
})

/** Valid data for a new document of the collection, owned by Hội Nông dân where that applies. */
function sample(collection: string): Record<string, unknown> {
  n += 1
  switch (collection) {
    case 'organizations':
      return { name: `Đơn vị thử ${n}`, kind: 'department' }
    case 'localities':
      return { name: `Xã Thử Nghiệm ${n}`, kind: 'xa' }
    case 'sites':
      return { name: `Khu nhà trọ thử ${n}`, kind: 'worker_housing', localities: [thienHuong] }
    case 'audience-groups':
      return { code: `9.${n}`, shortName: `Nhóm thử ${n}`, name: `Nhóm thử nghiệm ${n}` }
    case 'topics':
      return { code: `T${n}`, name: `Chủ đề thử ${n}`, kind: 'policy' }
    case 'channels':
      return { code: `X${n}`, name: `Kênh thử ${n}`, kind: 'digital' }
    case 'targets':
      // One target per indicator, year and locality: walk through localities, then years.
      return {
        indicator: 'peopleReached',
        year: 2026 + (Math.floor(n / localityIds.length) % 5),
        locality: localityIds[n % localityIds.length],
        minimum: 1000 + n,
      }
    case 'indicators':
      // One set per commune, year and period: walk through communes, then years and periods.
      return {
        locality: localityIds[n % localityIds.length],
        year: 2026 + (Math.floor(n / localityIds.length) % 5),
        // The demo data fills H1 and the whole year of the seeding year.
        period: 'h2',
        population: 10_000,
        labourForce: 6_000,
        bhytParticipants: 9_500,
        bhxhCompulsory: 2_000,
        bhxhVoluntary: 300,
        bhtnParticipants: 1_800,
      }
    case 'reports':
      // One per organization and period: walk through the other organizations, then years.
      return {
        kind: 'unit',
        organization: otherOrgIds[n % otherOrgIds.length],
        year: 2027 + (Math.floor(n / otherOrgIds.length) % 4),
        period: 'year',
      }
    case 'assignments':
      return { title: `Nhiệm vụ thử ${n}`, organization: hnd }
    case 'plans':
      return { title: `Kế hoạch thử ${n}`, organization: hnd, periodKind: 'year', year: 2027 }
    case 'users':
      return { email: `thu${n}@demo.loa`, password: 'mat-khau-thu-2026', name: `Người thử ${n}`, role: 'coordinator', organization: hnd }
    default:
      throw new Error(collection)
  }
}

const asActor = (actor: Actor) => ({ overrideAccess: false, user: actor === 'anonymous' ? undefined : users[actor] })

async function freshDoc(collection: string) {
  return payload.create({ collection: collection as CollectionSlug, data: sample(collection) as never, depth: 0 })
}

/** Small harmless change per collection (a field every role could otherwise write). */
function change(collection: string): Record<string, unknown> {
  switch (collection) {
    case 'plans':
    case 'assignments':
      return { title: `Đã sửa ${++n}` }
    case 'users':
      return { name: `Đã sửa ${++n}` }
    case 'targets':
    case 'indicators':
      return { note: `Đã sửa ${++n}` }
    case 'reports':
      return { results: `Đã sửa ${++n}` }
    default:
      return { name: `Đã sửa ${++n}` }
  }
}

describe.each(Object.keys(MATRIX))('%s', (collection) => {
  const rule = MATRIX[collection]
  const slug = collection as CollectionSlug

  it.each(ACTORS)('create as %s', async (actor) => {
    const allowed = rule.create.includes(actor)
    const refused = await isRefused(payload.create({ collection: slug, data: sample(collection) as never, ...asActor(actor) }))
    expect(refused).toBe(!allowed)
  })

  it.each(ACTORS)('read as %s', async (actor) => {
    const doc = await freshDoc(collection)
    const allowed = rule.read.includes(actor)
    const refused = await isRefused(payload.findByID({ collection: slug, id: doc.id, depth: 0, ...asActor(actor) }))
    expect(refused).toBe(!allowed)
  })

  it.each(ACTORS)('update as %s', async (actor) => {
    const doc = await freshDoc(collection)
    const allowed = rule.update.includes(actor)
    const data = change(collection)
    const refused = await isRefused(payload.update({ collection: slug, id: doc.id, data: data as never, ...asActor(actor) }))
    const after = (await payload.findByID({ collection: slug, id: doc.id, depth: 0 })) as unknown as Record<string, unknown>
    const [field, value] = Object.entries(data)[0]
    // Refused outright, or (for fields locked by field access) accepted without changing anything.
    expect(after[field] === value).toBe(allowed)
    if (allowed) expect(refused).toBe(false)
  })

  it.each(ACTORS)('delete as %s', async (actor) => {
    const doc = await freshDoc(collection)
    const allowed = rule.delete.includes(actor)
    const refused = await isRefused(payload.delete({ collection: slug, id: doc.id, ...asActor(actor) }))
    expect(refused).toBe(!allowed)
    const { totalDocs } = await payload.count({ collection: slug, where: { id: { equals: doc.id } } })
    expect(totalDocs).toBe(allowed ? 0 : 1)
  })
})
