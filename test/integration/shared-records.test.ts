/**
 * Shared records stay with their owners (issue 12, item 6): a relationship a user writes points
 * only to records that user may use — through REST (single and bulk), GraphQL (aliases included),
 * duplicate and the Local API alike — and a document lock only on what its writer may change.
 * Integrations' keys reach none of Payload's own collections.
 */
import { randomUUID } from 'node:crypto'

import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiRoutes, idByName, seededPayload, userByEmail, type ApiRoutes } from '../helpers'

type Id = number | string
let payload: Payload
let routes: ApiRoutes
const AUTH: Record<string, Record<string, string>> = {}
let ldld: Id
let hnd: Id
let hlhpn: Id
let thienHuong: Id
let hndCampaign: Id
let ldldCampaign: Id
let hndEvent: Id
let hndDraftPlan: Id
let hndApprovedPlan: Id
let ldldPlan: Id
const apiKey = randomUUID()

async function login(email: string, password = 'loa-demo-2026') {
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  return { Authorization: `JWT ${token}` }
}

type Answer = { status: number; body: Record<string, unknown> & { errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[] } }
async function rest(who: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<Answer> {
  const url = new URL(`http://localhost/api/${path}`)
  const headers: Record<string, string> = { ...AUTH[who], ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) }
  const handler = { GET: routes.get, POST: routes.post, PATCH: routes.patch, DELETE: routes.delete }[method]
  const res = await handler(new Request(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }), {
    params: Promise.resolve({ slug: url.pathname.replace('/api/', '').split('/') }),
  })
  const text = await res.text()
  return { status: res.status, body: text ? JSON.parse(text) : {} }
}
async function gql(who: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await routes.graphql(
    new Request('http://localhost/api/graphql', { method: 'POST', headers: { ...AUTH[who], 'Content-Type': 'application/json' }, body: JSON.stringify({ query, variables }) }),
  )
  return (await res.json()) as { data?: Record<string, { id: Id } | null> | null; errors?: { message: string; extensions?: { statusCode?: number } }[] }
}
/** The field-level messages of a refused REST write. */
const fieldMessages = (answer: Answer) => (answer.body.errors ?? []).flatMap((e) => e.data?.errors ?? []).map((e) => `${e.path}: ${e.message}`)

const event = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  kind: 'policy_dialogue',
  startAt: '2026-10-12T01:30:00.000Z',
  endAt: '2026-10-12T04:00:00.000Z',
  locality: thienHuong,
  ...extra,
})
const mediaOutput = (title: string, extra: Record<string, unknown> = {}) => ({ title, channel: 'tv', publishedOn: '2026-10-01T00:00:00.000Z', ...extra })
const campaignIdOf = async (collection: 'events' | 'media-outputs', id: Id) =>
  ((await payload.findByID({ collection, id, depth: 0 })) as { campaign?: Id | null }).campaign ?? null
const locks = async () => (await payload.find({ collection: 'payload-locked-documents', depth: 0, pagination: false })).docs as unknown as Record<string, unknown>[]

