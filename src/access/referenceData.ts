import type { CollectionConfig } from 'payload'

import { adminOnly } from './adminOnly'
import { authenticated } from './authenticated'

/** Catalogues every user relies on (organizations, places, groups, topics, channels): all read, admins keep. */
export const referenceDataAccess: CollectionConfig['access'] = {
  read: authenticated,
  create: adminOnly,
  update: adminOnly,
  delete: adminOnly,
}
