import type { Access } from 'payload'

import { asLoaUser, hasRole } from './user'

/** Admins change any account; everyone else only their own (role and organization are locked by field access). */
export const adminOrSelf: Access = ({ req }) => {
  const user = asLoaUser(req.user)
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}

/** Admins and evaluators see every account (to know who reports for whom); others see their own. */
export const evaluatorAdminOrSelf: Access = ({ req }) => {
  const user = asLoaUser(req.user)
  if (!user) return false
  if (hasRole(user, 'admin', 'evaluator')) return true
  return { id: { equals: user.id } }
}
