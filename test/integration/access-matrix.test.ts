/**
 * The access matrix: every collection of the config × every actor (anonymous, an integration's key,
 * each role) × create/read/update/delete, through the REST and GraphQL handlers a client calls (both
 * run the Local API's operations underneath, with access on, so each cell is the same code for both).
 * Per collection also: reading its versions, and every field with a read rule — absent when selected,
 * refused as a filter or a sort by those it is hidden from. And the other routes to the same
 * documents, each answering as its cell: bulk update and delete (REST with a filter), duplicate
 * (REST and GraphQL), document locks (only on what the user may change), GraphQL aliases.
 */
import { randomUUID } from 'node:crypto'

import { formatNames, type CollectionSlug, type FieldAccess, type FlattenedField, type Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiRoutes, idByName, seededPayload, userByEmail, type ApiRoutes } from '../helpers'

type Actor = 'anonymous' | 'integration' | 'admin' | 'editor' | 'reviewer' | 'evaluator' | 'coordinator'
const ACTORS: Actor[] = ['anonymous', 'integration', 'admin', 'editor', 'reviewer', 'evaluator', 'coordinator']
type Person = Exclude<Actor, 'anonymous' | 'integration'>
const EMAIL: Record<Person, string> = {
  admin: 'admin@demo.loa',
  editor: 'editor@demo.loa',
  reviewer: 'reviewer@demo.loa',
  evaluator: 'evaluator@demo.loa',
  coordinator: 'ldld@demo.loa',
}
/** The integration's scopes: reads figures and events, imports nothing. */
const INTEGRATION_SCOPES = ['read_figures', 'read_events']

type Transport = 'rest' | 'graphql'
const TRANSPORTS: Transport[] = ['rest', 'graphql']
type Op = 'create' | 'read' | 'update' | 'delete'
/**
 * readVersions: who reads the document's versions, when it differs from who reads the document.
 * lock: who may lock it for editing, when it differs from `update` (whose cell changes a field
 * some updaters may not touch: Sở Nội vụ decides on plans and reports without rewriting them).
 */
type Rule = Record<Op, Actor[]> & { readVersions?: Actor[]; lock?: Actor[] }

const staff: Actor[] = ['admin', 'editor', 'reviewer', 'evaluator', 'coordinator']
const authors: Actor[] = ['admin', 'editor', 'reviewer']
const none: Actor[] = []
// Catalogues: integrations read them too (their figures and events name communes and groups).
const reference: Rule = { create: ['admin'], read: [...staff, 'integration'], update: ['admin'], delete: ['admin'] }
// A draft: all staff read it, the public and keys only approved items (content-workflow.test.ts).
// Editors and reviewers delete drafts only; coordinators and evaluators never change content.
const content: Rule = { create: authors, read: staff, update: authors, delete: authors }
// Run by Hội Nông dân: the coordinator of another organization (LĐLĐ) reads it but does not change it.
const outreach: Rule = { create: ['admin', 'coordinator'], read: staff, update: ['admin'], delete: ['admin'] }

/**
 * Who may do what on a document of *another* organization than the coordinator's (Hội Nông dân's
 * where the collection is organization-owned). Own-organization cases are tested in the collections' files.
 */
const MATRIX: Record<string, Rule> = {
  // Another person's account (the Hội Nông dân coordinator).
  users: { create: ['admin'], read: ['admin', 'evaluator'], update: ['admin'], delete: ['admin'] },
  // Another integration: admins alone; a key never manages keys, its own included (api-keys.test.ts).
  'api-clients': { create: ['admin'], read: ['admin'], update: ['admin'], delete: ['admin'] },
  organizations: reference,
  localities: reference,
  sites: reference,
  'audience-groups': reference,
  topics: reference,
  channels: reference,
  // A draft plan of Hội Nông dân: only admins and evaluators reach it, versions included; evaluators
  // open it to decide on it (plans-workflow.test.ts) but neither rewrite nor delete it.
  plans: { create: ['admin', 'evaluator', 'coordinator'], read: ['admin', 'evaluator'], update: ['admin'], delete: ['admin'], lock: ['admin', 'evaluator'] },
  // Hội Nông dân's duty: its own coordinators report progress on it, LĐLĐ's do not.
  assignments: { create: ['admin', 'evaluator'], read: staff, update: ['admin', 'evaluator'], delete: ['admin', 'evaluator'] },
  targets: { create: ['admin', 'evaluator'], read: staff, update: ['admin', 'evaluator'], delete: ['admin', 'evaluator'] },
  // City-wide results of the annual plan's other targets: typed in by Sở Nội vụ, read like targets.
  'city-results': { create: ['admin', 'evaluator'], read: staff, update: ['admin', 'evaluator'], delete: ['admin', 'evaluator'] },
  // Participation figures per commune: Sở Nội vụ keeps them; city staff and read_figures keys read
  // them all; a coordinator only their own commune's (LĐLĐ, a city body, has none).
  indicators: {
    create: ['admin', 'evaluator'],
    read: ['admin', 'editor', 'reviewer', 'evaluator', 'integration'],
    update: ['admin', 'evaluator'],
    delete: ['admin', 'evaluator'],
  },
  // Public (citizens see what a message rests on); its history is for staff.
  'legal-documents': { create: authors, read: [...staff, 'anonymous', 'integration'], update: authors, delete: ['admin'], readVersions: staff },
  messages: content,
  materials: content,
  questions: content,
  // A file no published material uses: staff only. Reviewers upload but do not delete.
  media: { create: authors, read: staff, update: authors, delete: ['admin', 'editor'] },
  campaigns: outreach,
  // read_events keys read events (and nothing else of outreach).
  events: { ...outreach, read: [...staff, 'integration'] },
  'media-outputs': outreach,
  // Assigned to Hội Nông dân. Anyone sends feedback (the public form), but a key has no business
  // there; Sở Nội vụ reads it to evaluate but does not triage it; LĐLĐ neither reads nor answers it.
  feedback: {
    create: ['anonymous', ...staff],
    read: ['admin', 'editor', 'reviewer', 'evaluator'],
    update: ['admin', 'editor', 'reviewer'],
    delete: ['admin'],
  },
  // Another organization's draft report: Sở Nội vụ reads it but does not rewrite it; its author's
  // coordinators only (evaluation.test.ts). A coordinator's create is their own report.
  reports: { create: ['admin', 'evaluator', 'coordinator'], read: ['admin', 'evaluator'], update: ['admin'], delete: ['admin'], lock: ['admin', 'evaluator'] },
  // Derived sums kept by hooks: read by Sở Nội vụ; written by nobody; an admin may drop one to rebuild it.
  'outreach-tallies': { create: none, read: ['admin', 'evaluator'], update: none, delete: ['admin'] },
  // The tallies' internal queue: closed to everyone.
  'tally-changes': { create: none, read: none, update: none, delete: none },
  // Locks between processes (src/lib/databaseLock.ts): closed to everyone.
  locks: { create: none, read: none, update: none, delete: none },
  // Append-only: written by the server in the change's transaction, never through the API.
  'audit-log': { create: none, read: ['admin', 'evaluator'], update: none, delete: none },
}

