import type { CollectionBeforeChangeHook } from 'payload'

import { organizationIdOf, roleOf } from '../../../src/access/user'
import { reassignmentRefusal } from '../../../src/domain/feedback'
import { relationId } from '../../../src/domain/relations'
import { fieldError } from '../../../src/lib/fieldError'

/**
 * The assignee decides who reads the sender's name, phone and email, so changing it is checked on
 * every update path alike — REST single or bulk PATCH, GraphQL, the Local API, the admin — each
 * document against its stored assignee (src/domain/feedback.ts, reassignmentRefusal).
 */
export const guardAssignment: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update') return data
  // No user: the server's own code. A user that is not a person (an integration's key) has no role.
  const by = req.user ? { role: roleOf(req.user), organization: organizationIdOf(req.user) } : null
  const refusal = reassignmentRefusal(by, relationId(originalDoc?.assignedTo), relationId(data.assignedTo))
  if (refusal) fieldError(req, 'feedback', 'assignedTo', refusal)
  return data
}
