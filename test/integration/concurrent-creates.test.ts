/**
 * "One per …" rules under concurrent writes: the same create sent several times at once stores
 * one document, and every other request is refused with the rule's Vietnamese field error, as a
 * second request made later would be (the hook's check). The database's unique key refuses the
 * writes that raced past the check; src/lib/uniqueKeyErrors.ts gives them the hook's message.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DUPLICATE_REVIEW_MESSAGE } from '../../src/domain/reviewReport'
import { backfillUniqueKeys } from '../../src/lib/backfillUniqueKeys'
import { DUPLICATE_CITY_RESULT_MESSAGE, DUPLICATE_FIGURES_MESSAGE, DUPLICATE_REPORT_MESSAGE, DUPLICATE_TARGET_MESSAGE, figuresKey, OPEN_VERSION_MESSAGE } from '../../src/domain/uniqueKeys'
import {
  apiRoutes,
  authHeader,
  expectFieldError,
  graphqlCall,
  idByName,
  restCall,
  restFieldMessages,
  seededPayload,
  userByEmail,
  type ApiRoutes,
  type RestAnswer,
} from '../helpers'

let payload: Payload
let routes: ApiRoutes
let evaluator: Record<string, string>
let coordinator: Record<string, string>

const TIMES = 5
const counts = { population: 40_000, labourForce: 25_000, bhytParticipants: 38_400, bhxhCompulsory: 12_000, bhxhVoluntary: 1_500, bhtnParticipants: 11_000 }

beforeAll(async () => {
  payload = await seededPayload()
  routes = apiRoutes()
  evaluator = await authHeader(payload, 'evaluator@demo.loa')
  coordinator = await authHeader(payload, 'ldld@demo.loa')
})
afterAll(async () => {
  await payload?.destroy()
})

/** The same request TIMES times at once. */
const atOnce = (send: () => Promise<RestAnswer>) => Promise.all(Array.from({ length: TIMES }, send))

/** One created (201); every other refused with a 400 naming `path` with `message`. */
function expectOneStored(answers: RestAnswer[], path: string, message: string) {
  const created = answers.filter((a) => a.status === 201)
  const refused = answers.filter((a) => a.status !== 201)
  expect(created, JSON.stringify(answers.map((a) => [a.status, restFieldMessages(a), a.body.errors?.[0]?.message]))).toHaveLength(1)
  expect(refused).toHaveLength(TIMES - 1)
  for (const answer of refused) {
    expect(answer.status).toBe(400)
    expect(restFieldMessages(answer)).toEqual([`${path}: ${message}`])
  }
  return (created[0].body.doc as { id: number | string }).id
}