/** Fields with a read rule that every reader of their collection passes: only admins read integrations. */
const VISIBLE_TO_ALL_READERS = ['api-clients.hasAPIKey']

/** Payload's own collections (preferences, document locks, jobs, migrations) keep Payload's own rules. */
const PAYLOAD_OWN = /^payload-/

// The config is read once here, so a collection added to it without a row above fails below.
const sanitized = await (await import('../../payload.config')).default
const COLLECTIONS = sanitized.collections.map((c) => c.slug).filter((slug) => !PAYLOAD_OWN.test(slug))
const VERSIONED = sanitized.collections.filter((c) => c.versions && !PAYLOAD_OWN.test(c.slug)).map((c) => c.slug)

/** Every field with a read rule, by collection; nested ones (inside groups or arrays) by their path. */
type HiddenField = { collection: string; path: string; field: FlattenedField }
function fieldsWithReadRule(fields: FlattenedField[], collection: string, prefix = ''): HiddenField[] {
  return fields.flatMap((field) => {
    const path = `${prefix}${field.name}`
    const own = field.access?.read ? [{ collection, path, field }] : []
    const nested = 'flattenedFields' in field ? fieldsWithReadRule(field.flattenedFields, collection, `${path}.`) : []
    return [...own, ...nested]
  })
}
const HIDDEN = sanitized.collections.filter((c) => !PAYLOAD_OWN.test(c.slug)).flatMap((c) => fieldsWithReadRule(c.flattenedFields, c.slug))

let payload: Payload
let routes: ApiRoutes
/** The user each actor is, as access rules see it (the integration: its api-clients record). */
const users: Partial<Record<Actor, Record<string, unknown>>> = {}
const AUTH: Record<Actor, Record<string, string>> = {} as never
let hnd: number | string
let thienHuong: number | string
let localityIds: (number | string)[] = []
let otherOrgIds: (number | string)[] = []
let png: Buffer

beforeAll(async () => {
  payload = await seededPayload()
  routes = apiRoutes()
  AUTH.anonymous = {}
  for (const actor of Object.keys(EMAIL) as Person[]) {
    users[actor] = await userByEmail(payload, EMAIL[actor])
    const { token } = await payload.login({ collection: 'users', data: { email: EMAIL[actor], password: 'loa-demo-2026' } })
    AUTH[actor] = { Authorization: `JWT ${token}` }
  }
  const key = randomUUID()
  const client = await payload.create({ collection: 'api-clients', data: { name: 'Cổng dữ liệu thử', scopes: INTEGRATION_SCOPES, enableAPIKey: true, apiKey: key } as never })
  users.integration = { ...client, collection: 'api-clients' }
  AUTH.integration = { Authorization: `api-clients API-Key ${key}` }

  hnd = await idByName(payload, 'organizations', 'Hội Nông dân thành phố Hải Phòng')
  thienHuong = await idByName(payload, 'localities', 'Phường Thiên Hương')
  localityIds = (await payload.find({ collection: 'localities', limit: 0, pagination: false, depth: 0 })).docs.map((d) => d.id)
  // Not the coordinator's own (LĐLĐ) nor Sở Nội vụ (an evaluator's report is filed under it).
  const own = [await idByName(payload, 'organizations', 'Liên đoàn Lao động thành phố Hải Phòng'), await idByName(payload, 'organizations', 'Sở Nội vụ thành phố Hải Phòng')]
  otherOrgIds = (await payload.find({ collection: 'organizations', pagination: false, depth: 0 })).docs.map((d) => d.id).filter((id) => !own.includes(id))
  png = await sharp({ create: { width: 8, height: 8, channels: 3, background: { r: 0, g: 94, b: 160 } } }).png().toBuffer()
  await introspect()
})
afterAll(async () => {
  await payload?.destroy()
})

// ---------------------------------------------------------------------------------------------
// Documents

const counters: Record<string, number> = {}

