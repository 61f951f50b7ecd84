import type { Access } from 'payload'

import { hasRole } from './user'

/** Who deletes media files: editors and admins. Reviewers judge content; they do not remove it. */
export const mediaDeleters: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')
