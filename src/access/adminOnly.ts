import type { Access, FieldAccess } from 'payload'

import { hasRole } from './user'

export const adminOnly: Access = ({ req }) => hasRole(req.user, 'admin')

/** For fields that decide who someone is or whom a document belongs to (role, organization). */
export const adminOnlyField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
