import type { Access } from 'payload'

import { isApiClient } from './user'

/**
 * An access rule that never lets an integration's key through, whatever the rule under it says.
 * For Payload's own collections (preferences, document locks, jobs, migrations), whose rules let
 * any logged-in caller in: a key reaches only what its scopes name.
 */
export const withoutApiClients =
  (rule?: Access): Access =>
  (args) => {
    if (isApiClient(args.req.user)) return false
    return rule ? rule(args) : Boolean(args.req.user)
  }
