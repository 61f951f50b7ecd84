import type { CollectionConfig } from 'payload'

import { adminOnly, adminOnlyField } from '../../src/access/adminOnly'
import { adminOrSelf, evaluatorAdminOrSelf } from '../../src/access/self'
import { ROLE_LABELS } from '../../src/domain/roles'
import { GROUPS, label, optionsFrom } from '../../src/lib/labels'
import { limitLoginAttempts } from './hooks/limitLoginAttempts'
import { firstAccountFromCommandLine } from './hooks/firstAccountFromCommandLine'
import { notifyCredentialChanges, notifyPasswordReset } from './hooks/notifyCredentialChanges'
import { enforcePasswordPolicy, enforcePasswordPolicyOnReset } from './hooks/passwordPolicy'
import { requireCurrentPassword } from './hooks/requireCurrentPassword'
import { requireOrganizationUnlessAdmin } from './hooks/requireOrganizationUnlessAdmin'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('Người dùng', 'User'), plural: label('Người dùng', 'Users') },
  auth: {
    // Login lockout: five wrong passwords lock the account for 15 minutes.
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    // Over HTTPS the session cookie is never sent in the clear (Lax: links in emails still open a session).
    cookies: { secure: (process.env.SERVER_URL ?? '').startsWith('https://'), sameSite: 'Lax' },
  },
  admin: {
    group: GROUPS.people,
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'organization'],
    listSearchableFields: ['name', 'email'],
  },
  access: {
    admin: ({ req }) => Boolean(req.user),
    create: adminOnly,
    read: evaluatorAdminOrSelf,
    update: adminOrSelf,
    delete: adminOnly,
    // Payload lets any signed-in user lift a lockout; only an admin may, or the lockout is no lock.
    unlock: adminOnly,
  },
  hooks: {
    beforeOperation: [limitLoginAttempts, enforcePasswordPolicyOnReset],
    beforeValidate: [firstAccountFromCommandLine],
    beforeChange: [requireOrganizationUnlessAdmin, enforcePasswordPolicy, requireCurrentPassword],
    afterChange: [notifyCredentialChanges],
    afterOperation: [notifyPasswordReset],
  },
  fields: [
    {
      // Asked for, checked and dropped by requireCurrentPassword; never stored or returned.
      name: 'currentPassword',
      type: 'text',
      virtual: true,
      label: label('Mật khẩu hiện tại', 'Current password'),
      admin: {
        // On one's own account page only: an admin editing someone else's account needs none.
        condition: (data, _siblingData, { user }) => Boolean(user && data?.id !== undefined && String(data.id) === String(user.id)),
        components: { Field: '/src/components/admin/CurrentPasswordField#CurrentPasswordField' },
        description: label(
          'Chỉ cần khi đổi mật khẩu hoặc email đăng nhập của chính mình.',
          'Needed only to change your own password or sign-in email.',
        ),
      },
    },
    { name: 'name', type: 'text', required: true, label: label('Họ và tên', 'Full name') },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'coordinator',
      index: true,
      label: label('Vai trò', 'Role'),
      options: optionsFrom(ROLE_LABELS),
      access: { create: adminOnlyField, update: adminOnlyField },
      admin: {
        description: label(
          'Mỗi người một vai trò. Chỉ quản trị viên được đổi vai trò.',
          'One role per person. Only administrators change roles.',
        ),
      },
    },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: 'organizations',
      index: true,
      label: label('Đơn vị', 'Organization'),
      access: { create: adminOnlyField, update: adminOnlyField },
      admin: {
        description: label(
          'Đơn vị người dùng làm việc cho; bắt buộc trừ quản trị viên.',
          'The organization this person works for; required except for administrators.',
        ),
      },
    },
    { name: 'phone', type: 'text', label: label('Điện thoại', 'Phone') },
    { name: 'position', type: 'text', label: label('Chức vụ', 'Position') },
  ],
  timestamps: true,
}
