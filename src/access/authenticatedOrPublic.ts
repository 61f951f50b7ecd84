import type { Access, Where } from 'payload'

import { asLoaUser } from './user'

/**
 * Any logged-in person reads every document; anonymous visitors only those marked `isPublic`
 * (for media: files a published material uses). Guards the stored files too, not just the records.
 */
export const authenticatedOrPublic: Access = ({ req }) => {
  if (asLoaUser(req.user) !== null) return true
  const isPublic: Where = { isPublic: { equals: true } }
  return isPublic
}
