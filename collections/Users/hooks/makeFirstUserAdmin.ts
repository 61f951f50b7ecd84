import type { CollectionBeforeValidateHook } from 'payload'

/**
 * On a deployment without demo data the first account is created from the admin's
 * "create first user" screen; it must be able to administer, so it becomes an admin.
 */
export const makeFirstUserAdmin: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data) return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  if (totalDocs === 0) data.role = 'admin'
  return data
}
