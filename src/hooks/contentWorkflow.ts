/**
 * Hooks of the content review workflow, shared by messages, materials and Q&A.
 * Trusted server code without a user (seed, jobs) is not checked, as for plans.
 */
import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionSlug,
  PayloadRequest,
  Where,
} from 'payload'

import { roleOf, sameId } from '../access/user'
import {
  CONTENT_STATUS_LABELS,
  changedContentFields,
  contentTransitionError,
  isContentEditable,
  readinessError,
  supersedesError,
  type ContentStatus,
} from '../domain/contentWorkflow'
import { relationId, type Id } from '../domain/relations'
import { fieldError } from '../lib/fieldError'

export type ContentSlug = 'messages' | 'materials' | 'questions'

/** Set in `req.context` by system writes (the legal-change flag, retiring a replaced version). */
export const WORKFLOW_SYSTEM_WRITE = 'loaWorkflowSystemWrite'

/**
 * An approved or retired item cannot be changed in place: the write is refused with a clear
 * message before field access would silently drop the changes. Runs before anything else so
 * REST, GraphQL, the admin and the Local API all get the same answer.
 */
export function rejectInPlaceEditsOfApproved(slug: ContentSlug): CollectionBeforeOperationHook {
  return async ({ args, operation, req }) => {
    if (operation !== 'update' || req.context?.[WORKFLOW_SYSTEM_WRITE]) return args
    const id = (args as { id?: number | string }).id
    const data = (args as { data?: Record<string, unknown> }).data
    if (id === undefined || !data) return args
    const stored = await req.payload.findByID({ collection: slug, id, depth: 0, req, overrideAccess: true, disableErrors: true })
    if (!stored || isContentEditable(stored.status as ContentStatus)) return args
    const changed = changedContentFields(data, stored as unknown as Record<string, unknown>)
    if (changed.length) {
      fieldError(
        req,
        slug,
        changed[0],
        `Nội dung ở trạng thái "${CONTENT_STATUS_LABELS[stored.status as ContentStatus].vi}" không được sửa trực tiếp. ` +
          'Hãy tạo phiên bản mới để sửa và gửi duyệt lại (approved content cannot be edited in place: create a new version).',
      )
    }
    return args
  }
}

/** Set in `req.context` by "new version" while it creates the copy: the id the copy may supersede. */
const NEW_VERSION_OF = 'loaNewVersionOf'

/** Create the draft of `original`'s next version: the one write that may set `supersedes` (to `original`). */
export async function asNewVersionOf<T>(req: PayloadRequest, original: Id, write: () => Promise<T>): Promise<T> {
  req.context = { ...req.context, [NEW_VERSION_OF]: original }
  try {
    return await write()
  } finally {
    delete req.context[NEW_VERSION_OF]
  }
}

/**
 * `supersedes` names the item a version was made from, and approving the version retires that
 * item: set by hand it would retire any approved item. Refused with a field message on every
 * route — create (REST, GraphQL, a duplicate's data), update by id and bulk update — rather than
 * dropped silently by field access. Before the operation, because field access would already
 * have removed the value.
 */
export function rejectSupersedesSetByHand(slug: ContentSlug): CollectionBeforeOperationHook {
  return async ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const sent = (args as { data?: Record<string, unknown> }).data?.supersedes
    if (sent === undefined) return args
    const refuse = (allowed: Id | null) => {
      const message = supersedesError(sent, allowed)
      if (message) fieldError(req, slug, 'supersedes', message)
    }
    if (operation === 'create') {
      refuse(relationId(req.context?.[NEW_VERSION_OF]))
      return args
    }
    const { id, where } = args as { id?: Id; where?: Where }
    const { docs } = await req.payload.find({
      collection: slug,
      where: id !== undefined ? { id: { equals: id } } : (where ?? {}),
      depth: 0,
      pagination: false,
      select: { supersedes: true },
      overrideAccess: true,
      req,
    })
    for (const doc of docs) refuse(relationId(doc.supersedes))
    return args
  }
}

/** Checks status changes against the workflow and stamps who wrote, edited, submitted and approved. */
export function enforceContentWorkflow(slug: ContentSlug): CollectionBeforeChangeHook {
  return ({ data, originalDoc, operation, req }) => {
    const from: ContentStatus | null = operation === 'create' ? null : ((originalDoc?.status ?? 'draft') as ContentStatus)
    const to = (data.status ?? from ?? 'draft') as ContentStatus
    data.status = to
    const userId = req.user?.id ?? null
    const contentChanged =
      operation === 'create' || changedContentFields(data, (originalDoc ?? {}) as Record<string, unknown>).length > 0

    if (operation === 'create') data.createdBy = userId
    if (contentChanged && userId !== null) data.lastEditedBy = userId

    const role = roleOf(req.user)
    if (from !== to && role && !req.context?.[WORKFLOW_SYSTEM_WRITE]) {
      const wroteIt =
        (contentChanged && operation === 'update') ||
        sameId(originalDoc?.createdBy, userId) ||
        sameId(originalDoc?.lastEditedBy, userId)
      const error = contentTransitionError(from, to, { role, wroteIt }, data.returnReason) ?? readinessError(to, data)
      if (error) fieldError(req, slug, error.field, error.message)
    }

    if (from === to) return data
    const now = new Date().toISOString()
    if (to === 'in_review') {
      data.submittedAt = now
      data.returnReason = null
    }
    if (to === 'approved') {
      data.approvedBy = userId
      data.approvedAt = now
    }
    if (to === 'retired') data.retiredAt = now
    return data
  }
}

/** When a new version is approved, the version it replaces is retired: one approved text at a time. */
export function retireReplacedVersion(slug: ContentSlug): CollectionAfterChangeHook {
  return async ({ doc, previousDoc, req }) => {
    if (doc.status !== 'approved' || previousDoc?.status === 'approved' || !doc.supersedes) return doc
    const oldId = typeof doc.supersedes === 'object' ? doc.supersedes.id : doc.supersedes
    const old = await req.payload.findByID({ collection: slug, id: oldId, depth: 0, req, disableErrors: true })
    if (old && old.status === 'approved') {
      await asSystemWrite(req, () =>
        req.payload.update({ collection: slug as CollectionSlug, id: oldId, data: { status: 'retired' } as never, req }),
      )
    }
    return doc
  }
}

/**
 * Run a write the workflow itself makes. The flag lives in `req.context`, which nested Local API
 * calls share with the request, so it is removed again afterwards.
 */
export async function asSystemWrite<T>(req: PayloadRequest, write: () => Promise<T>): Promise<T> {
  req.context = { ...req.context, [WORKFLOW_SYSTEM_WRITE]: true }
  try {
    return await write()
  } finally {
    delete req.context[WORKFLOW_SYSTEM_WRITE]
  }
}
