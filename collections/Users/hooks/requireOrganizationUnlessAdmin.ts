import type { CollectionBeforeChangeHook } from 'payload'

import { fieldError } from '../../../src/lib/fieldError'

/** Everyone but an admin works for one organization: their plans, events and reports hang on it. */
export const requireOrganizationUnlessAdmin: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const role = data.role ?? originalDoc?.role
  const organization = data.organization ?? originalDoc?.organization
  if (role !== 'admin' && !organization) {
    fieldError(req, 'users', 'organization', 'Người dùng (trừ quản trị viên) phải thuộc một đơn vị.')
  }
  return data
}
