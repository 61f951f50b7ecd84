import type { CollectionSlug, PayloadRequest } from 'payload'

/**
 * Validation for a relationship the public may set (the feedback form's commune, group, topic):
 * the catalogues are staff-only in the API, so Payload's own check, made with the visitor's
 * rights, would call every choice invalid. This checks the id exists, with the server's rights.
 */
export function referenceExists(collection: CollectionSlug, message: string) {
  return async (value: unknown, { req }: { req: PayloadRequest }): Promise<true | string> => {
    if (value === null || value === undefined || value === '') return true
    const id = typeof value === 'object' ? (value as { id?: unknown }).id : value
    if (typeof id !== 'string' && typeof id !== 'number') return message
    try {
      const found = await req.payload.findByID({ collection, id, depth: 0, req, overrideAccess: true, disableErrors: true })
      return found ? true : message
    } catch {
      return message // an id of the wrong shape for this database
    }
  }
}
