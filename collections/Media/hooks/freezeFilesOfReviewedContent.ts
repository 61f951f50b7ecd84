import type { CollectionBeforeDeleteHook, CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'

import { CONTENT_STATUSES, type ContentStatus, type PublicationState } from '../../../src/domain/contentWorkflow'
import { changedFileFields, freezesItsFiles, frozenFileRefusal, type FileUser, type UploadEdits } from '../../../src/domain/frozenFiles'
import { relationId, type Id } from '../../../src/domain/relations'
import { fieldError } from '../../../src/lib/fieldError'
import { publicError } from '../../../src/lib/publicError'

const FREEZING = CONTENT_STATUSES.filter((s) => freezesItsFiles(s))

/** The reviewed items past their draft that use any of `ids`, by file id. Materials are the only content with files. */
async function frozenUsers(req: PayloadRequest, ids: Id[]): Promise<Map<string, FileUser[]>> {
  const users = new Map<string, FileUser[]>()
  if (!ids.length) return users
  const { docs } = await req.payload.find({
    collection: 'materials',
    where: { and: [{ status: { in: FREEZING } }, { or: [{ cover: { in: ids } }, { files: { in: ids } }] }] },
    depth: 0,
    pagination: false,
    select: { title: true, status: true, publication: true, cover: true, files: true },
    overrideAccess: true,
    req,
  })
  const wanted = new Set(ids.map(String))
  for (const m of docs) {
    const item: FileUser = { title: m.title, status: m.status as ContentStatus, publication: m.publication as PublicationState | null }
    const used = new Set([m.cover, ...(m.files ?? [])].map(relationId).filter((id) => id !== null).map(String))
    for (const id of used) if (wanted.has(id)) users.set(id, [...(users.get(id) ?? []), item])
  }
  return users
}

/**
 * Refuses replacing, re-cutting or editing a file that a material past its draft uses, for every
 * role (admins too, as for the material itself), on every update route: REST PATCH by id and with
 * `where`, GraphQL and the Local API with a user. Before the operation, because Payload deletes
 * the stored file before any later hook could refuse. A bulk update that would touch one frozen
 * file changes nothing. Server code without a user (seed, jobs) is trusted. A duplicate is a new,
 * unused file and is not concerned.
 */
export const refuseChangingFrozenFiles: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update' || !req.user) return args
  const { id, where, data } = args as { id?: Id; where?: Where; data?: Record<string, unknown> }
  const edits = (req.query as { uploadEdits?: UploadEdits } | undefined)?.uploadEdits
  const { docs } = await req.payload.find({
    collection: 'media',
    where: id !== undefined ? { id: { equals: id } } : (where ?? {}),
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const changing = docs
    .map((doc) => ({ doc, changed: changedFileFields(data ?? {}, doc as unknown as Record<string, unknown>, { newFile: Boolean(req.file), edits }) }))
    .filter((c) => c.changed.length)
  const users = await frozenUsers(req, changing.map((c) => c.doc.id))
  for (const { doc, changed } of changing) {
    const refusal = frozenFileRefusal('change', users.get(String(doc.id)) ?? [])
    if (refusal) fieldError(req, 'media', changed[0], refusal)
  }
  return args
}

/** Refuses deleting a file that a material past its draft uses (REST and GraphQL, by id or in bulk, the Local API with a user). */
export const refuseDeletingFrozenFiles: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!req.user) return
  const refusal = frozenFileRefusal('delete', (await frozenUsers(req, [id])).get(String(id)) ?? [])
  if (refusal) throw publicError(refusal, 403)
}
