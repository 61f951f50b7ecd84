import type { CollectionBeforeOperationHook, Endpoint, FlattenedField, GlobalBeforeOperationHook, Payload, PayloadRequest } from 'payload'

import {
  bodyProblem,
  dateDataProblem,
  emailProblem,
  hasNul,
  idProblem,
  isEmptyWhere,
  kindOfField,
  MAX_LIST_LIMIT,
  missingRelationMessage,
  NUL_MESSAGE,
  numberDataProblem,
  pagingProblem,
  relationIds,
  shapeDataProblem,
  whereProblem,
  whereSizeProblem,
  type ShapedField,
  type ValueKind,
} from '../domain/requestChecks'
import { fieldError, problem } from '../lib/fieldError'
import { publicError } from '../lib/publicError'
import { foundIds, singularLabel } from '../lib/relatedRecords'
import { isWrapped, markWrapped } from '../lib/wrappedHandlers'

type Fields = { kinds: Map<string, ValueKind>; dates: string[]; numbers: string[]; shaped: ShapedField[] }
const cache = new WeakMap<object, Fields>()

/** Top-level paths of a collection or global and the kind of value each holds (cached per config). */
function fieldsOf(fields: FlattenedField[]): Fields {
  let found = cache.get(fields)
  if (!found) {
    const kinds = new Map(fields.map((f) => [f.name, kindOfField(f as { type: string; relationTo?: unknown; options?: unknown[]; hasMany?: boolean })]))
    kinds.set('id', 'id')
    // A version's `parent` is the id of its document.
    kinds.set('parent', 'id')
    const dates = [...new Set([...fields.filter((f) => f.type === 'date').map((f) => f.name), 'createdAt', 'updatedAt'])]
    const shaped = fields.flatMap((f): ShapedField[] => {
      const hasMany = 'hasMany' in f && Boolean(f.hasMany)
      if (f.type === 'select') return [{ name: f.name, type: 'select', options: f.options.map((o) => (typeof o === 'string' ? o : o.value)), hasMany }]
      if ((f.type === 'relationship' || f.type === 'upload') && typeof f.relationTo === 'string') return [{ name: f.name, type: 'relation', relationTo: f.relationTo, hasMany }]
      return []
    })
    found = { kinds, dates, numbers: fields.filter((f) => f.type === 'number').map((f) => f.name), shaped }
    cache.set(fields, found)
  }
  return found
}

const NO_VERSIONS = 'Mục này không lưu lịch sử phiên bản. (No versions here.)'
/** A global's version reads run no hook (Payload then fails on the missing table): answered here for globals that keep none. */
const noVersionEndpoints = (): Endpoint[] =>
  (['get /versions', 'get /versions/:id', 'post /versions/:id'] as const).map((key) => {
    const [method, path] = key.split(' ') as ['get' | 'post', string]
    return { method, path, handler: markWrapped(() => problem(404, NO_VERSIONS), 'noVersions') }
  })

const VERSION_OPERATIONS = new Set(['restoreVersion', 'countVersions'])
/**
 * True when this operation is the one the REST route names (`/api/<slug>/…`), not one the server
 * runs along the way (the signed-in user's lookup, a hook's query on another collection).
 */
const routed = (req: PayloadRequest, slug: string) => req.payloadAPI === 'REST' && (req.routeParams?.collection === slug || req.routeParams?.global === slug)
/** Payload reports reading versions as a plain 'read': over REST the path tells them apart. */
const readsVersions = (req: PayloadRequest, slug: string) => routed(req, slug) && new RegExp(`/${slug}/versions(/|$)`).test(new URL(req.url ?? 'http://x').pathname)
const refuse = (message: string | null, status = 400) => {
  if (message) throw publicError(message, status)
}

type Args = { id?: unknown; duplicateFromID?: unknown; where?: unknown; data?: unknown; limit?: unknown; page?: unknown; pagination?: unknown }

/**
 * True for the operation a client's REST or GraphQL request runs. Payload's handlers and resolvers
 * leave overrideAccess unset; the Local API always sets it (true unless told otherwise), and so do
 * the server's own queries during a request (related documents, hooks, endpoints).
 */
const fromClient = (req: PayloadRequest, overrideAccess: unknown) => req.payloadAPI !== 'local' && overrideAccess === undefined

/**
 * A client's list request within bounds: at most MAX_LIST_LIMIT documents a page; "all" (limit 0,
 * pagination=false, which Payload's admin sends for a few ids) becomes one page of that size.
 */
function boundPaging(args: Args) {
  refuse(pagingProblem(args.limit, args.page))
  if (args.limit === 0 || args.pagination === false) {
    args.limit = MAX_LIST_LIMIT
    args.pagination = true
  }
}

/** Relationship ids of a body that name no document (a foreign-key error in the database otherwise). */
async function missingRelations(req: PayloadRequest, slug: string, data: Record<string, unknown>, shaped: ShapedField[]) {
  for (const field of shaped) {
    if (field.type !== 'relation' || data[field.name] === undefined || data[field.name] === null) continue
    const ids = relationIds(data[field.name])
    const found = await foundIds(req, field.relationTo, ids, { overrideAccess: true })
    const missing = ids.filter((id) => !found.has(String(id)))
    if (missing.length) fieldError(req, slug, field.name, missingRelationMessage(singularLabel(req, field.relationTo), missing))
  }
}