/** Valid data for a new document of the collection, owned by Hội Nông dân where that applies. */
function sample(collection: string): Record<string, unknown> {
  const n = (counters[collection] = (counters[collection] ?? 0) + 1)
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
      return { indicator: 'peopleReached', year: 2026 + (Math.floor(n / localityIds.length) % 5), locality: localityIds[n % localityIds.length], minimum: 1000 + n }
    case 'city-results':
      // One per indicator, year and period: walk through the indicators, then years, then half-years.
      return {
        indicator: ['contributionCollection', 'onlineProcedures', 'benefitsThroughAccounts', 'pupilsBhyt'][n % 4],
        year: 2026 + (Math.floor(n / 4) % 5),
        period: ['h1', 'h2', 'year'][Math.floor(n / 20) % 3],
        value: 90 + (n % 10),
        source: `Báo cáo thử ${n}`,
      }
    case 'indicators':
      // One set per commune, year and period; the demo data fills H1 and the whole year.
      return {
        locality: localityIds[n % localityIds.length],
        year: 2026 + (Math.floor(n / localityIds.length) % 5),
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
      return { kind: 'unit', organization: otherOrgIds[n % otherOrgIds.length], year: 2027 + (Math.floor(n / otherOrgIds.length) % 4), period: 'year' }
    case 'assignments':
      return { title: `Nhiệm vụ thử ${n}`, organization: hnd }
    case 'plans':
      return { title: `Kế hoạch thử ${n}`, organization: hnd, periodKind: 'year', year: 2027 }
    case 'users':
      return { email: `thu${n}@demo.loa`, password: 'mat-khau-thu-2026', name: `Người thử ${n}`, role: 'coordinator', organization: hnd }
    case 'api-clients':
      return { name: `Hệ thống thử ${n}`, scopes: ['read_figures'], enableAPIKey: true, apiKey: randomUUID() }
    case 'legal-documents':
      return { number: `THU-${n}/2026`, kind: 'law', title: `Luật thử ${n}`, issuer: 'Quốc hội' }
    case 'messages':
      return { title: `Thông điệp thử ${n}`, short: 'Đóng BHXH tự nguyện đủ 15 năm để hưởng lương hưu.' }
    case 'materials':
      return { title: `Tờ gấp thử ${n}`, kind: 'leaflet', summary: 'Tóm tắt tờ gấp thử.' }
    case 'questions':
      return { question: `Câu hỏi thử ${n}: đóng BHXH tự nguyện thế nào?` }
    case 'media':
      return { alt: `Ảnh thử ${n}: một ô vuông màu xanh` }
    case 'campaigns':
      return { name: `Chiến dịch thử ${n}`, organization: hnd, startDate: '2026-09-01T00:00:00.000Z', endDate: '2026-09-30T00:00:00.000Z' }
    case 'events':
      return { title: `Sự kiện thử ${n}`, kind: 'policy_dialogue', organization: hnd, startAt: '2026-06-12T01:30:00.000Z', endAt: '2026-06-12T04:00:00.000Z', locality: thienHuong }
    case 'media-outputs':
      return { title: `Bài viết thử ${n}`, channel: 'tv', publishedOn: '2026-07-01T00:00:00.000Z', organization: hnd }
    case 'feedback':
      // Triage fields are staff-only on create: from the public the item arrives new, unassigned.
      return { kind: 'question', text: `Câu hỏi của người dân ${n}`, consent: true, name: 'Nguyễn Văn Thử', phone: '0912345678', email: 'thu@example.vn', status: 'assigned', assignedTo: hnd }
    case 'audit-log':
      return { action: 'update', targetCollection: 'plans', documentId: String(n), summary: `Mục thử ${n}` }
    case 'outreach-tallies':
      return { bucket: `thu-${n}`, source: 'events', dimension: 'commune', key: String(n), month: '2026-06', figures: { events: 1 } }
    case 'tally-changes':
      return { buckets: [`thu-${n}`] }
    case 'locks':
      return { name: `thu-${n}-${randomUUID()}`, owner: randomUUID(), expiresAt: '2030-01-01T00:00:00.000Z' }
    default:
      throw new Error(`no sample for ${collection}: add one`)
  }
}

/** Small harmless change per collection (a field every role could otherwise write). */
function change(collection: string): Record<string, unknown> {
  const n = (counters[collection] = (counters[collection] ?? 0) + 1)
  const field: Record<string, string> = {
    plans: 'title', assignments: 'title', messages: 'title', materials: 'title', events: 'title', 'media-outputs': 'title', 'legal-documents': 'title',
    users: 'name', targets: 'note', 'city-results': 'note', indicators: 'note', reports: 'results', questions: 'question', media: 'alt', campaigns: 'name',
    feedback: 'answer', 'audit-log': 'summary', 'outreach-tallies': 'key', 'api-clients': 'name',
  }
  if (collection === 'tally-changes') return { buckets: [`sua-${n}`] }
  if (collection === 'locks') return { owner: `sua-${n}` }
  return { [field[collection] ?? 'name']: `Đã sửa ${n}` }
}

/**
 * City-wide results allow one per indicator, year and period: only 60 keys, fewer than the matrix's
 * cells. A new sample frees its key from an earlier cell's document.
 */
async function makeRoom(collection: string, data: Record<string, unknown>) {
  if (collection !== 'city-results') return
  await payload.delete({ collection, where: { and: ['indicator', 'year', 'period'].map((f) => ({ [f]: { equals: data[f] } })) } })
}

/** A new document made by the server (access off), to be acted on through the API. */
async function freshDoc(collection: string, data = sample(collection)) {
  await makeRoom(collection, data)
  const file = collection === 'media' ? { data: png, name: `thu-${randomUUID()}.png`, mimetype: 'image/png', size: png.length } : undefined
  return (await payload.create({ collection: collection as CollectionSlug, data: data as never, file, depth: 0 })) as unknown as Record<string, unknown> & { id: number | string }
}

const stored = (collection: string, id: number | string) =>
  payload.findByID({ collection: collection as CollectionSlug, id, depth: 0, disableErrors: true }) as Promise<Record<string, unknown> | null>