beforeAll(async () => {
  payload = await seededPayload()
  routes = apiRoutes()
  ldld = await idByName(payload, 'organizations', 'Liên đoàn Lao động thành phố Hải Phòng')
  hnd = await idByName(payload, 'organizations', 'Hội Nông dân thành phố Hải Phòng')
  hlhpn = await idByName(payload, 'organizations', 'Hội Liên hiệp Phụ nữ thành phố Hải Phòng')
  thienHuong = await idByName(payload, 'localities', 'Phường Thiên Hương')
  await payload.create({
    collection: 'users',
    data: { email: 'hlhpn@thu.loa', password: 'mat-khau-thu-2026', name: 'Ngô Thị Mai', role: 'coordinator', organization: hlhpn } as never,
  })
  for (const [who, email] of Object.entries({ ldld: 'ldld@demo.loa', hnd: 'hoinongdan@demo.loa', evaluator: 'evaluator@demo.loa', admin: 'admin@demo.loa' })) {
    AUTH[who] = await login(email)
  }
  AUTH.hlhpn = await login('hlhpn@thu.loa', 'mat-khau-thu-2026')
  await payload.create({ collection: 'api-clients', data: { name: 'Cổng dữ liệu mở', scopes: ['read_figures', 'read_events'], enableAPIKey: true, apiKey } as never })
  AUTH.key = { Authorization: `api-clients API-Key ${apiKey}` }

  const campaign = (name: string, organization: Id, partners: Id[] = []) =>
    payload.create({ collection: 'campaigns', data: { name, organization, partners, startDate: '2026-10-01T00:00:00.000Z', endDate: '2026-10-31T00:00:00.000Z' } as never })
  hndCampaign = (await campaign('Tháng vận động nông dân (thử)', hnd, [hlhpn])).id
  ldldCampaign = (await campaign('Tháng công nhân (thử)', ldld)).id
  hndEvent = (await payload.create({ collection: 'events', data: event('Hội Nông dân: đối thoại (thử)', { organization: hnd, campaign: hndCampaign }) as never })).id
  const plan = (title: string, organization: Id) =>
    payload.create({ collection: 'plans', data: { title, organization, periodKind: 'year', year: 2027 } as never })
  hndDraftPlan = (await plan('Kế hoạch nháp của Hội Nông dân (thử)', hnd)).id
  hndApprovedPlan = (await plan('Kế hoạch đã duyệt của Hội Nông dân (thử)', hnd)).id
  await payload.db.updateOne({ collection: 'plans', where: { id: { equals: hndApprovedPlan } }, data: { status: 'approved' } })
  ldldPlan = (await plan('Kế hoạch của LĐLĐ (thử)', ldld)).id
})
afterAll(async () => {
  await payload?.destroy()
})