describe('the same create sent five times at once (REST)', () => {
  it('figures of a commune for a period: one set stored, the city rates count the commune once', async () => {
    const locality = await idByName(payload, 'localities', 'Phường Kiến An')
    const answers = await atOnce(() => restCall(routes, evaluator, 'POST', 'indicators', { locality, year: 2029, period: 'h2', ...counts }))
    expectOneStored(answers, 'period', DUPLICATE_FIGURES_MESSAGE)
    const stored = await payload.find({ collection: 'indicators', where: { and: [{ locality: { equals: locality } }, { year: { equals: 2029 } }, { period: { equals: 'h2' } }] }, depth: 0 })
    expect(stored.totalDocs).toBe(1)
    expect(stored.docs[0].uniqueKey).toBe(figuresKey({ locality, year: 2029, period: 'h2' }))
  })

  it('a city-wide target (no locality) for an indicator and year: one stored', async () => {
    const answers = await atOnce(() => restCall(routes, evaluator, 'POST', 'targets', { indicator: 'bhytCoverage', year: 2029, minimum: 95 }))
    expectOneStored(answers, 'year', DUPLICATE_TARGET_MESSAGE)
    expect((await payload.count({ collection: 'targets', where: { and: [{ indicator: { equals: 'bhytCoverage' } }, { year: { equals: 2029 } }, { locality: { exists: false } }] } })).totalDocs).toBe(1)
  })

  it('a city-wide result for an indicator and period: one stored', async () => {
    const answers = await atOnce(() => restCall(routes, evaluator, 'POST', 'city-results', { indicator: 'onlineProcedures', year: 2029, period: 'h1', value: 97, source: 'Báo cáo của BHXH thành phố' }))
    expectOneStored(answers, 'period', DUPLICATE_CITY_RESULT_MESSAGE)
    expect((await payload.count({ collection: 'city-results', where: { and: [{ indicator: { equals: 'onlineProcedures' } }, { year: { equals: 2029 } }, { period: { equals: 'h1' } }] } })).totalDocs).toBe(1)
  })

  it('a commune’s target for an indicator and year: one stored, beside the city-wide one', async () => {
    const locality = await idByName(payload, 'localities', 'Phường Kiến An')
    const answers = await atOnce(() => restCall(routes, evaluator, 'POST', 'targets', { indicator: 'bhytCoverage', year: 2029, locality, minimum: 94 }))
    expectOneStored(answers, 'year', DUPLICATE_TARGET_MESSAGE)
    expect((await payload.count({ collection: 'targets', where: { and: [{ indicator: { equals: 'bhytCoverage' } }, { year: { equals: 2029 } }] } })).totalDocs).toBe(2)
  })

  it('an organization’s report for a period: one stored', async () => {
    const answers = await atOnce(() => restCall(routes, coordinator, 'POST', 'reports', { kind: 'unit', year: 2029, period: 'h1' }))
    const id = expectOneStored(answers, 'period', DUPLICATE_REPORT_MESSAGE)
    const org = (await payload.findByID({ collection: 'reports', id, depth: 0 })).organization
    expect((await payload.count({ collection: 'reports', where: { and: [{ kind: { equals: 'unit' } }, { organization: { equals: org } }, { year: { equals: 2029 } }, { period: { equals: 'h1' } }] } })).totalDocs).toBe(1)
  })

  it('the city report for a period: one stored', async () => {
    const answers = await atOnce(() => restCall(routes, evaluator, 'POST', 'reports', { kind: 'city', year: 2029, period: 'year' }))
    expectOneStored(answers, 'period', DUPLICATE_REPORT_MESSAGE)
    expect((await payload.count({ collection: 'reports', where: { and: [{ kind: { equals: 'city' } }, { year: { equals: 2029 } }, { period: { equals: 'year' } }] } })).totalDocs).toBe(1)
  })

  it('the final review: one stored, the others refused on the kind', async () => {
    const answers = await atOnce(() => restCall(routes, evaluator, 'POST', 'reports', { kind: 'final', year: 2030, period: 'year' }))
    expectOneStored(answers, 'kind', DUPLICATE_REVIEW_MESSAGE.final)
    expect((await payload.count({ collection: 'reports', where: { kind: { equals: 'final' } } })).totalDocs).toBe(1)
  })
})

describe('"new version" of an approved message clicked five times at once', () => {
  it('one draft is made; every answer names that draft', async () => {
    const editor = await authHeader(payload, 'editor@demo.loa')
    const groups = (await payload.find({ collection: 'audience-groups', limit: 1, depth: 0 })).docs
    const approved = await payload.create({
      collection: 'messages',
      data: { title: 'Tham gia BHYT hộ gia đình', short: 'Cả nhà cùng tham gia BHYT để được giảm mức đóng.', audienceGroups: [groups[0].id], status: 'approved' } as never,
      depth: 0,
    })
    const answers = await atOnce(() => restCall(routes, editor, 'POST', `messages/${approved.id}/new-version`))
    expect(answers.map((a) => a.status).sort(), JSON.stringify(answers.map((a) => a.body))).toEqual([200, 200, 200, 200, 201])
    const made = answers.map((a) => String((a.body.doc as { id: number | string }).id))
    expect(new Set(made).size).toBe(1)
    expect(answers.filter((a) => a.status === 200).every((a) => a.body.message === OPEN_VERSION_MESSAGE)).toBe(true)
    const open = await payload.find({ collection: 'messages', where: { and: [{ supersedes: { equals: approved.id } }, { status: { in: ['draft', 'in_review'] } }] }, depth: 0 })
    expect(open.totalDocs).toBe(1)
    // The adapter itself refuses a second one with the message on "supersedes".
    const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = open.docs[0]
    await expectFieldError(payload.db.create({ collection: 'messages', data: copy }), 'supersedes', OPEN_VERSION_MESSAGE)
  })
})

