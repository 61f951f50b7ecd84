import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  GlobalAfterChangeHook,
  GlobalConfig,
  PayloadRequest,
  RequestContext,
} from 'payload'

import { asLoaUser } from '../access/user'
import { auditChanges } from '../domain/audit'
import { PERSONAL_FIELDS } from '../domain/feedback'

/**
 * What the audit trail covers: whatever matters for security or for the official record — the plan,
 * its targets and duties, the content and the files and legal documents it rests on, the outreach,
 * the figures, the reports and their deadlines, who holds an account (role, organization, email,
 * password changed) and who holds API keys.
 */
export const AUDITED = [
  'plans',
  'targets',
  'assignments',
  'messages',
  'materials',
  'questions',
  'media',
  'legal-documents',
  'campaigns',
  'events',
  'media-outputs',
  'feedback',
  'indicators',
  'reports',
  'users',
  'api-clients',
] as const
export const AUDITED_GLOBALS = ['report-deadlines'] as const

type Audited = (typeof AUDITED)[number] | (typeof AUDITED_GLOBALS)[number]

/** Fields whose values never enter the trail (only that they changed). */
const MASKED: Partial<Record<Audited, readonly string[]>> = {
  feedback: PERSONAL_FIELDS,
  // A key in the trail would be a key anyone reading the trail could use.
  'api-clients': ['apiKey', 'apiKeyIndex'],
  users: ['password', 'hash', 'salt', 'resetPasswordToken', 'resetPasswordExpiration', 'currentPassword', 'sessions', 'loginAttempts', 'lockUntil'],
}

/**
 * Fields a write sends but no document returns (a new password): recorded as changed, masked,
 * when the write carried them.
 */
const WRITE_ONLY: Partial<Record<Audited, readonly string[]>> = { users: ['password'] }

/** The write-only fields a write sent, noted before Payload takes them out of the data (a password becomes a hash). */
const sentWriteOnly = (context: RequestContext): Record<string, string[]> => ((context as { auditWriteOnly?: Record<string, string[]> }).auditWriteOnly ??= {})

function noteWriteOnly(slug: string): CollectionBeforeChangeHook {
  return ({ context, data, originalDoc, operation }) => {
    const sent = (WRITE_ONLY[slug as Audited] ?? []).filter((f) => typeof data?.[f] === 'string' && (data[f] as string).length > 0)
    if (operation === 'update' && originalDoc && sent.length) sentWriteOnly(context)[`${slug}:${originalDoc.id}`] = sent
    return data
  }
}

function withWriteOnly(slug: string, context: RequestContext, id: unknown, before: Record<string, unknown> | null, after: Record<string, unknown>) {
  const sent = sentWriteOnly(context)[`${slug}:${String(id)}`] ?? []
  if (!before || !sent.length) return { before, after }
  // Two markers that differ, so the field shows as changed; MASKED hides both.
  return { before: { ...before, ...Object.fromEntries(sent.map((f) => [f, 'before'])) }, after: { ...after, ...Object.fromEntries(sent.map((f) => [f, 'after'])) } }
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
  const changes = auditChanges(before, after, MASKED[slug as Audited] ?? [])
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
export function auditHooks(slug: string, titleField?: string): { beforeChange: CollectionBeforeChangeHook; afterChange: CollectionAfterChangeHook; afterDelete: CollectionAfterDeleteHook } {
  return {
    beforeChange: noteWriteOnly(slug),
    afterChange: async ({ context, doc, previousDoc, operation, req }) => {
      const { before, after } = withWriteOnly(slug, context, doc.id, operation === 'create' ? null : previousDoc, doc)
      await record(req, slug, operation, doc, before, after, titleField)
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
        beforeChange: [...(c.hooks?.beforeChange ?? []), hooks.beforeChange],
        afterChange: [...(c.hooks?.afterChange ?? []), hooks.afterChange],
        afterDelete: [...(c.hooks?.afterDelete ?? []), hooks.afterDelete],
      },
    }
  })
}

/** The globals, with the audit hook added last to each audited one (an update, recorded under its slug). */
export function withAuditTrailGlobals(globals: GlobalConfig[]): GlobalConfig[] {
  return globals.map((g) => {
    if (!(AUDITED_GLOBALS as readonly string[]).includes(g.slug)) return g
    const afterChange: GlobalAfterChangeHook = async ({ doc, previousDoc, req }) => {
      await record(req, g.slug, 'update', { ...doc, id: g.slug }, previousDoc, doc)
      return doc
    }
    return { ...g, hooks: { ...g.hooks, afterChange: [...(g.hooks?.afterChange ?? []), afterChange] } }
  })
}