const count = async (collection: string) => (await payload.count({ collection: collection as CollectionSlug })).totalDocs

// ---------------------------------------------------------------------------------------------
// The two transports

type Answer = { status: number; body: Record<string, unknown> & { errors?: { message: string }[] } }

async function rest(actor: Actor, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<Answer> {
  const url = new URL(`http://localhost/api/${path}`)
  const headers: Record<string, string> = { ...AUTH[actor] }
  if (body !== undefined && !(body instanceof FormData)) headers['Content-Type'] = 'application/json'
  const request = new Request(url, { method, headers, body: body instanceof FormData ? body : body === undefined ? undefined : JSON.stringify(body) })
  const handler = { GET: routes.get, POST: routes.post, PATCH: routes.patch, DELETE: routes.delete }[method]
  const res = await handler(request, { params: Promise.resolve({ slug: url.pathname.replace('/api/', '').split('/') }) })
  const text = await res.text()
  return { status: res.status, body: text ? JSON.parse(text) : {} }
}

type GqlError = { message: string; extensions?: { statusCode?: number } }
type GqlAnswer = { status: number; data?: Record<string, unknown> | null; errors?: GqlError[] }

async function gql(actor: Actor, query: string, variables: Record<string, unknown> = {}): Promise<GqlAnswer> {
  const request = new Request('http://localhost/api/graphql', {
    method: 'POST',
    headers: { ...AUTH[actor], 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  })
  const res = await routes.graphql(request)
  return { status: res.status, ...((await res.json()) as Omit<GqlAnswer, 'status'>) }
}

type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null }
type SchemaField = { name: string; args: { name: string; type: TypeRef }[]; type: TypeRef }
const REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }'
let queries: Map<string, SchemaField>
let mutations: Map<string, SchemaField>
let objectFields: Map<string, Map<string, TypeRef>>
let inputFields: Map<string, Map<string, TypeRef>>

const named = (t: TypeRef): string => (t.name ?? named(t.ofType!))
const typeString = (t: TypeRef): string => (t.kind === 'NON_NULL' ? `${typeString(t.ofType!)}!` : t.kind === 'LIST' ? `[${typeString(t.ofType!)}]` : t.name!)

/** The schema's queries, mutations and object types, read once by introspection. */
async function introspect() {
  const fields = `fields { name args { name type { ${REF} } } type { ${REF} } }`
  const { data, errors } = await gql('anonymous', `{ __schema { queryType { ${fields} } mutationType { ${fields} } types { name kind fields { name type { ${REF} } } inputFields { name type { ${REF} } } } } }`)
  expect(errors).toBeUndefined()
  const schema = data!.__schema as { queryType: { fields: SchemaField[] }; mutationType: { fields: SchemaField[] }; types: { name: string; kind: string; fields: { name: string; type: TypeRef }[] | null; inputFields: { name: string; type: TypeRef }[] | null }[] }
  queries = new Map(schema.queryType.fields.map((f) => [f.name, f]))
  mutations = new Map(schema.mutationType.fields.map((f) => [f.name, f]))
  objectFields = new Map(schema.types.filter((t) => t.kind === 'OBJECT').map((t) => [t.name, new Map((t.fields ?? []).map((f) => [f.name, f.type]))]))
  inputFields = new Map(schema.types.filter((t) => t.kind === 'INPUT_OBJECT').map((t) => [t.name, new Map((t.inputFields ?? []).map((f) => [f.name, f.type]))]))
}

/** A collection's operations in the schema: the document type is named as Payload names it from the slug. */
function gqlNames(collection: string) {
  const type = formatNames(collection as CollectionSlug).singular
  if (!objectFields.has(type)) throw new Error(`no GraphQL type ${type} for ${collection}`)
  const returns = (f: SchemaField) => named(f.type)
  const find = [...queries.values()].find((f) => objectFields.get(returns(f))?.get('docs') && named(objectFields.get(returns(f))!.get('docs')!) === type)
  const byId = [...queries.values()].find((f) => returns(f) === type && f.args.some((a) => a.name === 'id'))
  const op = (name: string) => {
    const field = mutations.get(name)
    if (!field || returns(field) !== type) throw new Error(`no mutation ${name} returning ${type}`)
    return field
  }
  if (!find || !byId) throw new Error(`no find or findByID query for ${collection}`)
  return { type, find: find.name, byId, create: op(`create${type}`), update: op(`update${type}`), delete: op(`delete${type}`), versions: queries.get(`versions${find.name}`) }
}

const argType = (field: SchemaField, arg: string) => typeString(field.args.find((a) => a.name === arg)!.type)

/**
 * GraphQL's create input makes required fields with a default (a workflow's status) required too:
 * send their defaults, as REST and the Local API fill them in.
 */
function withRequiredDefaults(collection: string, input: string, data: Record<string, unknown>) {
  const fields = sanitized.collections.find((c) => c.slug === collection)!.flattenedFields
  const filled = { ...data }
  for (const [name, type] of inputFields.get(input) ?? []) {
    const field = fields.find((f) => f.name === name)
    if (type.kind === 'NON_NULL' && filled[name] === undefined && field && 'defaultValue' in field) filled[name] = field.defaultValue
  }
  return filled
}

/**
 * GraphQL's answer to a refusal: errors saying 401/403/404 (or a bad filter: 400, which may also be
 * the schema's own refusal of a field it does not offer) and no data.
 */
function gqlRefused(answer: GqlAnswer, field: string, statuses = [401, 403, 404]): boolean {
  if (!answer.errors?.length) return false
  // GraphQL's own validation errors carry no status: a query the schema does not allow.
  const codes = answer.errors.map((e) => e.extensions?.statusCode ?? 400)
  if (!codes.every((c) => c !== undefined && statuses.includes(c))) throw new Error(`unexpected GraphQL errors: ${JSON.stringify(answer.errors)}`)
  expect(answer.data?.[field] ?? null, 'no data with a refusal').toBeNull()
  return true
}