describe('updates that would collide', () => {
  it('two sets of figures moved to the same period at once: one moves, the other is refused and keeps its period', async () => {
    const locality = await idByName(payload, 'localities', 'Phường Thiên Hương')
    const made = await Promise.all(
      (['h1', 'year'] as const).map((period) => payload.create({ collection: 'indicators', data: { locality, year: 2028, period, ...counts } as never, depth: 0 })),
    )
    const answers = await Promise.all(made.map((doc) => restCall(routes, evaluator, 'PATCH', `indicators/${doc.id}`, { period: 'h2' })))
    const moved = answers.filter((a) => a.status === 200)
    expect(moved, JSON.stringify(answers.map((a) => [a.status, restFieldMessages(a)]))).toHaveLength(1)
    const refused = answers.find((a) => a.status !== 200)!
    expect(refused.status).toBe(400)
    expect(restFieldMessages(refused)).toEqual([`period: ${DUPLICATE_FIGURES_MESSAGE}`])
    const periods = await Promise.all(made.map(async (doc) => (await payload.findByID({ collection: 'indicators', id: doc.id, depth: 0 })).period))
    expect(periods.filter((p) => p === 'h2')).toHaveLength(1)
    expect(periods.some((p) => p === 'h1' || p === 'year')).toBe(true)
  })

  it('a target changed into another one that exists is refused (REST)', async () => {
    const existing = await payload.create({ collection: 'targets', data: { indicator: 'bhxhParticipation', year: 2028, minimum: 45 } as never, depth: 0 })
    const other = await payload.create({ collection: 'targets', data: { indicator: 'bhxhParticipation', year: 2027, minimum: 44 } as never, depth: 0 })
    const answer = await restCall(routes, evaluator, 'PATCH', `targets/${other.id}`, { year: 2028 })
    expect(answer.status).toBe(400)
    expect(restFieldMessages(answer)).toEqual([`year: ${DUPLICATE_TARGET_MESSAGE}`])
    expect((await payload.findByID({ collection: 'targets', id: other.id, depth: 0 })).year).toBe(2027)
    expect((await payload.findByID({ collection: 'targets', id: existing.id, depth: 0 })).year).toBe(2028)
  })
})

