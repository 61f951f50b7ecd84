import type { Access } from 'payload'

import { asLoaUser } from './user'

/** Any logged-in person. Anonymous visitors read nothing that is not published. */
export const authenticated: Access = ({ req }) => asLoaUser(req.user) !== null