function restRefused(answer: Answer, statuses = [401, 403, 404]): boolean {
  if (statuses.includes(answer.status)) return true
  if (answer.status >= 300) throw new Error(`unexpected REST answer ${answer.status}: ${JSON.stringify(answer.body)}`)
  return false
}

/**
 * One cell of the matrix through one transport: true when the operation is refused. A bad request
 * (400) or a server error fails the test instead of passing for a refusal.
 */
async function perform(transport: Transport, actor: Actor, op: Op, collection: string, id?: number | string, data?: Record<string, unknown>) {
  if (transport === 'rest') {
    if (op === 'create' && collection === 'media') {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `thu-${randomUUID()}.png`)
      form.append('_payload', JSON.stringify(data))
      const answer = await rest(actor, 'POST', `${collection}?depth=0`, form)
      return { refused: restRefused(answer), id: (answer.body.doc as { id?: number | string } | undefined)?.id }
    }
    const answer =
      op === 'create' ? await rest(actor, 'POST', `${collection}?depth=0`, data)
      : op === 'read' ? await rest(actor, 'GET', `${collection}/${id}?depth=0`)
      : op === 'update' ? await rest(actor, 'PATCH', `${collection}/${id}?depth=0`, data)
      : await rest(actor, 'DELETE', `${collection}/${id}?depth=0`)
    return { refused: restRefused(answer), id: (answer.body.doc as { id?: number | string } | undefined)?.id }
  }
  const names = gqlNames(collection)
  const field = op === 'read' ? names.byId : names[op]
  const args = [op !== 'create' && ['id', argType(field, 'id')], (op === 'create' || op === 'update') && ['data', argType(field, 'data')]].filter(Boolean) as string[][]
  const query = `${op === 'read' ? 'query' : 'mutation'} (${args.map(([a, t]) => `$${a}: ${t}`).join(', ')}) { ${field.name}(${args.map(([a]) => `${a}: $${a}`).join(', ')}) { id } }`
  const variables = { id, data: op === 'create' ? withRequiredDefaults(collection, named(field.args.find((a) => a.name === 'data')!.type), data!) : data }
  const answer = await gql(actor, query, variables)
  const refused = gqlRefused(answer, field.name)
  return { refused, id: (answer.data?.[field.name] as { id?: number | string } | null)?.id }
}

// ---------------------------------------------------------------------------------------------
// The matrix

it('every collection of the config has a row in the matrix, and every row a collection', () => {
  expect(COLLECTIONS.filter((slug) => !MATRIX[slug]), 'collections without a row').toEqual([])
  expect(Object.keys(MATRIX).filter((slug) => !(COLLECTIONS as string[]).includes(slug)), 'rows without a collection').toEqual([])
})

describe.each(TRANSPORTS)('%s', (transport) => {
  describe.each(COLLECTIONS.filter((slug) => MATRIX[slug]))('%s', (collection) => {
    const rule = MATRIX[collection]

    // GraphQL takes no files: media are uploaded over REST only (multipart), and read, changed
    // and deleted over both.
    const uploadOverGraphql = transport === 'graphql' && collection === 'media'
    it.skipIf(uploadOverGraphql).each(ACTORS)('create as %s', async (actor) => {
      const allowed = rule.create.includes(actor)
      const data = sample(collection)
      await makeRoom(collection, data)
      const before = await count(collection)
      const { refused, id } = await perform(transport, actor, 'create', collection, undefined, data)
      expect(refused).toBe(!allowed)
      if (allowed) {
        expect(id).toBeDefined()
        expect(await stored(collection, id!)).not.toBeNull()
        // Keeps one-per-period documents (reports, figures) from colliding with the next cell.
        await payload.delete({ collection: collection as CollectionSlug, id: id! })
      } else {
        expect(await count(collection)).toBe(before)
      }
    })

    it.each(ACTORS)('read as %s', async (actor) => {
      const doc = await freshDoc(collection)
      const { refused } = await perform(transport, actor, 'read', collection, doc.id)
      expect(refused).toBe(!rule.read.includes(actor))
    })

    it.each(ACTORS)('update as %s', async (actor) => {
      const doc = await freshDoc(collection)
      const allowed = rule.update.includes(actor)
      const data = change(collection)
      const { refused } = await perform(transport, actor, 'update', collection, doc.id, data)
      const after = (await stored(collection, doc.id))!
      const [field, value] = Object.entries(data)[0]
      // Refused outright, or (for fields locked by field access) accepted without changing anything.
      expect(JSON.stringify(after[field]) === JSON.stringify(value)).toBe(allowed)
      if (allowed) expect(refused).toBe(false)
    })

    it.each(ACTORS)('delete as %s', async (actor) => {
      const doc = await freshDoc(collection)
      const allowed = rule.delete.includes(actor)
      const { refused } = await perform(transport, actor, 'delete', collection, doc.id)
      expect(refused).toBe(!allowed)
      expect(await stored(collection, doc.id)).toEqual(allowed ? null : expect.anything())
    })
  })

  // -------------------------------------------------------------------------------------------
  // Versions: the same matrix doc's history

  describe.each(VERSIONED)('%s versions', (collection) => {
    const readers = MATRIX[collection].readVersions ?? MATRIX[collection].read

    it.each(ACTORS)('read as %s', async (actor) => {
      const doc = await freshDoc(collection)
      let versions: unknown[] | null
      if (transport === 'rest') {
        const answer = await rest(actor, 'GET', `${collection}/versions?depth=0&where[parent][equals]=${doc.id}`)
        versions = restRefused(answer) ? null : (answer.body.docs as unknown[])
      } else {
        const { versions: query } = gqlNames(collection)
        const answer = await gql(actor, `{ ${query!.name}(where: { parent: { equals: ${JSON.stringify(doc.id)} } }) { docs { id } } }`)
        versions = gqlRefused(answer, query!.name) ? null : (answer.data![query!.name] as { docs: unknown[] }).docs
      }
      // A rule that is a query answers an empty list rather than a refusal.
      expect(Boolean(versions?.length)).toBe(readers.includes(actor))
    })
  })

  // -------------------------------------------------------------------------------------------
  // Fields with a read rule

  describe.each(HIDDEN.map((h) => [`${h.collection}.${h.path}`, h] as const))('%s', (_, hidden) => {
    const { collection, path, field } = hidden

    it('is absent when selected, and refused as a filter or sort, for those it is hidden from', async () => {
      expect(path, 'a nested field with a read rule: teach this test its path').not.toContain('.')
      const doc = await readableDoc(collection)
      const readers: Actor[] = []
      const hiddenFrom: Actor[] = []
      for (const actor of ACTORS) {
        // Only who reads the document is asked about its fields (the matrix covers the rest).
        if ((await perform(transport, actor, 'read', collection, doc.id)).refused) continue
        readers.push(actor)
        const visible = await (field.access!.read as FieldAccess)({ req: { user: users[actor] ?? null, payload } as never, doc, id: doc.id, data: doc, siblingData: doc })
        if (!visible) hiddenFrom.push(actor)
        // A reader pointed at their own account, which they may read: GraphQL shows a relationship
        // to a document its reader may not open as null, which would pass for a hidden field.
        if (field.type === 'relationship' && field.relationTo === 'users' && users[actor]?.collection === 'users') {
          await payload.db.updateOne({ collection: collection as CollectionSlug, where: { id: { equals: doc.id } }, data: { [path]: users[actor]!.id } })
        }
        const answers = await probe(transport, actor, collection, doc.id, path)
        // A virtual field (an API key's hasAPIKey) has no column: nobody filters or sorts on it.
        const queryable = Boolean(visible) && !('virtual' in field && field.virtual)
        expect(answers, `${actor}: ${JSON.stringify(answers)}`).toEqual({ selected: Boolean(visible), filtered: queryable, sorted: queryable })
      }
      // Otherwise the test would prove nothing: someone reads the document without the field.
      expect(readers).toContain('admin')
      if (!VISIBLE_TO_ALL_READERS.includes(`${collection}.${path}`)) expect(hiddenFrom.length, `${collection}.${path} hidden from none of ${readers}`).toBeGreaterThan(0)
    })
  })
})