describe('events and media outputs count only in campaigns their organization takes part in', () => {
  it('a coordinator of Liên đoàn Lao động cannot attach a new event to Hội Nông dân’s campaign (REST)', async () => {
    const before = (await payload.count({ collection: 'events', where: { campaign: { equals: hndCampaign } } })).totalDocs
    const answer = await rest('ldld', 'POST', 'events', event('LĐLĐ chen vào chiến dịch của Hội Nông dân', { campaign: hndCampaign }))
    expect(answer.status).toBe(400)
    expect(fieldMessages(answer).join()).toMatch(/^campaign: Chỉ gắn sự kiện vào chiến dịch do đơn vị mình chủ trì hoặc được mời phối hợp/)
    expect((await payload.count({ collection: 'events', where: { campaign: { equals: hndCampaign } } })).totalDocs).toBe(before)
  })

  it('nor move its own events there with a bulk PATCH filtered by where', async () => {
    const own = await payload.create({ collection: 'events', data: event('Sự kiện của LĐLĐ', { organization: ldld, campaign: ldldCampaign }) as never })
    const answer = await rest('ldld', 'PATCH', `events?where[id][equals]=${own.id}`, { campaign: hndCampaign })
    expect(answer.status).toBe(400)
    expect(await campaignIdOf('events', own.id)).toEqual(ldldCampaign)
  })

  it('nor through GraphQL, with one mutation or several aliased ones', async () => {
    const own = await payload.create({ collection: 'events', data: event('Sự kiện GraphQL của LĐLĐ', { organization: ldld }) as never })
    const answer = await gql(
      'ldld',
      `mutation ($id: Int!, $c: Int) { a: updateEvent(id: $id, data: { campaign: $c }) { id } b: updateEvent(id: $id, data: { campaign: $c }) { id } }`,
      { id: own.id, c: hndCampaign },
    )
    expect(answer.errors?.length).toBe(2)
    expect(answer.errors!.every((e) => e.extensions?.statusCode === 400)).toBe(true)
    expect(await campaignIdOf('events', own.id)).toBeNull()
    const created = await gql('ldld', `mutation ($data: mutationEventInput!) { x: createEvent(data: $data) { id } }`, {
      data: { ...event('Tạo qua GraphQL', { campaign: hndCampaign }), status: 'planned' },
    })
    expect(created.errors?.[0]?.extensions?.statusCode).toBe(400)
    expect(created.data?.x ?? null).toBeNull()
  })

  it('nor by duplicating Hội Nông dân’s event (the copy becomes LĐLĐ’s, the campaign must not follow)', async () => {
    const before = (await payload.count({ collection: 'events', where: { campaign: { equals: hndCampaign } } })).totalDocs
    const answer = await rest('ldld', 'POST', `events/${hndEvent}/duplicate`, {})
    expect(answer.status).toBe(400)
    expect((await payload.count({ collection: 'events', where: { campaign: { equals: hndCampaign } } })).totalDocs).toBe(before)
  })

  it('a coordinator of Liên đoàn Lao động cannot attach its media output to Hội Nông dân’s campaign', async () => {
    const own = await payload.create({ collection: 'media-outputs', data: mediaOutput('Phóng sự của LĐLĐ', { organization: ldld }) as never })
    const answer = await rest('ldld', 'PATCH', `media-outputs/${own.id}`, { campaign: hndCampaign })
    expect(answer.status).toBe(400)
    expect(fieldMessages(answer).join()).toMatch(/^campaign: Chỉ gắn sản phẩm truyền thông vào chiến dịch/)
    expect(await campaignIdOf('media-outputs', own.id)).toBeNull()
  })

  it('Hội Nông dân attaches its own events, and Hội Liên hiệp Phụ nữ, named a partner of the campaign, its own', async () => {
    const own = await rest('hnd', 'POST', 'events', event('Hội Nông dân: tư vấn tại chợ', { campaign: hndCampaign }))
    expect(own.status).toBe(201)
    const partner = await rest('hlhpn', 'POST', 'media-outputs', mediaOutput('Bài của Hội Phụ nữ trong chiến dịch', { campaign: hndCampaign }))
    expect(partner.status).toBe(201)
    expect(await campaignIdOf('media-outputs', (partner.body.doc as { id: Id }).id)).toEqual(hndCampaign)
  })

  it('a link made before stays while the event is edited for something else', async () => {
    // An admin attached LĐLĐ's event to Hội Nông dân's campaign; LĐLĐ can still correct its title.
    const linked = await payload.create({ collection: 'events', data: event('Gắn bởi quản trị', { organization: ldld, campaign: hndCampaign }) as never })
    const answer = await rest('ldld', 'PATCH', `events/${linked.id}`, { title: 'Gắn bởi quản trị (đã sửa tên)' })
    expect(answer.status).toBe(200)
    expect(await campaignIdOf('events', linked.id)).toEqual(hndCampaign)
  })
})

describe('a campaign sits only in a plan of its own organization', () => {
  const campaignData = (plan: Id) => ({ name: `Chiến dịch LĐLĐ ${randomUUID().slice(0, 6)}`, plan, startDate: '2026-10-01T00:00:00.000Z', endDate: '2026-10-20T00:00:00.000Z' })

  it('linking to another organization’s draft plan is answered as for a plan that does not exist', async () => {
    const hidden = await rest('ldld', 'POST', 'campaigns', campaignData(hndDraftPlan))
    const missing = await rest('ldld', 'POST', 'campaigns', campaignData(987654))
    expect(hidden.status).toBe(400)
    expect(fieldMessages(hidden)).toEqual([`plan: Không có kế hoạch này (mã ${JSON.stringify(String(hndDraftPlan))}).`])
    // The same words for both: the answer does not tell that the draft exists.
    expect(fieldMessages(missing)[0].replace(/\(mã .*\)/, '')).toBe(fieldMessages(hidden)[0].replace(/\(mã .*\)/, ''))
  })

  it('nor to another organization’s approved plan it can read, nor through GraphQL', async () => {
    const answer = await rest('ldld', 'PATCH', `campaigns/${ldldCampaign}`, { plan: hndApprovedPlan })
    expect(answer.status).toBe(400)
    expect(fieldMessages(answer)).toEqual(['plan: Chỉ gắn chiến dịch vào kế hoạch của đơn vị mình.'])
    const viaGraphql = await gql('ldld', `mutation ($id: Int!, $p: Int) { updateCampaign(id: $id, data: { plan: $p }) { id } }`, { id: ldldCampaign, p: hndDraftPlan })
    expect(viaGraphql.errors?.[0]?.extensions?.statusCode).toBe(400)
    expect(((await payload.findByID({ collection: 'campaigns', id: ldldCampaign, depth: 0 })) as { plan?: Id | null }).plan ?? null).toBeNull()
  })

  it('its own plan, yes', async () => {
    const answer = await rest('ldld', 'PATCH', `campaigns/${ldldCampaign}`, { plan: ldldPlan })
    expect(answer.status).toBe(200)
  })
})