describe('the database refuses a duplicate key with the rule’s message on every route', () => {
  it('Local API: creates at once through payload.create, one stored, the others a field error on the period', async () => {
    const locality = await idByName(payload, 'localities', 'Phường Thiên Hương')
    const user = await userByEmail(payload, 'evaluator@demo.loa')
    const results = await Promise.allSettled(
      Array.from({ length: TIMES }, () => payload.create({ collection: 'indicators', data: { locality, year: 2027, period: 'h2', ...counts } as never, depth: 0, overrideAccess: false, user })),
    )
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    for (const r of results) if (r.status === 'rejected') await expectFieldError(Promise.reject(r.reason), 'period', DUPLICATE_FIGURES_MESSAGE)
  })

  it('Local API: a row written past every hook (the adapter itself) with a key already stored is refused with the same message', async () => {
    const locality = await idByName(payload, 'localities', 'Phường Thiên Hương')
    const stored = (await payload.find({ collection: 'indicators', where: { and: [{ locality: { equals: locality } }, { year: { equals: 2027 } }, { period: { equals: 'h2' } }] }, depth: 0 })).docs[0]
    expect(stored.uniqueKey).toBe(figuresKey({ locality, year: 2027, period: 'h2' }))
    const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = stored
    await expectFieldError(payload.db.create({ collection: 'indicators', data: copy }), 'period', DUPLICATE_FIGURES_MESSAGE)
    expect((await payload.count({ collection: 'indicators', where: { uniqueKey: { equals: stored.uniqueKey } } })).totalDocs).toBe(1)
  })

  it('GraphQL: the same mutation sent at once, one stored, the others answered with the rule’s message', async () => {
    const mutation = 'mutation { createTarget(data: { indicator: bhtnParticipation, year: 2029, minimum: 20 }) { id } }'
    const answers = await Promise.all(Array.from({ length: TIMES }, () => graphqlCall(routes, evaluator, mutation)))
    expect(answers.filter((a) => a.data?.createTarget?.id !== undefined)).toHaveLength(1)
    for (const answer of answers.filter((a) => a.errors)) {
      const error = answer.errors![0] as { message: string; extensions?: { data?: { errors?: { path: string; message: string }[] } } }
      expect(error.extensions?.data?.errors).toEqual([expect.objectContaining({ path: 'year', message: DUPLICATE_TARGET_MESSAGE })])
      expect(error.message).toContain('Năm')
    }
    expect((await payload.count({ collection: 'targets', where: { and: [{ indicator: { equals: 'bhtnParticipation' } }, { year: { equals: 2029 } }] } })).totalDocs).toBe(1)
  })

  it('the key cannot be written by a user: what a request sends is replaced by the computed key', async () => {
    const locality = await idByName(payload, 'localities', 'Phường Kiến An')
    const answer = await restCall(routes, evaluator, 'POST', 'indicators', { locality, year: 2026, period: 'h2', ...counts, uniqueKey: 'made-up' })
    expect(answer.status).toBe(201)
    const doc = await payload.findByID({ collection: 'indicators', id: (answer.body.doc as { id: number }).id, depth: 0 })
    expect(doc.uniqueKey).toBe(figuresKey({ locality, year: 2026, period: 'h2' }))
  })
})

describe('rows stored before the keys existed (the migration’s backfill)', () => {
  it('get their keys; rows that break a rule stop it, naming both, before anything is written', async () => {
    const locality = await idByName(payload, 'localities', 'Phường Kiến An')
    const figures = (await payload.find({ collection: 'indicators', where: { and: [{ locality: { equals: locality } }, { year: { equals: 2029 } }] }, depth: 0 })).docs[0]
    const review = (await payload.find({ collection: 'reports', where: { kind: { equals: 'final' } }, depth: 0 })).docs[0]
    // As an older database holds them: no key.
    await payload.db.updateOne({ collection: 'indicators', id: figures.id, data: { uniqueKey: null }, returning: false })
    await payload.db.updateOne({ collection: 'reports', id: review.id, data: { uniqueKey: null }, returning: false })
    // And a second set of the same figures, stored before the index existed (past every hook, without a key).
    const { id: _id, createdAt: _c, updatedAt: _u, uniqueKey: _k, ...copy } = figures
    const twin = await payload.db.create({ collection: 'indicators', data: copy })
    const refused = await backfillUniqueKeys(payload).then(() => null, (e: Error) => e.message)
    const clash = refused?.split('\n').filter((line) => line.startsWith('indicators '))
    expect(clash, String(refused)).toHaveLength(1)
    expect(clash![0]).toContain(DUPLICATE_FIGURES_MESSAGE)
    expect(clash![0].split(':')[0].split(/[ /]+/).slice(1).sort()).toEqual([String(figures.id), String(twin.id)].sort())
    expect((await payload.findByID({ collection: 'reports', id: review.id, depth: 0 })).uniqueKey).toBeNull()

    await payload.db.deleteOne({ collection: 'indicators', where: { id: { equals: twin.id } } })
    const written = await backfillUniqueKeys(payload)
    expect(written).toMatchObject({ indicators: 1, reports: 1, targets: 0 })
    expect((await payload.findByID({ collection: 'indicators', id: figures.id, depth: 0 })).uniqueKey).toBe(figuresKey({ locality, year: 2029, period: 'h2' }))
    expect((await payload.findByID({ collection: 'reports', id: review.id, depth: 0 })).uniqueKey).toBe('final')
    expect(await backfillUniqueKeys(payload)).toMatchObject({ indicators: 0, reports: 0 })
  })
})