/**
 * A document as many actors as possible read (content approved, so the public reads it too), with
 * a value in every field that has a read rule: an empty field would be "absent" for anyone.
 */
async function readableDoc(collection: string) {
  const data = sample(collection)
  if (['messages', 'materials', 'questions'].includes(collection)) data.status = 'approved'
  const doc = await freshDoc(collection, data)
  const fill: Record<string, unknown> = {}
  for (const { path, field } of HIDDEN.filter((h) => h.collection === collection)) {
    if (hasValue(doc[path])) continue
    fill[path] = testValue(field, `${collection}.${path}`)
  }
  // Straight to the database: hooks would stamp these fields themselves.
  if (Object.keys(fill).length) await payload.db.updateOne({ collection: collection as CollectionSlug, where: { id: { equals: doc.id } }, data: fill })
  return { ...doc, ...(await stored(collection, doc.id)) }
}

const hasValue = (value: unknown) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)

function testValue(field: FlattenedField, where: string): unknown {
  if (field.type === 'relationship' && field.relationTo === 'users') return users.admin!.id
  if (field.type === 'date') return new Date().toISOString()
  if (field.type === 'checkbox') return true
  if (field.type === 'text' || field.type === 'textarea') return `Giá trị ẩn ${where} ${randomUUID()}`
  // One row (a user's sessions: id, createdAt, expiresAt).
  if (field.type === 'array') return [Object.fromEntries(field.flattenedFields.map((f) => [f.name, testValue(f, `${where}.${f.name}`)]))]
  throw new Error(`${where}: no test value for a ${field.type} field`)
}

/** Whether `actor` gets the field's value when selecting it, and may filter and sort on it. */
async function probe(transport: Transport, actor: Actor, collection: string, id: number | string, path: string) {
  if (transport === 'rest') {
    const selected = await rest(actor, 'GET', `${collection}/${id}?depth=0&select[${path}]=true`)
    expect(selected.status).toBe(200)
    const filtered = await rest(actor, 'GET', `${collection}?depth=0&limit=1&where[${path}][exists]=true`)
    const sorted = await rest(actor, 'GET', `${collection}?depth=0&limit=1&sort=${path}`)
    return {
      selected: hasValue(selected.body[path]),
      filtered: !restRefused(filtered, [400]),
      sorted: !restRefused(sorted, [400]),
    }
  }
  const names = gqlNames(collection)
  const fieldType = objectFields.get(names.type)!.get(path)
  // Not in the schema at all (a `hidden` field): GraphQL cannot select, filter or sort on it.
  if (!fieldType) return { selected: false, filtered: false, sorted: false }
  const sub = objectFields.has(named(fieldType)) ? ' { __typename }' : ''
  const selected = await gql(actor, `query ($id: ${argType(names.byId, 'id')}) { ${names.byId.name}(id: $id) { id ${path}${sub} } }`, { id })
  expect(selected.errors).toBeUndefined()
  const filtered = await gql(actor, `{ ${names.find}(limit: 1, where: { ${path}: { exists: true } }) { docs { id } } }`)
  const sorted = await gql(actor, `{ ${names.find}(limit: 1, sort: "${path}") { docs { id } } }`)
  return {
    selected: hasValue((selected.data?.[names.byId.name] as Record<string, unknown>)[path]),
    filtered: !gqlRefused(filtered, names.find, [400]),
    sorted: !gqlRefused(sorted, names.find, [400]),
  }
}

