import type { CollectionConfig } from 'payload'

import { authenticated } from '../src/access/authenticated'
import { evaluatorOrAdmin, evaluatorOrAdminField } from '../src/access/evaluatorOrAdmin'
import { evaluatorOrOwnCoordinator } from '../src/access/evaluatorOrOwnCoordinator'
import { ASSIGNMENT_STATUS_LABELS, RECURRENCE_LABELS } from '../src/domain/assignments'
import { notBeforeStart, yearInTerm } from '../src/fields/validators'
import { withUpdateAccess } from '../src/fields/withUpdateAccess'
import { requireOrganization } from '../src/hooks/requireOrganization'
import { GROUPS, label, optionsFrom } from '../src/lib/labels'

const dayOnly = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' } }

const dateInTerm = (value: string | Date | null | undefined) =>
  value ? yearInTerm(new Date(value).getUTCFullYear()) : true

/**
 * The responsibility matrix of plan section VI: each organization's duties, with status and due
 * dates. Sở Nội vụ assigns; the organization reports progress on its own duties.
 */
export const Assignments: CollectionConfig = {
  slug: 'assignments',
  labels: { singular: label('Nhiệm vụ', 'Assignment'), plural: label('Phân công nhiệm vụ', 'Assignments') },
  admin: {
    group: GROUPS.planning,
    useAsTitle: 'title',
    defaultColumns: ['title', 'organization', 'recurrence', 'dueDate', 'status'],
    listSearchableFields: ['title', 'description'],
    description: label(
      'Ai làm gì theo mục VI Kế hoạch 2026–2030; đơn vị cập nhật tiến độ nhiệm vụ của mình.',
      'Who does what under section VI; each organization updates its own duties.',
    ),
  },
  access: {
    read: authenticated,
    create: evaluatorOrAdmin,
    update: evaluatorOrOwnCoordinator,
    delete: evaluatorOrAdmin,
  },
  hooks: { beforeChange: [requireOrganization] },
  fields: [
    ...withUpdateAccess(
      [
        { name: 'title', type: 'text', required: true, label: label('Nhiệm vụ', 'Duty') },
        {
          name: 'organization',
          type: 'relationship',
          relationTo: 'organizations',
          index: true,
          label: label('Đơn vị thực hiện', 'Responsible organization'),
        },
        {
          name: 'partners',
          type: 'relationship',
          relationTo: 'organizations',
          hasMany: true,
          label: label('Đơn vị phối hợp', 'Partner organizations'),
        },
        { name: 'plan', type: 'relationship', relationTo: 'plans', label: label('Theo kế hoạch', 'Plan') },
        {
          name: 'section',
          type: 'text',
          label: label('Mục trong kế hoạch', 'Plan section'),
          admin: { description: label('Ví dụ: VI.4', 'e.g. VI.4') },
        },
        { name: 'description', type: 'textarea', label: label('Nội dung', 'Details') },
        {
          type: 'row',
          fields: [
            {
              name: 'recurrence',
              type: 'select',
              defaultValue: 'continuous',
              label: label('Tần suất', 'Recurrence'),
              options: optionsFrom(RECURRENCE_LABELS),
            },
            { name: 'startDate', type: 'date', label: label('Bắt đầu', 'Start'), validate: dateInTerm, admin: dayOnly },
            {
              name: 'dueDate',
              type: 'date',
              label: label('Thời hạn', 'Due'),
              index: true,
              validate: (value: string | Date | null | undefined, { siblingData }: { siblingData: Record<string, unknown> }) => {
                const order = notBeforeStart(value, siblingData.startDate as string | undefined)
                return order === true ? dateInTerm(value) : order
              },
              admin: dayOnly,
            },
          ],
        },
      ],
      evaluatorOrAdminField,
    ),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'not_started',
      index: true,
      label: label('Tình trạng', 'Status'),
      options: optionsFrom(ASSIGNMENT_STATUS_LABELS),
      admin: { position: 'sidebar' },
    },
    {
      name: 'progressNote',
      type: 'textarea',
      label: label('Tiến độ, khó khăn', 'Progress and difficulties'),
      admin: { position: 'sidebar' },
    },
  ],
  timestamps: true,
}
