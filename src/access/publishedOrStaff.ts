import type { Access, Where } from 'payload'

import { asLoaUser } from './user'

export type PublicationWindowFields = { from?: string; until?: string }

/**
 * The public (anonymous visitors, the site, REST/GraphQL without a login) reads only approved
 * items inside their validity or publication window; drafts, items in review and retired items
 * never leave the building. Logged-in staff read everything.
 */
export function publishedOrStaff(window: PublicationWindowFields = {}): Access {
  return ({ req }) => {
    if (asLoaUser(req.user)) return true
    return publishedWhere(window)
  }
}

/** The query behind publishedOrStaff, also used by the site's own queries. */
export function publishedWhere(window: PublicationWindowFields = {}, now: Date = new Date()): Where {
  const at = now.toISOString()
  const and: Where[] = [{ status: { equals: 'approved' } }]
  if (window.from) and.push({ or: [{ [window.from]: { exists: false } }, { [window.from]: { less_than_equal: at } }] })
  if (window.until) and.push({ or: [{ [window.until]: { exists: false } }, { [window.until]: { greater_than: at } }] })
  return { and }
}
