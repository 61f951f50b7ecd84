/** Shared test fixtures: a Payload instance on this file's fresh database, seeded like a new install. */
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { expect } from 'vitest'
import { getPayload, type Payload } from 'payload'

import { seed } from '../src/seed'
import { withBodyLimit } from '../src/lib/requestBodyLimit'
import { withVietnameseErrors } from '../src/lib/vietnameseApiAnswers'

export type Seeded = { payload: Payload }

let instance: Promise<Payload> | undefined

/** This test file's Payload, on the empty database test/setup/database.ts made for it. */
export async function emptyPayload(): Promise<Payload> {
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  // The setup's afterAll closes the connection pool before it drops a PostgreSQL database.
  ;(globalThis as { loaTestPayload?: Payload }).loaTestPayload = payload
  return payload
}

/**
 * This test file's Payload, seeded like a new install with demo data; the content library's
 * starting set only when asked (it makes images, and most tests create their own content).
 */
export async function seededPayload(options: { content?: boolean } = {}): Promise<Payload> {
  instance ??= (async () => {
    const payload = await emptyPayload()
    await seed(payload, { demo: true, content: options.content ?? false })
    // The demo data's own notices (e.g. feedback assigned) go out now, so a test's queue is its own.
    await payload.jobs.run()
    return payload
  })()
  return instance
}

/** A seeded user by email (depth 0), to pass as `user` with overrideAccess: false. */
export async function userByEmail(payload: Payload, email: string) {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0 })
  if (!docs[0]) throw new Error(`no user ${email}`)
  return { ...docs[0], collection: 'users' as const }
}

export async function idByName(payload: Payload, collection: 'organizations' | 'localities', name: string) {
  const { docs } = await payload.find({ collection, where: { name: { equals: name } }, limit: 1, depth: 0 })
  if (!docs[0]) throw new Error(`no ${collection} named ${name}`)
  return docs[0].id
}

/** Expect a write to be refused with a field-level message at `path` containing `message`. */
export async function expectFieldError(write: Promise<unknown>, path: string, message?: string | RegExp) {
  let error: unknown
  try {
    await write
  } catch (e) {
    error = e
  }
  expect(error, 'the write should have been refused').toBeDefined()
  const errors = ((error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors ?? []) as {
    path: string
    message: string
    label?: unknown
  }[]
  const hit = errors.find((e) => e.path === path)
  expect(hit, `expected an error on "${path}", got ${JSON.stringify(errors)} (${String(error)})`).toBeDefined()
  if (message) expect(hit!.message).toMatch(message)
  // The headline names the field as the user sees it ("Kết thúc"), never by its code (`endAt`).
  expect(typeof hit!.label === 'string' && hit!.label !== path, `no label for "${path}": ${JSON.stringify(hit)}`).toBe(true)
  expect((error as Error).message).toContain(hit!.label as string)
}

/** True when the call is refused for lack of permission (403) or the document is out of reach (404). */
export async function isRefused(call: Promise<unknown>): Promise<boolean> {
  try {
    await call
    return false
  } catch (e) {
    const status = (e as { status?: number }).status
    if (status === 403 || status === 404) return true
    throw e
  }
}

/** Call a collection's custom endpoint as `user`, as the REST router would. */
export async function callEndpoint(
  payload: Payload,
  collection: 'events' | 'feedback' | 'messages' | 'materials' | 'questions' | 'indicators' | 'reports',
  path: string,
  user: unknown,
  routeParams: Record<string, unknown>,
  query: Record<string, string> = {},
) {
  const handler = (payload.collections[collection].config.endpoints || []).find((e) => e.path === path)!.handler
  const { createLocalReq } = await import('payload')
  const req = await createLocalReq({ user: user as never }, payload)
  req.routeParams = routeParams
  Object.assign(req, { searchParams: new URLSearchParams(query) })
  return handler(req)
}

/** Payload's real REST and GraphQL route handlers, as Next calls them, on this file's config. */
export function apiRoutes() {
  const config = import('../payload.config').then((m) => m.default)
  // Wrapped as the app's route files wrap them (src/app/(payload)/api).
  return {
    get: withVietnameseErrors(withBodyLimit(REST_GET(config)), 'rest'),
    post: withVietnameseErrors(withBodyLimit(REST_POST(config)), 'rest'),
    patch: withVietnameseErrors(withBodyLimit(REST_PATCH(config)), 'rest'),
    delete: withVietnameseErrors(withBodyLimit(REST_DELETE(config)), 'rest'),
    graphql: withVietnameseErrors(withBodyLimit(GRAPHQL_POST(config)), 'graphql'),
  }
}
export type ApiRoutes = ReturnType<typeof apiRoutes>

/** The `Authorization` header of a seeded account's session, for REST and GraphQL calls. */
export async function authHeader(payload: Payload, email: string, password = 'loa-demo-2026'): Promise<Record<string, string>> {
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  return { Authorization: `JWT ${token}` }
}

export type RestAnswer = {
  status: number
  body: Record<string, unknown> & { errors?: { message: string; id?: unknown; data?: { errors?: { path: string; message: string }[] } }[] }
}

/** A REST call through the app's route handlers, JSON or multipart (FormData) body. */
export async function restCall(
  routes: ApiRoutes,
  auth: Record<string, string>,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<RestAnswer> {
  const url = new URL(`http://localhost/api/${path}`)
  const json = body !== undefined && !(body instanceof FormData)
  const request = new Request(url, {
    method,
    headers: { ...auth, ...(json ? { 'Content-Type': 'application/json' } : {}) },
    body: body instanceof FormData ? body : json ? JSON.stringify(body) : undefined,
  })
  const handler = { GET: routes.get, POST: routes.post, PATCH: routes.patch, DELETE: routes.delete }[method]
  const res = await handler(request, { params: Promise.resolve({ slug: url.pathname.replace('/api/', '').split('/') }) })
  const text = await res.text()
  return { status: res.status, body: text ? JSON.parse(text) : {} }
}

/** A GraphQL call through the app's route handler. */
export async function graphqlCall(routes: ApiRoutes, auth: Record<string, string>, query: string, variables: Record<string, unknown> = {}) {
  const res = await routes.graphql(
    new Request('http://localhost/api/graphql', { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify({ query, variables }) }),
  )
  return (await res.json()) as { data?: Record<string, Record<string, unknown> | null> | null; errors?: { message: string; extensions?: { statusCode?: number } }[] }
}

/** The field-level messages of a refused REST write, as `path: message`. */
export const restFieldMessages = (answer: RestAnswer) =>
  (answer.body.errors ?? []).flatMap((e) => e.data?.errors ?? []).map((e) => `${e.path}: ${e.message}`)

/**
 * What a message or material needs before review: an audience group (5), a topic (ND5) and a legal
 * basis (a law made for the test, numbered `lawNumber` so files do not collide).
 */
export async function reviewableRefs(payload: Payload, lawNumber: string) {
  const law = await payload.create({
    collection: 'legal-documents',
    data: { number: lawNumber, kind: 'law', title: `Luật thử ${lawNumber}`, issuer: 'Quốc hội', status: 'in_force' },
  })
  const group = (await payload.find({ collection: 'audience-groups', where: { code: { equals: '5' } }, limit: 1 })).docs[0]
  const topic = (await payload.find({ collection: 'topics', where: { code: { equals: 'ND5' } }, limit: 1 })).docs[0]
  return { audienceGroups: [group.id], topics: [topic.id], legalBasis: [{ document: law.id }] }
}
