import type { CollectionConfig, Field } from 'payload'

import { adminOnlyField } from '../../src/access/adminOnly'
import { evaluatorOrAdminField } from '../../src/access/evaluatorOrAdmin'
import { ownOrganizationOrApproved } from '../../src/access/ownOrganizationOrApproved'
import { planAuthors } from '../../src/access/planAuthors'
import { planContentEditable } from '../../src/access/planContentEditable'
import { evaluatorOrOwnCoordinator } from '../../src/access/evaluatorOrOwnCoordinator'
import { planDeleters } from '../../src/access/planDeleters'
import { FUNDING_SOURCE_LABELS } from '../../src/domain/budget'
import { INDICATORS, isIndicatorKey, targetValueError } from '../../src/domain/indicators'
import { defaultPlanYear } from '../../src/domain/period'
import { PLAN_STATUS_LABELS } from '../../src/domain/planWorkflow'
import {
  dateInDocumentPeriod,
  notBeforeStart,
  yearInTerm,
} from '../../src/fields/validators'
import { stamp } from '../../src/fields/stamp'
import { withUpdateAccess } from '../../src/fields/withUpdateAccess'
import { workflowStatus } from '../../src/fields/workflowStatus'
import { assignOwnOrganization } from '../../src/hooks/assignOwnOrganization'
import { requireOrganization } from '../../src/hooks/requireOrganization'
import { GROUPS, label, optionsFrom } from '../../src/lib/labels'
import { enforcePlanWorkflow } from './hooks/enforcePlanWorkflow'
import { moneyField } from '../../src/fields/money'

/** Content fields: editable by the owning organization while the plan is a draft or returned. */
const contentFields: Field[] = withUpdateAccess([
  {
    type: 'row',
    fields: [
      {
        name: 'periodKind',
        type: 'select',
        required: true,
        defaultValue: 'year',
        label: label('Loại kế hoạch', 'Plan type'),
        options: [
          { value: 'year', label: label('Kế hoạch hằng năm', 'Annual plan') },
          { value: 'term', label: label('Kế hoạch giai đoạn 2026–2030', '2026–2030 plan') },
        ],
      },
      {
        name: 'year',
        type: 'number',
        defaultValue: () => defaultPlanYear(),
        label: label('Năm', 'Year'),
        validate: (value: number | null | undefined, { siblingData }: { siblingData: Record<string, unknown> }) =>
          siblingData.periodKind === 'term' ? true : value == null ? 'Cần chọn năm của kế hoạch.' : yearInTerm(value),
        admin: { condition: (_, sibling) => sibling?.periodKind !== 'term' },
        // A 2026–2030 plan has no single year.
        hooks: { beforeChange: [({ siblingData, value }) => (siblingData.periodKind === 'term' ? null : value)] },
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'startDate',
        type: 'date',
        label: label('Ngày bắt đầu', 'Start date'),
        validate: (value: string | Date | null | undefined, { data }: { data: Record<string, unknown> }) =>
          dateInDocumentPeriod(value, data),
        admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
      },
      {
        name: 'endDate',
        type: 'date',
        label: label('Ngày kết thúc', 'End date'),
        validate: (value: string | Date | null | undefined, { data }: { data: Record<string, unknown> }) => {
          const order = notBeforeStart(value, data.startDate as string | undefined)
          return order === true ? dateInDocumentPeriod(value, data) : order
        },
        admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
      },
    ],
  },
  {
    name: 'objectives',
    type: 'richText',
    label: label('Mục đích, mục tiêu', 'Objectives'),
  },
  {
    name: 'keyAudienceGroups',
    type: 'relationship',
    relationTo: 'audience-groups',
    hasMany: true,
    label: label('Đối tượng trọng tâm', 'Key audience groups'),
  },
  {
    name: 'priorityLocalities',
    type: 'relationship',
    relationTo: 'localities',
    hasMany: true,
    label: label('Địa bàn trọng điểm', 'Priority localities'),
  },
  {
    type: 'row',
    fields: [
      { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true, label: label('Nội dung tuyên truyền', 'Topics') },
      { name: 'channels', type: 'relationship', relationTo: 'channels', hasMany: true, label: label('Hình thức', 'Channels') },
    ],
  },
  {
    name: 'milestones',
    type: 'array',
    label: label('Tiến độ thực hiện', 'Timeline'),
    labels: { singular: label('Mốc', 'Milestone'), plural: label('Các mốc', 'Milestones') },
    fields: [
      { name: 'title', type: 'text', required: true, label: label('Nội dung công việc', 'Task') },
      {
        name: 'dueDate',
        type: 'date',
        required: true,
        label: label('Thời hạn', 'Due'),
        validate: (value: string | Date | null | undefined, { data }: { data: Record<string, unknown> }) =>
          value ? dateInDocumentPeriod(value, data) : 'Cần nhập thời hạn.',
        admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
      },
      { name: 'done', type: 'checkbox', defaultValue: false, label: label('Đã xong', 'Done') },
    ],
  },
  {
    name: 'expectedResults',
    type: 'array',
    label: label('Kết quả cần đạt (gắn với chỉ tiêu)', 'Expected results (tied to targets)'),
    labels: { singular: label('Kết quả', 'Result'), plural: label('Kết quả', 'Results') },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'indicator',
            type: 'select',
            required: true,
            label: label('Chỉ tiêu', 'Indicator'),
            options: Object.values(INDICATORS).map((i) => ({ value: i.key, label: i.label })),
          },
          {
            name: 'value',
            type: 'number',
            required: true,
            label: label('Mức phấn đấu', 'Target value'),
            validate: (value: number | null | undefined, { siblingData }: { siblingData: Record<string, unknown> }) => {
              if (value == null) return 'Cần nhập mức phấn đấu.'
              return isIndicatorKey(siblingData.indicator) ? (targetValueError(siblingData.indicator, value) ?? true) : true
            },
          },
        ],
      },
      { name: 'description', type: 'text', label: label('Diễn giải', 'Description') },
    ],
  },
  {
    name: 'budget',
    type: 'array',
    label: label('Dự toán kinh phí', 'Budget estimate'),
    labels: { singular: label('Khoản', 'Line'), plural: label('Các khoản', 'Lines') },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'source', type: 'select', required: true, label: label('Nguồn kinh phí', 'Funding source'), options: optionsFrom(FUNDING_SOURCE_LABELS) },
          moneyField({ name: 'amount', required: true, label: label('Số tiền (đồng)', 'Amount (VND)') }),
        ],
      },
      { name: 'note', type: 'text', label: label('Ghi chú', 'Note') },
    ],
  },
], planContentEditable)

