import type { FieldAccess } from 'payload'

import { hasRole } from './user'

/** Reviewers (BHXH thành phố) and admins: clear the "needs review" flag once they have checked an item. */
export const reviewersField: FieldAccess = ({ req }) => hasRole(req.user, 'reviewer', 'admin')