// ---------------------------------------------------------------------------------------------
// Other routes to the same documents: each must answer as the matrix's cell for that operation.

const LOCKS = 'payload-locked-documents'
const DUPLICABLE = new Set(sanitized.collections.filter((c) => !c.disableDuplicate).map((c) => c.slug))
/** REST's bulk routes take a filter; the matrix doc is named by it alone. */
const byIdFilter = (id: number | string) => `where[id][equals]=${encodeURIComponent(String(id))}`

/** A REST or GraphQL answer that is neither a bad request nor a server error, whatever else it is. */
function expectNoBadRequest(status: number, what: string) {
  expect(status, what).not.toBe(400)
  expect(status, what).toBeLessThan(500)
}

describe.each(COLLECTIONS.filter((slug) => MATRIX[slug]))('%s, other routes', (collection) => {
  const rule = MATRIX[collection]

  it.each(ACTORS)('bulk update (PATCH with where) as %s', async (actor) => {
    const doc = await freshDoc(collection)
    const data = change(collection)
    const answer = await rest(actor, 'PATCH', `${collection}?depth=0&${byIdFilter(doc.id)}`, data)
    expectNoBadRequest(answer.status, JSON.stringify(answer.body))
    const [field, value] = Object.entries(data)[0]
    expect(JSON.stringify((await stored(collection, doc.id))![field]) === JSON.stringify(value)).toBe(rule.update.includes(actor))
  })

  it.each(ACTORS)('bulk delete (DELETE with where) as %s', async (actor) => {
    const doc = await freshDoc(collection)
    const answer = await rest(actor, 'DELETE', `${collection}?depth=0&${byIdFilter(doc.id)}`)
    expectNoBadRequest(answer.status, JSON.stringify(answer.body))
    expect(await stored(collection, doc.id)).toEqual(rule.delete.includes(actor) ? null : expect.anything())
  })

  // A duplicate is a create from a document read: it needs both, and may still be refused with a
  // 400 by a "one per …" rule or a field its author may not set; it never stores what its author
  // could not read or create.
  it.each(ACTORS)('duplicate (REST and GraphQL) as %s', async (actor) => {
    const mayDuplicate = DUPLICABLE.has(collection) && rule.read.includes(actor) && rule.create.includes(actor)
    for (const transport of TRANSPORTS) {
      const doc = await freshDoc(collection)
      const before = await count(collection)
      let status: number
      let id: number | string | undefined
      if (transport === 'rest') {
        const answer = await rest(actor, 'POST', `${collection}/${doc.id}/duplicate?depth=0`, {})
        status = answer.status
        id = (answer.body.doc as { id?: number | string } | undefined)?.id
      } else {
        const name = `duplicate${gqlNames(collection).type}`
        const field = mutations.get(name)
        if (!field) {
          // Not in the schema: refused by GraphQL's validation.
          expect(DUPLICABLE.has(collection), `${name} missing`).toBe(false)
          continue
        }
        // Payload's schema asks for the create input with a duplicate: the original's required values.
        const input = named(field.args.find((a) => a.name === 'data')!.type)
        const required = [...(inputFields.get(input) ?? [])].filter(([, type]) => type.kind === 'NON_NULL').map(([key]) => key)
        const data = withRequiredDefaults(collection, input, Object.fromEntries(required.filter((key) => doc[key] !== undefined).map((key) => [key, doc[key]])))
        const answer = await gql(actor, `mutation ($id: ${argType(field, 'id')}, $data: ${argType(field, 'data')}) { ${name}(id: $id, data: $data) { id } }`, { id: doc.id, data })
        const codes = (answer.errors ?? []).map((e) => e.extensions?.statusCode ?? 400)
        status = codes.length ? Math.max(...codes) : 200
        id = (answer.data?.[name] as { id?: number | string } | null)?.id
      }
      expect(status, `${transport} ${status}`).toBeLessThan(500)
      if (!mayDuplicate) {
        expect(id, transport).toBeUndefined()
        expect(await count(collection), transport).toBe(before)
        continue
      }
      if (id === undefined) {
        expect(status, `${transport}: only a rule of the data refuses an allowed duplicate`).toBe(400)
        continue
      }
      expect((await perform('rest', actor, 'read', collection, id)).refused, `${transport}: its author reads the copy`).toBe(false)
      await payload.delete({ collection: collection as CollectionSlug, id })
    }
  })

  // A lock blocks everyone else's edits: only on documents the user may change, never by a key.
  it.skipIf(collection === 'audit-log').each(ACTORS)('lock (REST and GraphQL) as %s', async (actor) => {
    const mayLock = (rule.lock ?? rule.update).includes(actor) && !['anonymous', 'integration'].includes(actor)
    const doc = await freshDoc(collection)
    const rest1 = await rest(actor, 'POST', `${LOCKS}?depth=0`, { document: { relationTo: collection, value: doc.id }, globalSlug: null })
    expect(rest1.status, JSON.stringify(rest1.body)).toBeLessThan(500)
    const graphql = await gql(actor, 'mutation ($data: mutationPayloadLockedDocumentInput!) { createPayloadLockedDocument(data: $data) { id } }', {
      // GraphQL names the collection by its enum value (api-clients: api_clients).
      data: { document: { relationTo: collection.replace(/-/g, '_'), value: doc.id } },
    })
    expect(graphql.errors?.some((e) => (e.extensions?.statusCode ?? 400) >= 500), JSON.stringify(graphql.errors)).not.toBe(true)
    const locks = await payload.find({ collection: LOCKS, where: { 'document.value': { equals: doc.id }, 'document.relationTo': { equals: collection } }, depth: 0, overrideAccess: true })
    expect(locks.totalDocs).toBe(mayLock ? 2 : 0)
    for (const lock of locks.docs) {
      expect((lock.user as { value: unknown }).value, 'a lock names its writer').toBe(users[actor]!.id)
      await payload.delete({ collection: LOCKS, id: lock.id })
    }
  })

  // Aliases run each field on its own: each must answer as one request would.
  it.each(ACTORS)('GraphQL aliases (reads and updates under several names) as %s', async (actor) => {
    const names = gqlNames(collection)
    const doc = await freshDoc(collection)
    const idType = argType(names.byId, 'id')
    const read = await gql(actor, `query ($id: ${idType}) { a: ${names.byId.name}(id: $id) { id } b: ${names.byId.name}(id: $id) { id } c: ${names.find}(where: { id: { equals: $id } }) { docs { id } } }`, { id: doc.id })
    expect(read.errors?.some((e) => (e.extensions?.statusCode ?? 400) >= 500 || (e.extensions?.statusCode ?? 400) === 400), JSON.stringify(read.errors)).not.toBe(true)
    const reads = rule.read.includes(actor)
    for (const alias of ['a', 'b']) expect((read.data?.[alias] as { id?: unknown } | null)?.id, alias).toEqual(reads ? doc.id : undefined)
    expect(((read.data?.c as { docs?: { id: unknown }[] } | null)?.docs ?? []).map((d) => d.id)).toEqual(reads ? [doc.id] : [])

    const [first, second] = [change(collection), change(collection)]
    const dataType = argType(names.update, 'data')
    const write = await gql(actor, `mutation ($id: ${argType(names.update, 'id')}, $x: ${dataType}, $y: ${dataType}) { x: ${names.update.name}(id: $id, data: $x) { id } y: ${names.update.name}(id: $id, data: $y) { id } }`, { id: doc.id, x: first, y: second })
    expect(write.errors?.some((e) => (e.extensions?.statusCode ?? 400) >= 500), JSON.stringify(write.errors)).not.toBe(true)
    const [field] = Object.keys(first)
    const value = (await stored(collection, doc.id))![field]
    if (rule.update.includes(actor)) expect([first[field], second[field]].map((v) => JSON.stringify(v))).toContain(JSON.stringify(value))
    else expect(JSON.stringify(value)).toBe(JSON.stringify(doc[field]))
  })
})

