import type { Access, FieldAccess } from 'payload'

import { asLoaUser } from './user'

/** Any logged-in person. Anonymous visitors read nothing that is not published. */
export const authenticated: Access = ({ req }) => asLoaUser(req.user) !== null

/** For fields the public must not see on published documents (who wrote it, review notes). */
export const authenticatedField: FieldAccess = ({ req }) => asLoaUser(req.user) !== null
