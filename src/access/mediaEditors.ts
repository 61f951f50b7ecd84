import type { Access } from 'payload'

import { hasRole } from './user'

/** Who uploads and edits media files: communications staff (editors, reviewers) and admins. */
export const mediaEditors: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'reviewer')
