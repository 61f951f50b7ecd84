import type { CollectionConfig } from 'payload'

import { adminOnlyField } from '../src/access/adminOnly'
import { authenticated } from '../src/access/authenticated'
import { coordinatorsCreate, ownOrganizationCoordinators } from '../src/access/ownOrganizationCoordinators'
import { CAMPAIGN_STATUS_LABELS } from '../src/domain/campaigns'
import { nonNegativeInteger, notBeforeStart } from '../src/fields/validators'
import { assignOwnOrganization } from '../src/hooks/assignOwnOrganization'
import { requireOrganization } from '../src/hooks/requireOrganization'
import { GROUPS, label, optionsFrom } from '../src/lib/labels'
import { dayOnly } from '../src/fields/datePickers'
import { linkOnlyTo } from '../src/hooks/keepRelationsUsable'
import { moneyField } from '../src/fields/money'

const count = (name: string, vi: string, en: string) =>
  ({ name, type: 'number', min: 0, label: label(vi, en), validate: nonNegativeInteger }) as const

/**
 * A named push inside a plan (a voluntary-BHXH month, the 2024 law at industrial parks): who
 * leads it, when, for whom, with which messages and materials, and what it aims to achieve.
 */
export const Campaigns: CollectionConfig = {
  slug: 'campaigns',
  labels: { singular: label('Chiến dịch', 'Campaign'), plural: label('Chiến dịch truyền thông', 'Campaigns') },
  admin: {
    group: GROUPS.outreach,
    useAsTitle: 'name',
    defaultColumns: ['name', 'organization', 'startDate', 'endDate', 'status'],
    listSearchableFields: ['name'],
  },
  access: {
    read: authenticated,
    create: coordinatorsCreate,
    update: ownOrganizationCoordinators,
    delete: ownOrganizationCoordinators,
  },
  hooks: { beforeValidate: [assignOwnOrganization], beforeChange: [requireOrganization] },
  defaultSort: '-startDate',
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200, label: label('Tên chiến dịch', 'Name') },
    {
      name: 'plan',
      type: 'relationship',
      relationTo: 'plans',
      label: label('Thuộc kế hoạch', 'Plan'),
      // A campaign sits in a plan its author may change: their own organization's (evaluators, admins: any).
      ...linkOnlyTo('update', 'Chỉ gắn chiến dịch vào kế hoạch của đơn vị mình.'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'organization',
          type: 'relationship',
          relationTo: 'organizations',
          index: true,
          label: label('Đơn vị chủ trì', 'Lead organization'),
          access: { update: adminOnlyField },
        },
        { name: 'partners', type: 'relationship', relationTo: 'organizations', hasMany: true, label: label('Đơn vị phối hợp', 'Partners') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'startDate', type: 'date', required: true, label: label('Từ ngày', 'From'), admin: dayOnly },
        {
          name: 'endDate',
          type: 'date',
          required: true,
          label: label('Đến ngày', 'To'),
          validate: (value: string | Date | null | undefined, { siblingData }: { siblingData: Record<string, unknown> }) =>
            notBeforeStart(value, siblingData.startDate as string | undefined),
          admin: dayOnly,
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'planned',
          index: true,
          label: label('Trạng thái', 'Status'),
          options: optionsFrom(CAMPAIGN_STATUS_LABELS),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'audienceGroups', type: 'relationship', relationTo: 'audience-groups', hasMany: true, label: label('Nhóm đối tượng', 'Audience groups') },
        { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true, label: label('Chủ đề', 'Topics') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'channels', type: 'relationship', relationTo: 'channels', hasMany: true, label: label('Hình thức', 'Channels') },
        { name: 'localities', type: 'relationship', relationTo: 'localities', hasMany: true, label: label('Địa bàn', 'Localities') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'messages', type: 'relationship', relationTo: 'messages', hasMany: true, label: label('Thông điệp sử dụng', 'Messages to use') },
        { name: 'materials', type: 'relationship', relationTo: 'materials', hasMany: true, label: label('Tài liệu sử dụng', 'Materials to use') },
      ],
    },
    {
      name: 'goals',
      type: 'group',
      label: label('Mục tiêu của chiến dịch', 'Targets'),
      fields: [
        {
          type: 'row',
          fields: [
            count('events', 'Số sự kiện', 'Events held'),
            count('reach', 'Số người được tiếp cận', 'People reached'),
            count('voluntaryBhxh', 'Người tham gia BHXH tự nguyện mới', 'New voluntary BHXH'),
            count('householdBhyt', 'Người tham gia BHYT hộ gia đình mới', 'New household BHYT'),
          ],
        },
      ],
    },
    moneyField({ name: 'budgetEstimate', label: label('Dự toán kinh phí (đồng)', 'Budget estimate (VND)') }),
  ],
  timestamps: true,
}