/** The city's 2026–2030 plan and each organization's annual outreach plan (task V.1). */
export const Plans: CollectionConfig = {
  slug: 'plans',
  labels: { singular: label('Kế hoạch', 'Plan'), plural: label('Kế hoạch tuyên truyền', 'Outreach plans') },
  admin: {
    group: GROUPS.planning,
    useAsTitle: 'title',
    defaultColumns: ['title', 'organization', 'periodKind', 'year', 'status', 'updatedAt'],
    listSearchableFields: ['title'],
  },
  access: {
    read: ownOrganizationOrApproved(),
    readVersions: ownOrganizationOrApproved('version.'),
    create: planAuthors,
    update: evaluatorOrOwnCoordinator,
    delete: planDeleters,
  },
  versions: { maxPerDoc: 50 },
  hooks: {
    beforeValidate: [assignOwnOrganization],
    beforeChange: [requireOrganization, enforcePlanWorkflow],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      label: label('Tên kế hoạch', 'Title'),
      access: { update: planContentEditable },
    },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: 'organizations',
      index: true,
      label: label('Đơn vị chủ trì', 'Owner organization'),
      access: { create: adminOnlyField, update: adminOnlyField },
      admin: {
        position: 'sidebar',
        description: label('Tự động là đơn vị của người lập.', 'Set to the author’s organization.'),
      },
    },
    workflowStatus(PLAN_STATUS_LABELS, {
      vi: 'Dự thảo → Gửi duyệt → Sở Nội vụ phê duyệt hoặc trả lại (kèm lý do).',
      en: 'Draft → Submitted → approved or returned (with a reason) by the Department of Home Affairs.',
    }),
    {
      name: 'returnReason',
      type: 'textarea',
      label: label('Lý do trả lại', 'Reason for return'),
      access: { create: evaluatorOrAdminField, update: evaluatorOrAdminField },
      admin: {
        position: 'sidebar',
        // Written by Sở Nội vụ when returning a plan; shown while it matters.
        condition: (data) => data?.status === 'submitted' || data?.status === 'returned' || Boolean(data?.returnReason),
      },
    },
    stamp('submittedBy', 'Người gửi duyệt', 'Submitted by', 'user'),
    stamp('submittedAt', 'Ngày gửi duyệt', 'Submitted at', 'date'),
    stamp('decidedBy', 'Người phê duyệt/trả lại', 'Decided by', 'user'),
    stamp('decidedAt', 'Ngày phê duyệt/trả lại', 'Decided at', 'date'),
    ...contentFields,
  ],
  timestamps: true,
}
