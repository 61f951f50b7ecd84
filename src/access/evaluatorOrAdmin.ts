import type { Access, FieldAccess } from 'payload'

import { hasRole } from './user'

/** Sở Nội vụ's evaluators and admins: they set targets, assign duties and approve plans. */
export const evaluatorOrAdmin: Access = ({ req }) => hasRole(req.user, 'evaluator', 'admin')

export const evaluatorOrAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'evaluator', 'admin')