/** The checks shared by collections and globals. */
async function check(args: Args, operation: string, slug: string, fields: FlattenedField[], versions: boolean, req: PayloadRequest, overrideAccess: unknown) {
  if ((VERSION_OPERATIONS.has(operation) || (operation === 'read' && readsVersions(req, slug))) && !versions) refuse(NO_VERSIONS, 404)
  const idType = req.payload.db.defaultIDType === 'number' ? 'number' : 'text'
  const id = args.id ?? args.duplicateFromID
  if (id !== undefined && id !== null) {
    // Over REST the id arrives as parseFloat of the path segment ("1abc" → 1): check what was sent.
    const raw = req.routeParams?.id
    const sent = routed(req, slug) && typeof raw === 'string' && String(parseFloat(raw)) === String(id) ? raw : id
    refuse(idProblem(sent, idType))
  }
  const { kinds, dates, numbers, shaped } = fieldsOf(fields)
  const client = fromClient(req, overrideAccess)
  // The size first: a filter too wide to check quickly is not checked condition by condition.
  if (client) refuse(whereSizeProblem(args.where))
  refuse(whereProblem(args.where, (path) => kinds.get(path) ?? 'other', idType))
  if (hasNul(args.where) || hasNul(args.data)) refuse(NUL_MESSAGE)
  if (client && operation === 'read') boundPaging(args)
  if (!routed(req, slug)) return
  // Over REST a filter that parsed to nothing would change or delete every document.
  if ((operation === 'update' || operation === 'delete') && id === undefined && args.where !== undefined && isEmptyWhere(args.where)) {
    refuse('Điều kiện where không đọc được hoặc trống: không sửa, không xoá hàng loạt khi không rõ tài liệu nào. (Empty filter.)')
  }
  if ((operation === 'create' && args.duplicateFromID === undefined) || operation === 'update') {
    refuse(bodyProblem(args.data))
    refuse(dateDataProblem(args.data as Record<string, unknown>, dates))
    refuse(numberDataProblem(args.data as Record<string, unknown>, numbers))
    refuse(shapeDataProblem(args.data as Record<string, unknown>, shaped))
    await missingRelations(req, slug, args.data as Record<string, unknown>, shaped)
  }
  if (operation === 'forgotPassword') refuse(emailProblem((args.data as { email?: unknown } | undefined)?.email))
}

/**
 * Refuses, with a Vietnamese 400, what Payload would otherwise turn into a database error or a
 * silently wrong query: a malformed id in the path ("1abc" is read as document 1), a filter value
 * that is no id, number or date for its field (an invalid date used to mean "no condition"), an
 * unknown operator, an empty filter on a bulk change, a body that is not a JSON object, a date
 * the database would store unreadable, versions of what keeps none; filter forms the database
 * fails on (coordinates on a text, a list where one value goes, paths into rich text). A client's
 * request (REST or GraphQL) also has a bounded filter and page size. Runs first, on every
 * collection and global (guardAllCollections below, from the config's onInit). Register of what
 * this relies on in Payload: docs/payload-workarounds.md, entry 2.
 */
export const rejectMalformedRequests: CollectionBeforeOperationHook = async ({ args, collection, operation, overrideAccess, req }) => {
  await check(args as Args, operation, collection.slug, collection.flattenedFields, Boolean(collection.versions), req, overrideAccess)
  return args
}

export const rejectMalformedGlobalRequests: GlobalBeforeOperationHook = async ({ args, global, operation, req }) => {
  await check(args as Args, operation, global.slug, global.flattenedFields, Boolean(global.versions), req, (args as { overrideAccess?: unknown }).overrideAccess)
  return args
}

/**
 * Payload's preferences endpoints (`/api/payload-preferences/:key`) and upload collections' file
 * route (`/api/media/file/:filename`) query the database directly, without hooks: a NUL in the key
 * or file name was a PostgreSQL error (a 500). Refused here instead.
 */
function refusingNulInPath(endpoint: Endpoint): Endpoint {
  if (!/:(key|filename)\b/.test(endpoint.path) || isWrapped(endpoint.handler, 'pathChecked')) return endpoint
  const original = endpoint.handler
  const pathChecked: Endpoint['handler'] = (req) => (hasNul(req.routeParams) ? problem(400, NUL_MESSAGE) : original(req))
  return { ...endpoint, handler: markWrapped(pathChecked, 'pathChecked', original) }
}

/**
 * Puts the check in front of every collection's and global's hooks, Payload's own included
 * (preferences, jobs, locked documents): they join the config after ours, so this runs on init.
 */
export function guardAllCollections(payload: Payload) {
  for (const { config } of Object.values(payload.collections)) {
    config.hooks.beforeOperation = [rejectMalformedRequests, ...(config.hooks.beforeOperation ?? []).filter((h) => h !== rejectMalformedRequests)]
    if (Array.isArray(config.endpoints)) config.endpoints = config.endpoints.map(refusingNulInPath)
  }
  for (const global of payload.config.globals) {
    if (!global.versions && Array.isArray(global.endpoints) && !global.endpoints.some((e) => isWrapped(e.handler, 'noVersions'))) {
      global.endpoints = [...noVersionEndpoints(), ...global.endpoints]
    }
    global.hooks.beforeOperation = [rejectMalformedGlobalRequests, ...(global.hooks.beforeOperation ?? []).filter((h) => h !== rejectMalformedGlobalRequests)]
  }
}