// ---------------------------------------------------------------------------------------------
// Ad hoc reports: Sở Nội vụ's request to another organization than the coordinator's

/**
 * An ad hoc report requested from Hội Nông dân: Sở Nội vụ requests it (filed under Hội Nông dân,
 * not under Sở Nội vụ), reads it and decides on it without rewriting it; the coordinator of
 * another organization (LĐLĐ) neither requests, reads nor writes it. Hội Nông dân's own
 * coordinators write it (adhoc-reports.test.ts).
 */
const ADHOC: Rule = { create: ['admin', 'evaluator'], read: ['admin', 'evaluator'], update: ['admin'], delete: ['admin'] }
const adhocRequest = () => {
  const dueDate = new Date(Date.now() + 30 * 86_400_000).toISOString()
  // `year` is required by the schema (GraphQL's input type says so); the workflow files the request under its deadline's year.
  return { kind: 'adhoc', organization: hnd, subject: `Yêu cầu thử ${randomUUID().slice(0, 8)}`, dueDate, year: Number(dueDate.slice(0, 4)) }
}
/** A coordinator passes the collection's create rule (they write unit reports) and is refused by the workflow, on `kind`. */
const refusedByWorkflow = (error: Error) => ({ refused: /Báo cáo đột xuất do Sở Nội vụ yêu cầu/.test(error.message), id: undefined })

describe.each(TRANSPORTS)('reports, an ad hoc request to another organization, %s', (transport) => {
  it.each(ACTORS)('create as %s', async (actor) => {
    const before = await count('reports')
    const { refused, id } = await perform(transport, actor, 'create', 'reports', undefined, adhocRequest()).catch(refusedByWorkflow)
    expect(refused).toBe(!ADHOC.create.includes(actor))
    if (ADHOC.create.includes(actor)) {
      expect((await stored('reports', id!))?.organization).toBe(hnd)
      await payload.delete({ collection: 'reports', id: id! })
    } else {
      expect(await count('reports')).toBe(before)
    }
  })

  it.each(ACTORS)('read as %s', async (actor) => {
    const doc = await freshDoc('reports', adhocRequest())
    expect((await perform(transport, actor, 'read', 'reports', doc.id)).refused).toBe(!ADHOC.read.includes(actor))
  })

  it.each(ACTORS)('update as %s', async (actor) => {
    const doc = await freshDoc('reports', adhocRequest())
    const data = change('reports')
    const { refused } = await perform(transport, actor, 'update', 'reports', doc.id, data)
    expect((await stored('reports', doc.id))!.results === data.results).toBe(ADHOC.update.includes(actor))
    if (ADHOC.update.includes(actor)) expect(refused).toBe(false)
  })

  it.each(ACTORS)('delete as %s', async (actor) => {
    const doc = await freshDoc('reports', adhocRequest())
    const { refused } = await perform(transport, actor, 'delete', 'reports', doc.id)
    expect(refused).toBe(!ADHOC.delete.includes(actor))
    expect(await stored('reports', doc.id)).toEqual(ADHOC.delete.includes(actor) ? null : expect.anything())
  })
})
