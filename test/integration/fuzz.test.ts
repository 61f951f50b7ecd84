/**
 * Hostile input (issue 6): thousands of generated bad requests (test/fuzz/requests.ts, fixed
 * seed) to every REST endpoint of every collection and global in the config, through Payload's
 * real route handlers, anonymously and as each role. Every one gets a 4xx whose message is
 * readable Vietnamese (no stack, SQL or file path); none gets a 5xx; and the database and the
 * media folder hold exactly what they held before. The same for GraphQL (test/fuzz/graphql.ts):
 * requests of several aliased operations, each with a defect, every operation of the schema reached.
 */
import fs from 'node:fs'
import path from 'node:path'

import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { Field, Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { recordedSocketAddress } from '../../src/lib/socketAddress'
import { graphqlRequests, reachableFields, type SchemaField } from '../fuzz/graphql'
import { CRUD, ROLES, requestsFor, type FieldInfo, type FuzzRequest, type Role, type Target } from '../fuzz/requests'
import { apiRoutes, seededPayload } from '../helpers'

// Every request comes from its own address (the recorded socket address below, as if from its own
// machine), so per-client budgets never bind; these lift them anyway. The one all-clients budget
// (200 anonymous feedback items a minute) is not configurable: the fuzz stays below it.
process.env.LOA_LOGIN_LIMIT = '1000000'
process.env.LOA_FEEDBACK_LIMIT = '1000000'
process.env.LOA_SEARCH_LIMIT = '1000000'

const SEED = 20_260_506
/** Requests per endpoint; Payload's own internal collections get a quarter. */
const PER_ENDPOINT: Record<string, number> = {
  'get /': 40, 'get /count': 10, 'get /versions': 10, 'get /versions/:id': 6, 'post /versions/:id': 6, 'post /': 40, 'patch /:id': 30,
  'patch /': 14, 'delete /:id': 14, 'delete /': 12, 'get /:id': 24, 'post /:id/duplicate': 6, 'post /access/:id?': 5,
}
const CUSTOM = 24
const MINIMUM = 5_000

const EMAILS: Record<Exclude<Role, 'anonymous'>, string> = {
  admin: 'admin@demo.loa',
  editor: 'editor@demo.loa',
  reviewer: 'reviewer@demo.loa',
  evaluator: 'evaluator@demo.loa',
  coordinator: 'ldld@demo.loa',
  commune: 'thienhuong@demo.loa',
}

/**
 * Endpoints that answer everyone by design, so no input is "wrong" for them: sent with forged
 * tokens and junk, they must answer without a 5xx and without naming anyone.
 */
const ANSWER_EVERYONE = /^[a-z-]+ GET \/(me|init)$/ // of every auth collection
/**
 * Permissions (`/access`) are answered to anyone, for any id (a stranger gets none); a signed-in
 * user's preferences are read by key, any key (`payload-preferences GET /:key`, which also takes
 * over Payload's GET /count, /versions and /:id there: 200 "not found" for an unknown key).
 */
const answersEveryone = (endpoint: string) => ANSWER_EVERYONE.test(endpoint) || / POST \/access(\/:id\?)?$/.test(endpoint) || endpoint.startsWith('payload-preferences GET ')

let payload: Payload
const tokens: Partial<Record<Role, string>> = {}
const handlers = {} as Record<FuzzRequest['method'], ReturnType<typeof REST_GET>>
let before: unknown

beforeAll(async () => {
  payload = await seededPayload()
  const config = import('../../payload.config').then((m) => m.default)
  Object.assign(handlers, { GET: REST_GET(config), POST: REST_POST(config), PATCH: REST_PATCH(config), DELETE: REST_DELETE(config) })
  for (const [role, email] of Object.entries(EMAILS)) {
    tokens[role as Role] = (await payload.login({ collection: 'users', data: { email, password: 'loa-demo-2026' } })).token!
  }
  before = await snapshot()
  // Thousands of refusals would flood the output; FUZZ_VERBOSE=1 shows Payload's log of each.
  if (!process.env.FUZZ_VERBOSE) payload.logger.level = 'silent'
  // What the server logged for a 5xx, kept for the failure report.
  const log = payload.logger.error.bind(payload.logger)
  payload.logger.error = ((obj: { err?: Error; msg?: string }) => {
    serverError = obj?.err ? `${obj.err.name}: ${obj.err.message} @ ${obj.err.stack?.split('\n').find((l) => /payload|collections|src/.test(l))?.trim()}` : String(obj?.msg ?? obj)
    log(obj as never)
  }) as never
})
let serverError = ''
afterAll(async () => {
  await payload?.destroy()
})

/** Every document of every collection and global (hidden fields too: a password hash must not move), and the media folder. */
async function snapshot() {
  const collections: Record<string, unknown[]> = {}
  for (const c of payload.config.collections) {
    const { docs } = await payload.find({ collection: c.slug as never, overrideAccess: true, depth: 0, pagination: false, sort: 'id', showHiddenFields: true })
    collections[c.slug] = docs
  }
  const globals: Record<string, unknown> = {}
  for (const g of payload.config.globals) globals[g.slug] = await payload.findGlobal({ slug: g.slug as never, overrideAccess: true, depth: 0, showHiddenFields: true })
  const dir = payload.collections.media.config.upload.staticDir!
  const files = fs.existsSync(dir) ? (fs.readdirSync(dir, { recursive: true }) as string[]).sort() : []
  // Where a traversal name (../x.png) would land: only the names the fuzz uploads.
  const outside = fs.readdirSync(path.dirname(dir)).filter((f) => ['x.png', 'x.svg', 'x.php', 'passwd', '.htaccess'].includes(f))
  return { collections, globals, files, outside }
}

function fieldInfo(fields: Field[]): FieldInfo[] {
  return fields.flatMap((f): FieldInfo[] => {
    if (!('name' in f) || !f.name) return 'fields' in f && Array.isArray(f.fields) ? fieldInfo(f.fields) : []
    const access = 'access' in f ? f.access : undefined
    const admin = (f.admin ?? {}) as { readOnly?: boolean; disabled?: boolean }
    const hooks = 'hooks' in f && f.hooks ? Object.values(f.hooks).some((h) => Array.isArray(h) && h.length) : false
    return [{
      name: f.name,
      type: f.type,
      required: Boolean('required' in f && f.required) && !('defaultValue' in f && f.defaultValue !== undefined),
      hasMany: Boolean('hasMany' in f && f.hasMany),
      options: 'options' in f && Array.isArray(f.options) ? f.options.map((o) => (typeof o === 'string' ? o : o.value)) : [],
      restricted: Boolean(access?.create || access?.update || hooks || admin.readOnly || admin.disabled || f.name === 'id' || ('virtual' in f && f.virtual)),
    }]
  })
}

async function targets(): Promise<Target[]> {
  const list: Target[] = []
  for (const c of payload.config.collections) {
    const first = (await payload.find({ collection: c.slug as never, overrideAccess: true, depth: 0, limit: 1, sort: 'id' })) as { docs: { id: unknown }[] }
    list.push({
      slug: c.slug,
      kind: 'collection',
      auth: Boolean(c.auth),
      upload: Boolean(c.upload),
      fields: fieldInfo(c.fields),
      endpoints: (c.endpoints || []).map((e) => ({ method: e.method, path: e.path })),
      sampleId: first.docs[0] ? String(first.docs[0].id) : undefined,
    })
  }
  for (const g of payload.config.globals) {
    list.push({ slug: g.slug, kind: 'global', auth: false, upload: false, fields: fieldInfo(g.fields), endpoints: (g.endpoints || []).map((e) => ({ method: e.method, path: e.path })) })
  }
  return list
}

/** Left out, with the reason: a Payload bug outside Loa's reach, reported. */
const NOT_FUZZED: Record<string, string> = {
  'payload-preferences DELETE /:key': 'Payload 3.90.1 builds a broken SQL query for it: a 500 for any key, even an existing one',
  'payload-preferences DELETE /:id': 'answered by DELETE /:key above, which comes first',
}

function generate(all: Target[]): FuzzRequest[] {
  const requests: FuzzRequest[] = []
  let seed = SEED
  for (const target of all) {
    const internal = target.slug.startsWith('payload-')
    for (const ep of target.endpoints) {
      const key = `${ep.method} ${ep.path}`
      if (NOT_FUZZED[`${target.slug} ${ep.method.toUpperCase()} ${ep.path}`]) continue
      const base = target.kind === 'collection' && CRUD.has(key) ? PER_ENDPOINT[key] : CUSTOM
      requests.push(...requestsFor(target, ep, Math.max(3, Math.round(internal ? base / 4 : base)), seed++))
    }
  }
  return requests
}

function toRequest(r: FuzzRequest, index: number): Request {
  const url = `http://localhost/api/${r.path.map(encodeURIComponent).join('/')}${r.query ? `?${r.query}` : ''}`
  const headers = new Headers([recordedSocketAddress(`10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`)])
  if (r.authorization) headers.set('Authorization', r.authorization)
  else if (r.as !== 'anonymous') headers.set('Authorization', `JWT ${tokens[r.as]}`)
  let body: BodyInit | undefined
  if (r.body?.kind === 'json') {
    body = JSON.stringify(r.body.value)
    headers.set('Content-Type', 'application/json')
  } else if (r.body?.kind === 'raw') {
    body = r.body.text
    headers.set('Content-Type', r.body.contentType ?? 'application/json')
  } else if (r.body?.kind === 'multipart') {
    const form = new FormData()
    if (r.body.payload !== undefined) form.append('_payload', r.body.payload)
    if (r.body.file) form.append('file', new Blob([r.body.file.content], { type: r.body.file.type }), r.body.file.name)
    body = form
  }
  return new Request(url, { method: r.method, headers, body })
}

/** Vietnamese letters with their marks: a message containing one is Vietnamese, not Payload's English. */
const VIETNAMESE = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i
/** What a message for people must not contain: a stack, SQL, a path on the server, Payload's catch-all. */
const LEAK = /\bat \S+ \(|Failed query|SQLITE|\bselect .* from\b|\binsert into\b|syntax error|node_modules|\/work\/|\/tmp\/|\.[jt]s:\d+|Something went wrong|unknown error/i

type Outcome = { request: FuzzRequest; status: number; message: string; problem?: string }

function judge(r: FuzzRequest, status: number, body: unknown): Outcome {
  const b = (body ?? {}) as { errors?: { message?: unknown }[]; message?: unknown; user?: unknown }
  const message = String(b.errors?.[0]?.message ?? b.message ?? '')
  const outcome: Outcome = { request: r, status, message }
  if (answersEveryone(r.endpoint)) {
    if (status >= 500) outcome.problem = '5xx'
    else if (b.user) outcome.problem = 'named a user for a forged or missing token'
    return outcome
  }
  if (status >= 500) outcome.problem = '5xx'
  else if (status < 400) outcome.problem = `${status}: a bad request was accepted`
  else if (status === 429) outcome.problem = 'rate-limited: the fuzz did not reach the endpoint'
  else if (!message.trim()) outcome.problem = 'no message'
  else if (LEAK.test(message)) outcome.problem = 'message leaks internals'
  else if (!VIETNAMESE.test(message)) outcome.problem = 'message not in Vietnamese'
  return outcome
}

const shorten = (s: string, n = 120) => (s.length > n ? `${s.slice(0, n)}…(${s.length})` : s)
const describeRequest = (r: FuzzRequest) =>
  `${r.as} ${r.method} /api/${shorten(r.path.join('/'), 60)}${r.query ? `?${shorten(r.query, 140)}` : ''}${r.body ? ` body=${shorten(r.body.kind === 'json' ? JSON.stringify(r.body.value) : r.body.kind === 'raw' ? r.body.text : `multipart ${r.body.file?.name}`, 140)}` : ''} [${r.defect}]`

it('thousands of bad requests: each a 4xx with a readable Vietnamese message, no 5xx, nothing stored', { timeout: 600_000 }, async () => {
  const all = await targets()
  const requests = generate(all)
  const started = Date.now()
  const outcomes: Outcome[] = []
  for (const [i, r] of requests.entries()) {
    serverError = ''
    const res = await handlers[r.method](toRequest(r, i), { params: Promise.resolve({ slug: r.path }) })
    const text = await res.text()
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      body = { message: `(not JSON) ${text.slice(0, 80)}` }
    }
    const outcome = judge(r, res.status, body)
    if (outcome.problem === '5xx') outcome.message = serverError || outcome.message
    outcomes.push(outcome)
  }
  const elapsed = (Date.now() - started) / 1000

  // The summary: requests per kind of endpoint, statuses, time.
  const kinds = new Map<string, number>()
  const statuses = new Map<number, number>()
  for (const o of outcomes) {
    const kind = o.request.endpoint.replace(/^\S+ /, '')
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1)
    statuses.set(o.status, (statuses.get(o.status) ?? 0) + 1)
  }
  console.log(
    [
      `fuzz: ${outcomes.length} requests to ${new Set(requests.map((r) => r.endpoint)).size} endpoints in ${elapsed.toFixed(1)} s (${Math.round(outcomes.length / elapsed)}/s)`,
      `by status: ${[...statuses].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}×${n}`).join(', ')}`,
      `by endpoint: ${[...kinds].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(' · ')}`,
    ].join('\n'),
  )

  const problems = outcomes.filter((o) => o.problem)
  if (process.env.FUZZ_DUMP) fs.writeFileSync(process.env.FUZZ_DUMP, JSON.stringify(problems.map((o) => ({ ...o, request: describeRequest(o.request), body: o.status !== 404 ? JSON.stringify(o.request.body)?.replace(/(\{\\"a\\":)+/g, '…').slice(0, 3000) : undefined })), null, 1))
  // Grouped by what went wrong, the kind of endpoint and the message's fixed part, one example each.
  const grouped = new Map<string, Outcome[]>()
  for (const o of problems) {
    const key = `${o.problem} | ${o.request.endpoint.replace(/^\S+ /, '')} | ${o.status} ${o.message.replace(/:.*/s, ':…').slice(0, 80)}`
    grouped.set(key, [...(grouped.get(key) ?? []), o])
  }
  const report = [...grouped].map(([key, list]) => `${list.length}× ${key}\n    e.g. ${describeRequest(list[0].request)} → ${shorten(list[0].message, 100)}`)
  expect(report, `${problems.length} of ${outcomes.length} requests went wrong`).toEqual([])

  // Enough requests, spread over every endpoint of every collection and global.
  expect(outcomes.length).toBeGreaterThanOrEqual(MINIMUM)
  const expected = all.flatMap((t) => t.endpoints.map((e) => `${t.kind === 'global' ? 'globals/' : ''}${t.slug} ${e.method.toUpperCase()} ${e.path}`)).filter((e) => !NOT_FUZZED[e])
  expect(new Set(requests.map((r) => r.endpoint))).toEqual(new Set(expected))
  expect(expected).toEqual(expect.arrayContaining(['users POST /login', 'media POST /', 'events GET /calendar', 'globals/report-deadlines POST /', 'plans GET /versions', 'feedback POST /:id/draft']))
  for (const role of ROLES) expect(requests.some((r) => r.as === role), role).toBe(true)

  expect(differences(before as Snapshot, await snapshot())).toEqual([])
})

/** GraphQL requests, each of several aliased operations with a defect apiece. */
const GRAPHQL_REQUESTS = 700

it('hundreds of hostile GraphQL requests with aliases: every operation refused in Vietnamese, no 5xx, nothing stored', { timeout: 300_000 }, async () => {
  const graphql = apiRoutes().graphql
  const post = (query: string, as: Role, index: number) => {
    const headers = new Headers([recordedSocketAddress(`10.200.${(index >> 8) & 255}.${index & 255}`), ['Content-Type', 'application/json']])
    if (as !== 'anonymous') headers.set('Authorization', `JWT ${tokens[as]}`)
    return graphql(new Request('http://localhost/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) }))
  }
  type Answer = { data?: Record<string, unknown> | null; errors?: { message?: string; extensions?: { statusCode?: number } }[] }
  const schema = (await (await post('{ __schema { queryType { fields { name args { name } } } mutationType { fields { name args { name } } } } }', 'admin', 0)).json()) as Answer
  const types = schema.data!.__schema as Record<'queryType' | 'mutationType', { fields: SchemaField[] }>
  const requests = graphqlRequests(types.queryType.fields, types.mutationType.fields, GRAPHQL_REQUESTS, SEED)
  const before = await snapshot()
  const problems: string[] = []
  const reached = new Set<string>()
  const statusCounts = new Map<string, number>()
  for (const [i, r] of requests.entries()) {
    const res = await post(r.query, r.as, i + 1)
    const body = (await res.json().catch(() => ({ errors: [{ message: '(not JSON)' }] }))) as Answer
    r.fields.forEach((f) => reached.add(f))
    const errors = body.errors ?? []
    const problem =
      res.status >= 500 ? `HTTP ${res.status}`
      : !errors.length ? 'no error: a defective operation was accepted'
      : errors.some((e) => (e.extensions?.statusCode ?? 400) >= 500) ? `5xx: ${errors.find((e) => (e.extensions?.statusCode ?? 0) >= 500)?.message}`
      : Object.values(body.data ?? {}).some((v) => v !== null) ? 'data for a refused operation'
      : errors.find((e) => !VIETNAMESE.test(e.message ?? '') || LEAK.test(e.message ?? '')) ? `message: ${errors.find((e) => !VIETNAMESE.test(e.message ?? '') || LEAK.test(e.message ?? ''))!.message?.slice(0, 160)}`
      : undefined
    if (problem) problems.push(`${problem} ← ${r.as} ${shorten(r.query, 300)}`)
    // Errors without a status are GraphQL's validation refusing the request before any resolver runs.
    for (const e of errors) {
      const status = String(e.extensions?.statusCode ?? 'validation')
      statusCounts.set(status, (statusCounts.get(status) ?? 0) + 1)
    }
  }
  console.log(`graphql fuzz: ${requests.length} requests, ${requests.reduce((n, r) => n + r.fields.length, 0)} aliased operations over ${reached.size} fields; errors by status: ${[...statusCounts].map(([s, n]) => `${s}×${n}`).join(', ')}`)
  expect(problems.slice(0, 20), `${problems.length} of ${requests.length} GraphQL requests went wrong`).toEqual([])
  // Every operation that takes an id, a filter or data is reached: creates, updates, deletes, duplicates and locks among them.
  expect(reached).toEqual(reachableFields(types.queryType.fields, types.mutationType.fields))
  for (const name of ['Topics', 'updateEvent', 'deletePlan', 'duplicateMessage', 'createPayloadLockedDocument', 'updatePayloadLockedDocument']) expect(reached, name).toContain(name)
  expect(differences(before, await snapshot())).toEqual([])
})

type Snapshot = Awaited<ReturnType<typeof snapshot>>

/** What changed between two snapshots, one line per document, global or file list: readable where a deep diff is not. */
function differences(a: Snapshot, b: Snapshot): string[] {
  const out: string[] = []
  for (const slug of new Set([...Object.keys(a.collections), ...Object.keys(b.collections)])) {
    const index = (docs: unknown[] = []) => new Map(docs.map((d) => [String((d as { id: unknown }).id), JSON.stringify(d)]))
    const x = index(a.collections[slug])
    const y = index(b.collections[slug])
    for (const [id, doc] of y) {
      if (!x.has(id)) out.push(`${slug} ${id}: added ${doc.slice(0, 200)}`)
      else if (x.get(id) !== doc) {
        const before = JSON.parse(x.get(id)!) as Record<string, unknown>
        const after = JSON.parse(doc) as Record<string, unknown>
        const keys = Object.keys({ ...before, ...after }).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
        out.push(`${slug} ${id}: changed ${keys.map((k) => `${k}: ${JSON.stringify(before[k])?.slice(0, 80)} → ${JSON.stringify(after[k])?.slice(0, 80)}`).join('; ')}`)
      }
    }
    for (const id of x.keys()) if (!y.has(id)) out.push(`${slug} ${id}: deleted`)
  }
  if (JSON.stringify(a.globals) !== JSON.stringify(b.globals)) out.push(`globals: ${JSON.stringify(a.globals).slice(0, 200)} → ${JSON.stringify(b.globals).slice(0, 200)}`)
  if (JSON.stringify(a.files) !== JSON.stringify(b.files)) out.push(`media folder: ${a.files.join(', ')} → ${b.files.join(', ')}`)
  if (JSON.stringify(a.outside) !== JSON.stringify(b.outside)) out.push(`next to the media folder: ${a.outside.join(', ')} → ${b.outside.join(', ')}`)
  return out
}
