import type { CollectionBeforeChangeHook } from 'payload'

import { sameId } from '../../../src/access/user'
import { fieldError } from '../../../src/lib/fieldError'

/** A sub-group hangs under one of the six groups, never under another sub-group or itself. */
export const keepSubGroupsOneLevelDeep: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const parentId = data.parent && typeof data.parent === 'object' ? data.parent.id : data.parent
  if (!parentId) return data
  if (originalDoc && sameId(parentId, originalDoc.id)) {
    fieldError(req, 'audience-groups', 'parent', 'Một nhóm không thể là nhóm con của chính nó.')
  }
  const parent = await req.payload.findByID({ collection: 'audience-groups', id: parentId, depth: 0, req })
  if (parent.parent) {
    fieldError(req, 'audience-groups', 'parent', 'Nhóm con phải thuộc trực tiếp một trong sáu nhóm đối tượng chính.')
  }
  return data
}
