import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'

import { passwordProblem } from '../../../src/domain/accounts'
import { fieldError } from '../../../src/lib/fieldError'

/**
 * Every new password meets the policy (src/domain/accounts.ts): accounts made by an admin, the
 * first account of a new installation (Payload's registerFirstUser creates through the same
 * path), and a password changed on the account page or through the API.
 */
export const enforcePasswordPolicy: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (typeof data.password === 'string' && data.password.length > 0) {
    const problem = passwordProblem(data.password, { email: data.email ?? originalDoc?.email })
    if (problem) fieldError(req, 'users', 'password', problem)
  }
  return data
}

/** The "forgot password" link's new password too: Payload's reset writes it without the change hooks. */
export const enforcePasswordPolicyOnReset: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'resetPassword') return args
  const password = (args as { data?: { password?: unknown } }).data?.password
  if (typeof password === 'string') {
    const problem = passwordProblem(password)
    if (problem) fieldError(req, 'users', 'password', problem)
  }
  return args
}