describe('document locks only on what the writer may change', () => {
  const lockOn = (collection: string, id: Id, user?: unknown) => ({ document: { relationTo: collection, value: id }, ...(user ? { user } : {}) })

  it('a coordinator cannot lock Hội Nông dân’s plan, which Sở Nội vụ is deciding on (REST)', async () => {
    const before = (await locks()).length
    const answer = await rest('ldld', 'POST', 'payload-locked-documents', lockOn('plans', hndApprovedPlan))
    expect(answer.status).toBe(400)
    expect(fieldMessages(answer).join()).toMatch(/^document: Chỉ khoá được tài liệu bạn được sửa/)
    expect((await locks()).length).toBe(before)
  })

  it('nor through GraphQL with aliases, nor a global only Sở Nội vụ changes', async () => {
    const before = (await locks()).length
    const answer = await gql(
      'ldld',
      `mutation { a: createPayloadLockedDocument(data: { document: { relationTo: plans, value: ${JSON.stringify(hndApprovedPlan)} } }) { id } b: createPayloadLockedDocument(data: { document: { relationTo: plans, value: ${JSON.stringify(hndApprovedPlan)} } }) { id } }`,
    )
    expect(answer.errors?.length, JSON.stringify(answer)).toBe(2)
    // Refused by the lock rule (a 400 per alias), not by the schema (which gives no status).
    expect(answer.errors!.map((e) => e.extensions?.statusCode)).toEqual([400, 400])
    const global = await rest('ldld', 'POST', 'payload-locked-documents', { globalSlug: 'report-deadlines' })
    expect(global.status).toBe(400)
    expect((await locks()).length).toBe(before)
  })

  it('a coordinator locks its own event, always in its own name; it cannot take over or re-point another’s lock', async () => {
    const ldldUser = await userByEmail(payload, 'ldld@demo.loa')
    const admin = await userByEmail(payload, 'admin@demo.loa')
    const own = await payload.create({ collection: 'events', data: event('Sự kiện LĐLĐ để khoá', { organization: ldld }) as never })
    const mine = await rest('ldld', 'POST', 'payload-locked-documents', lockOn('events', own.id, { relationTo: 'users', value: admin.id }))
    expect(mine.status).toBe(201)
    const stored = (await payload.findByID({ collection: 'payload-locked-documents', id: (mine.body.doc as { id: Id }).id, depth: 0 })) as unknown as { user: { value: Id } }
    expect(String(stored.user.value)).toBe(String(ldldUser.id))

    // Sở Nội vụ's evaluator has Hội Nông dân's plan open.
    const evaluator = await userByEmail(payload, 'evaluator@demo.loa')
    const theirs = await payload.create({ collection: 'payload-locked-documents', data: { ...lockOn('plans', hndApprovedPlan), user: { relationTo: 'users', value: evaluator.id } } as never })
    const takeOver = await rest('ldld', 'PATCH', `payload-locked-documents/${theirs.id}`, { user: { relationTo: 'users', value: ldldUser.id } })
    expect(takeOver.status).toBe(400)
    const bulk = await rest('ldld', 'PATCH', `payload-locked-documents?where[id][equals]=${(mine.body.doc as { id: Id }).id}`, lockOn('plans', hndDraftPlan))
    expect(bulk.status).toBe(400)
    const after = (await payload.findByID({ collection: 'payload-locked-documents', id: theirs.id, depth: 0 })) as unknown as { user: { value: Id } }
    expect(String(after.user.value)).toBe(String(evaluator.id))
  })
})

