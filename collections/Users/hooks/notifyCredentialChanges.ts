import type { CollectionAfterChangeHook, CollectionAfterOperationHook, PayloadRequest } from 'payload'

import { SEND_ACCOUNT_NOTICE_TASK, type AccountNoticeInput } from '../../../src/jobs/sendAccountNotice'
import { credentialChanges, isOwnAccount } from './requireCurrentPassword'

const queueNotice = (req: PayloadRequest, input: AccountNoticeInput) =>
  req.payload.jobs.queue({ task: SEND_ACCOUNT_NOTICE_TASK, input, req })

/**
 * After a password or sign-in email change is saved, queues the email telling the account (in the
 * same transaction: a change that fails sends nothing). An email change is told to the old
 * address, where the owner still reads it if it was not them.
 */
export const notifyCredentialChanges: CollectionAfterChangeHook = async ({ context, doc, operation, req }) => {
  if (operation !== 'update') return doc
  const change = credentialChanges(context)[String(doc.id)]
  if (!change) return doc
  delete credentialChanges(context)[String(doc.id)]
  const byAdmin = Boolean(req.user) && !isOwnAccount(req, doc.id)
  const owner = change.email?.from || doc.email
  if (change.email) await queueNotice(req, { to: change.email.from, kind: 'email', name: doc.name, newEmail: change.email.to, byAdmin })
  if (change.password) await queueNotice(req, { to: owner, kind: 'password', name: doc.name, byAdmin })
  return doc
}

/** The "forgot password" link's reset, which Payload saves without the change hooks, is told too. */
export const notifyPasswordReset: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  if (operation !== 'resetPassword') return result
  const user = (result as { user?: { email?: string; name?: string } }).user
  if (user?.email) await queueNotice(req, { to: user.email, kind: 'passwordReset', name: user.name ?? user.email, byAdmin: false })
  return result
}
