import type { CollectionBeforeValidateHook } from 'payload'

import { hasRole, organizationIdOf } from '../access/user'

/**
 * A document written by anyone but an admin belongs to the writer's organization, whatever
 * the request says: on create it is set, on update it is kept as it was. (Field access already
 * strips the value; this makes the rule independent of how the request was built.)
 */
export const assignOwnOrganization: CollectionBeforeValidateHook = ({ data, originalDoc, operation, req }) => {
  if (!data || !req.user || hasRole(req.user, 'admin')) return data
  if (operation === 'create') {
    data.organization = organizationIdOf(req.user)
  } else if (originalDoc) {
    data.organization = originalDoc.organization
  }
  return data
}
