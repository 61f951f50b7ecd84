import type { CollectionBeforeChangeHook } from 'payload'

import { fieldError } from '../lib/fieldError'

/** Organization-owned documents always name their organization (admins must pick one). */
export const requireOrganization: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  if (!(data.organization ?? originalDoc?.organization)) {
    fieldError(req, collection.slug, 'organization', 'Cần chọn đơn vị chủ trì.')
  }
  return data
}
