import type { Access } from 'payload'

import { hasRole } from './user'

/** Who writes plans: coordinators for their organization, evaluators for Sở Nội vụ (the city plan), admins. */
export const planAuthors: Access = ({ req }) => hasRole(req.user, 'coordinator', 'evaluator', 'admin')
