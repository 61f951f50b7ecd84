import { incrementLoginAttempts, type CollectionBeforeChangeHook, type PayloadRequest, type RequestContext } from 'payload'

import { asLoaUser } from '../../../src/access/user'
import { credentialChange, type CredentialChange } from '../../../src/domain/accounts'
import { fieldError } from '../../../src/lib/fieldError'
import { passwordMatches } from '../../../src/lib/passwordCheck'

/** True when the signed-in person is changing their own account. */
export function isOwnAccount(req: PayloadRequest, id: number | string): boolean {
  const user = asLoaUser(req.user)
  return Boolean(user) && String(user!.id) === String(id)
}

/** The credential changes of this request, by account id, for notifyCredentialChanges. */
export function credentialChanges(context: RequestContext): Record<string, CredentialChange> {
  return ((context as { credentialChanges?: Record<string, CredentialChange> }).credentialChanges ??= {})
}

/**
 * Changing one's own password or sign-in email needs the current password (the `currentPassword`
 * field, never stored): a session left open on a shared office computer must not be enough to
 * take the account over. It is checked the way Payload's sign-in checks it, and a wrong one counts
 * towards the account lockout like a wrong sign-in (five lock the account for 15 minutes).
 *
 * An administrator changing someone else's account does not know their password and needs none;
 * nor does the system (seed, scripts: no signed-in user). The account is told either way.
 */
export const requireCurrentPassword: CollectionBeforeChangeHook = async ({ collection, context, data, operation, originalDoc, req }) => {
  const supplied = data.currentPassword
  delete data.currentPassword
  if (operation !== 'update' || !originalDoc) return data
  const change = credentialChange(data, originalDoc)
  if (!change.password && !change.email) return data
  if (isOwnAccount(req, originalDoc.id)) {
    if (originalDoc.lockUntil && new Date(originalDoc.lockUntil).getTime() > Date.now()) {
      fieldError(req, 'users', 'currentPassword', 'Tài khoản đang tạm khóa vì nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau. (The account is locked for now.)')
    }
    if (typeof supplied !== 'string' || !supplied) {
      fieldError(req, 'users', 'currentPassword', 'Nhập mật khẩu hiện tại để đổi mật khẩu hoặc email. (Enter your current password to change your password or email.)')
    }
    if (!(await passwordMatches(supplied, originalDoc))) {
      // Counted outside this write's transaction, which the refusal rolls back, and not awaited:
      // on SQLite the transaction holds the database's write lock until it ends.
      void incrementLoginAttempts({ collection, payload: req.payload, user: originalDoc }).catch((err: unknown) =>
        req.payload.logger.error({ err, msg: 'Could not count a wrong current password towards the lockout' }),
      )
      fieldError(req, 'users', 'currentPassword', 'Mật khẩu hiện tại không đúng. (The current password is wrong.)')
    }
  }
  credentialChanges(context)[String(originalDoc.id)] = change
  return data
}
