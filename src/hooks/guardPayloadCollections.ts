import type { Endpoint, Field, FieldHook, Payload } from 'payload'

import { isApiClient } from '../access/user'
import { withoutApiClients } from '../access/withoutApiClients'
import { fieldError, problem } from '../lib/fieldError'
import { isWrapped, markWrapped } from '../lib/wrappedHandlers'
import { linkOnlyTo } from './keepRelationsUsable'

const LOCKS = 'payload-locked-documents'
const PREFERENCES = 'payload-preferences'
const OPERATIONS = ['create', 'read', 'update', 'delete', 'readVersions'] as const

const NOT_YOURS_TO_LOCK = 'Chỉ khoá được tài liệu bạn được sửa: khoá tài liệu của người khác sẽ chặn họ làm việc.'
const NO_KEYS = 'Khoá API không dùng được mục này. (API keys have no access here.)'

/** A global lock (its slug, a text field) only on a global the user may change; rechecked on every write. */
export const lockOnlyUpdatableGlobal: FieldHook = async ({ overrideAccess, path, req, value }) => {
  if (overrideAccess || value === null || value === undefined || value === '') return value
  const global = req.payload.config.globals.find((g) => g.slug === value)
  const allowed = global?.access?.update ? await global.access.update({ req }) : false
  if (allowed !== true) fieldError(req, LOCKS, path.join('.'), NOT_YOURS_TO_LOCK)
  return value
}

/** A lock is always in the name of who writes it (Payload leaves the field to the request). */
export const lockInOwnName: FieldHook = ({ overrideAccess, req, value }) =>
  overrideAccess || !req.user ? value : { relationTo: req.user.collection, value: req.user.id }

const field = (fields: Field[], name: string) => fields.find((f) => 'name' in f && f.name === name)

function refusingApiClients(endpoint: Endpoint): Endpoint {
  if (isWrapped(endpoint.handler, 'keyRefused')) return endpoint
  const original = endpoint.handler
  const keyRefused: Endpoint['handler'] = (req) => (isApiClient(req.user) ? problem(403, NO_KEYS) : original(req))
  return { ...endpoint, handler: markWrapped(keyRefused, 'keyRefused', original) }
}

/**
 * Payload's own collections join the config after ours, with rules of their own: any logged-in
 * caller (an integration's key included) may create a lock on any document, in anyone's name, and
 * so block its editors (Sở Nội vụ's approvals among them). On init:
 * - integrations' keys reach none of them (preferences' own endpoints included);
 * - a lock names its writer, and only a document (or global) the writer may update, on create and
 *   on every update (taking over a lock is an update);
 * every relationship they hold is also checked by keepRelationsUsable (requireUsableRelations).
 */
export function guardPayloadCollections(payload: Payload) {
  for (const { config } of Object.values(payload.collections)) {
    if (!config.slug.startsWith('payload-')) continue
    const access = config.access as Record<(typeof OPERATIONS)[number], unknown>
    for (const op of OPERATIONS) {
      const rule = access[op] as Parameters<typeof withoutApiClients>[0] & { guarded?: boolean }
      if (rule?.guarded || (op === 'readVersions' && !rule)) continue
      const guarded = Object.assign(withoutApiClients(rule), { guarded: true })
      access[op] = guarded
    }
    if (config.slug === PREFERENCES && Array.isArray(config.endpoints)) config.endpoints = config.endpoints.map(refusingApiClients)
    if (config.slug === LOCKS) {
      const document = field(config.fields, 'document')
      if (document) Object.assign(document, linkOnlyTo('update', NOT_YOURS_TO_LOCK, { everyWrite: true }))
      const globalSlug = field(config.fields, 'globalSlug')
      if (globalSlug && 'hooks' in globalSlug) {
        globalSlug.hooks = { ...globalSlug.hooks, beforeValidate: [lockOnlyUpdatableGlobal] }
      }
      const user = field(config.fields, 'user')
      if (user && 'hooks' in user) user.hooks = { ...user.hooks, beforeValidate: [lockInOwnName, ...(user.hooks?.beforeValidate ?? []).filter((h) => h !== lockInOwnName)] }
    }
  }
}
