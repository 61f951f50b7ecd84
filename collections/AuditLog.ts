import type { CollectionConfig } from 'payload'

import { evaluatorOrAdmin } from '../src/access/evaluatorOrAdmin'
import { nobody } from '../src/access/nobody'
import { GROUPS, label } from '../src/lib/labels'

/**
 * Who changed what and when, on plans, content, events, feedback, participation figures and
 * reports (src/hooks/auditTrail.ts). Append-only: written by the server in the same transaction
 * as the change it records; read by admins and Sở Nội vụ; nobody edits or deletes an entry.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: label('Nhật ký thay đổi', 'Audit entry'), plural: label('Nhật ký thay đổi', 'Audit trail') },
  admin: {
    group: GROUPS.evaluation,
    useAsTitle: 'summary',
    defaultColumns: ['createdAt', 'action', 'targetCollection', 'summary', 'userEmail'],
    description: label('Ghi tự động, không sửa, không xóa được.', 'Written automatically; cannot be edited or deleted.'),
  },
  access: { read: evaluatorOrAdmin, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-createdAt',
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'action',
          type: 'select',
          required: true,
          index: true,
          label: label('Thao tác', 'Action'),
          options: [
            { value: 'create', label: label('Tạo mới', 'Created') },
            { value: 'update', label: label('Sửa', 'Updated') },
            { value: 'delete', label: label('Xóa', 'Deleted') },
          ],
        },
        { name: 'targetCollection', type: 'text', required: true, index: true, label: label('Loại dữ liệu', 'Collection') },
        { name: 'documentId', type: 'text', required: true, index: true, label: label('Mã bản ghi', 'Document id') },
      ],
    },
    { name: 'summary', type: 'text', label: label('Nội dung', 'Summary') },
    {
      type: 'row',
      fields: [
        { name: 'user', type: 'relationship', relationTo: 'users', label: label('Người thực hiện', 'By') },
        { name: 'userEmail', type: 'text', label: label('Email người thực hiện', 'By (email)') },
        { name: 'role', type: 'text', label: label('Vai trò', 'Role') },
      ],
    },
    {
      name: 'changes',
      type: 'json',
      label: label('Trường thay đổi (trước → sau)', 'Fields changed (before → after)'),
      admin: { components: { Field: '/src/components/admin/JsonPreview#JsonPreview' } },
    },
  ],
  timestamps: true,
}
