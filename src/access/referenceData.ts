import type { CollectionConfig } from 'payload'

import { adminOnly } from './adminOnly'
import { asLoaUser, isApiClient } from './user'

/**
 * Catalogues every user relies on (organizations, places, groups, topics, channels): all read,
 * integrations too (their figures and events name communes and groups), admins keep.
 */
export const referenceDataAccess: CollectionConfig['access'] = {
  read: ({ req }) => asLoaUser(req.user) !== null || isApiClient(req.user),
  create: adminOnly,
  update: adminOnly,
  delete: adminOnly,
}