describe('an integration’s key reaches none of Payload’s own collections', () => {
  it('it creates no lock and reads none, over REST and GraphQL', async () => {
    const event = await payload.find({ collection: 'events', limit: 1, depth: 0 })
    const before = (await locks()).length
    const created = await rest('key', 'POST', 'payload-locked-documents', { document: { relationTo: 'events', value: event.docs[0].id } })
    expect(created.status).toBe(403)
    expect((await rest('key', 'GET', 'payload-locked-documents')).status).toBe(403)
    const viaGraphql = await gql('key', `mutation { createPayloadLockedDocument(data: { globalSlug: "report-deadlines" }) { id } }`)
    expect(viaGraphql.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect((await locks()).length).toBe(before)
  })

  it('it keeps no preferences', async () => {
    const saved = await rest('key', 'POST', 'payload-preferences/nav', { value: { open: true } })
    expect(saved.status).toBe(403)
    expect((await rest('key', 'GET', 'payload-preferences/nav')).status).toBe(403)
    expect((await rest('key', 'GET', 'payload-preferences')).status).toBe(403)
    const stored = await payload.find({ collection: 'payload-preferences' as CollectionSlug, where: { key: { equals: 'nav' } }, depth: 0 })
    expect(stored.totalDocs).toBe(0)
    // A person's own preferences still work.
    expect((await rest('ldld', 'POST', 'payload-preferences/nav', { value: { open: true } })).status).toBe(200)
  })
})


describe('routes that query the database without hooks', () => {
  // PostgreSQL refuses a NUL in a text value with an error (a 500): the file route and the
  // preferences route are checked before they query (src/hooks/rejectMalformedRequests.ts).
  it('a NUL in a file name or a preference key is a 400 in Vietnamese, not a database error', async () => {
    for (const slug of [['media', 'file', 'x.png\u0000.php'], ['payload-preferences', 'nav\u0000']]) {
      const res = await routes.get(new Request(`http://localhost/api/${slug.map(encodeURIComponent).join('/')}`, { headers: AUTH.ldld }), {
        params: Promise.resolve({ slug }),
      })
      expect(res.status, slug.join('/')).toBe(400)
      expect(await res.text()).toContain('ký tự NUL')
    }
  })
})

describe('ids as an HTML form sends them', () => {
  it('an id written as text ("5") names the same record, for a coordinator and for the public feedback form', async () => {
    const created = await rest('ldld', 'POST', 'events', event('Đối thoại với người lao động (mã dạng chữ)', { locality: String(thienHuong), campaign: String(ldldCampaign) }))
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const stored = await payload.findByID({ collection: 'events', id: (created.body.doc as { id: Id }).id, depth: 0 })
    expect(stored.locality).toBe(thienHuong)

    const feedback = await rest('public', 'POST', 'feedback', { kind: 'question', text: 'Tôi hỏi về BHYT hộ gia đình.', locality: String(thienHuong) })
    expect(feedback.status, JSON.stringify(feedback.body)).toBe(201)
  })
})

describe('the guards Loa adds on init', () => {
  it('wrap Payload’s own endpoints once, however often init runs (recognised by a mark, not a name the build minifies)', async () => {
    const { guardAllCollections } = await import('../../src/hooks/rejectMalformedRequests')
    const { guardPayloadCollections } = await import('../../src/hooks/guardPayloadCollections')
    const handlers = () => [
      ...(payload.collections['payload-preferences'].config.endpoints || []).map((e) => e.handler),
      ...payload.config.globals.flatMap((g) => (Array.isArray(g.endpoints) ? g.endpoints.map((e) => e.handler) : [])),
    ]
    const before = handlers()
    guardAllCollections(payload)
    guardPayloadCollections(payload)
    expect(handlers()).toEqual(before)
  })
})
