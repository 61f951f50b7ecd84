import type { CollectionAfterChangeHook } from 'payload'

import { syncMediaVisibility } from '../lib/mediaVisibility'

/** After a material is saved, its files (and any it no longer uses) are public exactly if it is. */
export const syncMaterialMedia: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const refs = [doc.cover, ...(doc.files ?? []), previousDoc?.cover, ...(previousDoc?.files ?? [])]
  await syncMediaVisibility(req, refs)
  return doc
}
