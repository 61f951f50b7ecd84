import type { CollectionConfig } from 'payload'

import { adminOnly } from '../src/access/adminOnly'
import { API_SCOPE_LABELS } from '../src/domain/apiScopes'
import { GROUPS, label, optionsFrom } from '../src/lib/labels'

/**
 * Integrations: other systems (BHXH thành phố's data warehouse, the city's reporting portal) that
 * call Loa's REST or GraphQL API with a key — header `Authorization: api-clients API-Key <key>`.
 * No password and no admin panel: a key opens only the scopes ticked here, and unticking
 * "Enable API Key" revokes it at once. Admins alone see and manage them.
 */
export const ApiClients: CollectionConfig = {
  slug: 'api-clients',
  labels: { singular: label('Ứng dụng tích hợp', 'Integration'), plural: label('Ứng dụng tích hợp', 'Integrations') },
  auth: { useAPIKey: true, disableLocalStrategy: true },
  admin: {
    group: GROUPS.people,
    useAsTitle: 'name',
    defaultColumns: ['name', 'organization', 'scopes'],
    description: label(
      'Hệ thống khác gọi API của Loa bằng khóa: chỉ được làm đúng các quyền đã chọn. Bỏ chọn "Enable API Key" để thu hồi khóa.',
      'Other systems calling Loa’s API with a key: they may do only what their scopes allow. Untick "Enable API Key" to revoke the key.',
    ),
  },
  access: {
    // A key never opens the admin panel.
    admin: () => false,
    read: adminOnly,
    create: adminOnly,
    update: adminOnly,
    delete: adminOnly,
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, label: label('Tên hệ thống', 'System name') },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: 'organizations',
      label: label('Đơn vị chịu trách nhiệm', 'Responsible organization'),
    },
    {
      name: 'scopes',
      type: 'select',
      hasMany: true,
      required: true,
      label: label('Quyền', 'Scopes'),
      options: optionsFrom(API_SCOPE_LABELS),
    },
    { name: 'note', type: 'textarea', maxLength: 1000, label: label('Ghi chú (người liên hệ, mục đích)', 'Note (contact, purpose)') },
  ],
  timestamps: true,
}
