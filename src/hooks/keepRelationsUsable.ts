import type { Access, CollectionSlug, Field, FieldHook, Payload, PayloadRequest } from 'payload'

import { missingRelationMessage } from '../domain/requestChecks'
import { fieldError } from '../lib/fieldError'
import { foundIds, singularLabel } from '../lib/relatedRecords'

/**
 * Which records a user may point a relationship to:
 * - 'read' (every relationship unless it says otherwise): records the user may read;
 * - 'update': records the user may change (the target collection's own update rule);
 * - an access rule of src/access: records it lets the user reach (e.g. campaignContributors);
 * - 'exists': any existing record, for forms the public fills in (the catalogues they choose
 *   from are closed to them in the API).
 */
export type LinkRule = 'exists' | 'read' | 'update' | Access
type LinkCustom = { linkRule?: LinkRule; linkRefusal?: string; linkEveryWrite?: boolean }

/**
 * Spread into a relationship field that carries ownership (an event counts in its campaign's
 * figures, a campaign sits in a plan): the stricter rule, and what to tell a user it refuses.
 */
export const linkOnlyTo = (rule: LinkRule, refusal?: string, options: { everyWrite?: boolean } = {}) => ({
  custom: { linkRule: rule, linkRefusal: refusal, linkEveryWrite: options.everyWrite } satisfies LinkCustom,
})

type Target = { collection: string; id: unknown }

/** The records a relationship value names (one or many, by id or populated, mono- or polymorphic). */
function targetsOf(value: unknown, relationTo: string | string[]): Target[] {
  const list = Array.isArray(value) ? value : [value]
  return list.flatMap((v): Target[] => {
    if (v === null || v === undefined || v === '') return []
    if (Array.isArray(relationTo)) {
      const poly = v as { relationTo?: unknown; value?: unknown }
      if (typeof poly !== 'object' || typeof poly.relationTo !== 'string') return []
      const inner = poly.value && typeof poly.value === 'object' ? (poly.value as { id?: unknown }).id : poly.value
      return [{ collection: poly.relationTo, id: inner }]
    }
    return [{ collection: relationTo, id: v && typeof v === 'object' && 'id' in v ? (v as { id: unknown }).id : v }]
  })
}

const numeric = (v: unknown) => (typeof v === 'string' && /^\d{1,15}$/.test(v) ? Number(v) : v)

/** Numeric-text ids as numbers, in a single, many or polymorphic relationship value; anything else untouched. */
function numericIds(value: unknown): unknown {
  const one = (v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && 'relationTo' in v && 'value' in v ? { ...(v as object), value: numeric((v as { value: unknown }).value) } : numeric(v)
  return Array.isArray(value) ? value.map(one) : one(value)
}

const key = (t: Target) => `${t.collection}:${String(t.id)}`

/** The targets among these that the rule refuses, split into unknown-to-the-user and known-but-not-theirs. */
async function refusedTargets(req: PayloadRequest, collection: string, ids: unknown[], rule: LinkRule) {
  if (rule === 'exists') {
    const found = await foundIds(req, collection, ids, { overrideAccess: true })
    return { unknown: ids.filter((id) => !found.has(String(id))), notTheirs: [] }
  }
  // Unknown and unreadable get the same answer: the refusal must not tell that a record exists.
  const readable = await foundIds(req, collection, ids, { overrideAccess: false })
  const unknown = ids.filter((id) => !readable.has(String(id)))
  if (rule === 'read' || !readable.size) return { unknown, notTheirs: [] }
  const access = rule === 'update' ? req.payload.collections[collection as CollectionSlug]?.config.access.update : rule
  const result = access ? await access({ req }) : false
  const allowed = result === true ? readable : result === false ? new Set<string>() : await foundIds(req, collection, [...readable], { overrideAccess: true, where: result })
  return { unknown, notTheirs: [...readable].filter((id) => !allowed.has(id)) }
}

/**
 * The one check behind "relationships a user writes point to records that user may use": runs
 * on every relationship and upload field of every collection (requireUsableRelations below), on
 * create, update (single, bulk, GraphQL), duplicate and draft saves alike — a field hook, not a
 * validate, which drafts skip; beforeValidate, the field hook Payload tells whether access is on.
 * It runs after the field's own beforeValidate hooks (a lock's writer is set first). Only what the write adds is checked (on create and duplicate:
 * everything), so a link made earlier does not block unrelated edits. Server code acting with its
 * own rights (overrideAccess: true: seed, jobs, hooks) is not checked.
 */
export const keepRelationsUsable: FieldHook = async (args) => {
  const { collection, data, field, global, operation, originalDoc, overrideAccess, path, previousValue, req, siblingData } = args
  if (field.type !== 'relationship' && field.type !== 'upload') return args.value
  // An id sent as text ("2", as an HTML form gives it) means the record 2 on a database of numeric ids.
  const value = req.payload.db.defaultIDType === 'number' ? numericIds(args.value) : args.value
  if (overrideAccess) return value
  // A value the field's own access rule will strip right after this hook is not written: no answer needed.
  const fieldAccess = operation === 'create' || operation === 'update' ? field.access?.[operation] : undefined
  if (fieldAccess && !(await fieldAccess({ req, data, siblingData, doc: originalDoc, id: originalDoc?.id }))) return value
  const { linkRule = 'read', linkRefusal, linkEveryWrite } = (field.custom ?? {}) as LinkCustom
  // everyWrite: the link is the point of the record (a document lock), so each write rechecks it.
  const before = new Set(operation === 'create' || linkEveryWrite ? [] : targetsOf(previousValue, field.relationTo).map(key))
  const added = targetsOf(value, field.relationTo).filter((t) => !before.has(key(t)))
  const owner = collection?.slug ?? global?.slug ?? ''
  for (const target of new Set(added.map((t) => t.collection))) {
    const ids = [...new Set(added.filter((t) => t.collection === target).map((t) => t.id))]
    const { unknown, notTheirs } = await refusedTargets(req, target, ids, linkRule)
    const label = singularLabel(req, target)
    if (unknown.length) fieldError(req, owner, path.join('.'), missingRelationMessage(label, unknown))
    if (notTheirs.length) {
      fieldError(req, owner, path.join('.'), linkRefusal ?? `Không gắn được vào ${label.toLowerCase()} (mã ${notTheirs.join(', ')}): bạn không có quyền sửa ${label.toLowerCase()} này.`)
    }
  }
  return value
}

function attach(fields: Field[]) {
  for (const field of fields) {
    if (field.type === 'relationship' || field.type === 'upload') {
      field.hooks ??= {}
      field.hooks.beforeValidate = [...(field.hooks.beforeValidate ?? []).filter((h) => h !== keepRelationsUsable), keepRelationsUsable]
    }
    if ('fields' in field && Array.isArray(field.fields)) attach(field.fields)
    if (field.type === 'tabs') for (const tab of field.tabs) attach(tab.fields)
    if (field.type === 'blocks') for (const block of field.blocks) if (typeof block === 'object') attach(block.fields)
  }
}

/**
 * Puts keepRelationsUsable on every relationship of every collection and global, Payload's own
 * included (document locks, preferences): they join the config after ours, so this runs on init.
 */
export function requireUsableRelations(payload: Payload) {
  for (const { config } of Object.values(payload.collections)) attach(config.fields)
  for (const global of payload.config.globals) attach(global.fields)
}
