import type { Access } from 'payload'

import { asLoaUser, hasScope } from './user'

/** Every logged-in person reads events (they are planned together); integrations with read_events too. */
export const eventReaders: Access = ({ req }) => asLoaUser(req.user) !== null || hasScope(req.user, 'read_events')
