import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, PayloadRequest } from 'payload'

import { asLoaUser } from '../access/user'
import { auditChanges } from '../domain/audit'
import { PERSONAL_FIELDS } from '../domain/feedback'

/** What the audit trail covers: the plan, the content, the outreach, the figures, the reports, and who holds API keys. */
export const AUDITED = ['plans', 'messages', 'materials', 'questions', 'events', 'feedback', 'indicators', 'reports', 'api-clients'] as const

/** Fields whose values never enter the trail (only that they changed). */
const MASKED: Partial<Record<(typeof AUDITED)[number], readonly string[]>> = {
  feedback: PERSONAL_FIELDS,
  // A key in the trail would be a key anyone reading the trail could use.
  'api-clients': ['apiKey', 'apiKeyIndex'],
}

async function record(
  req: PayloadRequest,
  slug: string,
  action: 'create' | 'update' | 'delete',
  doc: Record<string, unknown>,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  titleField?: string,
) {
  const changes = auditChanges(before, after, MASKED[slug as (typeof AUDITED)[number]] ?? [])
  if (action === 'update' && !changes.length) return
  const user = asLoaUser(req.user)
  const title = titleField && typeof doc[titleField] === 'string' ? String(doc[titleField]).slice(0, 120) : `#${doc.id}`
  await req.payload.create({
    collection: 'audit-log',
    data: {
      action,
      targetCollection: slug,
      documentId: String(doc.id),
      summary: `${slug}: ${title}${action === 'update' ? ` (${changes.map((c) => c.field).join(', ')})` : ''}`.slice(0, 300),
      user: user?.id as number | undefined,
      userEmail: actorName(req.user, user !== null),
      role: user?.role ?? (req.user ? req.user.collection : null),
      changes,
    },
    // Same transaction as the change: a write that rolls back leaves no entry, and none is lost.
    req,
    overrideAccess: true,
    depth: 0,
  })
}

/** Who did it, in words: a person's email, an integration's name, or the anonymous public. */
function actorName(authenticated: unknown, isPerson: boolean): string | null {
  const actor = authenticated as { email?: string; name?: string } | null
  if (isPerson) return actor?.email ?? null
  if (actor) return `ứng dụng tích hợp: ${actor.name ?? '?'}`
  return 'khách (không đăng nhập)'
}

/** The hooks that write a collection's trail. */
export function auditHooks(slug: string, titleField?: string): { afterChange: CollectionAfterChangeHook; afterDelete: CollectionAfterDeleteHook } {
  return {
    afterChange: async ({ doc, previousDoc, operation, req }) => {
      await record(req, slug, operation, doc, operation === 'create' ? null : previousDoc, doc, titleField)
      return doc
    },
    afterDelete: async ({ doc, req }) => {
      await record(req, slug, 'delete', doc, doc, null, titleField)
      return doc
    },
  }
}

/** The collections, with the audit hooks added last to each audited one. */
export function withAuditTrail(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((c) => {
    if (!(AUDITED as readonly string[]).includes(c.slug)) return c
    const hooks = auditHooks(c.slug, c.admin?.useAsTitle)
    return {
      ...c,
      hooks: {
        ...c.hooks,
        afterChange: [...(c.hooks?.afterChange ?? []), hooks.afterChange],
        afterDelete: [...(c.hooks?.afterDelete ?? []), hooks.afterDelete],
      },
    }
  })
}
