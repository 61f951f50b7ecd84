import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { expirePublicContent } from '../lib/siteCache'

/** An approved item changed, or an item became or stopped being approved: the public site must show it. */
export const expireSiteCacheOnChange: CollectionAfterChangeHook = ({ doc, previousDoc }) => {
  if (doc.status === 'approved' || previousDoc?.status === 'approved') expirePublicContent()
  return doc
}

export const expireSiteCacheOnDelete: CollectionAfterDeleteHook = ({ doc }) => {
  if (doc.status === 'approved') expirePublicContent()
  return doc
}
