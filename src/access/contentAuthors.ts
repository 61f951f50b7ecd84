import type { Access, FieldAccess } from 'payload'

import { isContentAuthor } from '../domain/contentWorkflow'
import { roleOf } from './user'

/**
 * Communications staff (editors), reviewers and admins write messages, materials, Q&A and
 * media. Coordinators and evaluators use content but do not change it. A boolean, never a
 * Where: a Where on create counts as "allowed".
 */
export const contentAuthors: Access = ({ req }) => isContentAuthor(roleOf(req.user))

export const contentAuthorsField: FieldAccess = ({ req }) => isContentAuthor(roleOf(req.user))
