import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { isWellFormedId } from '../domain/requestChecks'

/**
 * Which of these ids name a record a query finds: with the server's rights (does it exist?) or
 * with the request's user (may they read it?), optionally narrowed by a further condition (an
 * access rule's Where). Ids of the wrong shape for the database find nothing. Runs in the
 * request's transaction.
 */
export async function foundIds(
  req: PayloadRequest,
  collection: string,
  ids: unknown[],
  options: { overrideAccess: boolean; where?: Where },
): Promise<Set<string>> {
  const idType = req.payload.db.defaultIDType === 'number' ? 'number' : 'text'
  const wellFormed = [...new Set(ids.filter((id) => isWellFormedId(id, idType)).map(String))]
  if (!wellFormed.length) return new Set()
  const byId: Where = { id: { in: wellFormed } }
  const find = req.payload.find({
    collection: collection as CollectionSlug,
    where: options.where ? { and: [byId, options.where] } : byId,
    depth: 0,
    limit: wellFormed.length,
    pagination: false,
    select: {},
    overrideAccess: options.overrideAccess,
    req,
  })
  // A read rule that is a plain "no" makes find throw instead of finding nothing.
  const { docs } = await find.catch((error: unknown) => {
    if (!options.overrideAccess && (error as { status?: number }).status === 403) return { docs: [] }
    throw error
  })
  return new Set(docs.map((d) => String(d.id)))
}

/** A collection's singular name in Vietnamese (our labels are { vi, en }), or its slug. */
export function singularLabel(req: PayloadRequest, slug: string): string {
  const singular = req.payload.collections[slug as CollectionSlug]?.config.labels?.singular as unknown
  if (typeof singular === 'string') return singular
  if (singular && typeof singular === 'object' && typeof (singular as { vi?: unknown }).vi === 'string') return (singular as { vi: string }).vi
  return slug
}
