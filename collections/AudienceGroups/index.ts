import type { CollectionConfig } from 'payload'

import { referenceDataAccess } from '../../src/access/referenceData'
import { GROUPS, label } from '../../src/lib/labels'
import { keepSubGroupsOneLevelDeep } from './hooks/keepSubGroupsOneLevelDeep'

/** The six audience groups of plan section III, and priority sub-groups under them. */
export const AudienceGroups: CollectionConfig = {
  slug: 'audience-groups',
  labels: {
    singular: label('Nhóm đối tượng', 'Audience group'),
    plural: label('Nhóm đối tượng tuyên truyền', 'Audience groups'),
  },
  admin: {
    group: GROUPS.catalogue,
    useAsTitle: 'shortName',
    defaultColumns: ['code', 'shortName', 'parent', 'priority'],
    listSearchableFields: ['name', 'shortName'],
  },
  access: referenceDataAccess,
  defaultSort: 'code',
  hooks: { beforeChange: [keepSubGroupsOneLevelDeep] },
  fields: [
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      label: label('Mã', 'Code'),
      admin: { description: label('1–6 cho các nhóm của mục III; ví dụ 4.2 cho nhóm con.', '1–6 for the plan’s groups; e.g. 4.2 for a sub-group.') },
    },
    { name: 'shortName', type: 'text', required: true, label: label('Tên ngắn', 'Short name') },
    {
      name: 'name',
      type: 'textarea',
      required: true,
      label: label('Tên đầy đủ (theo Kế hoạch)', 'Full wording (as in the plan)'),
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'audience-groups',
      index: true,
      label: label('Thuộc nhóm', 'Sub-group of'),
      filterOptions: { parent: { exists: false } },
    },
    {
      name: 'priority',
      type: 'checkbox',
      defaultValue: false,
      label: label('Nhóm ưu tiên', 'Priority sub-group'),
    },
    { name: 'description', type: 'textarea', label: label('Đặc điểm, nhu cầu thông tin', 'Profile and information needs') },
  ],
  timestamps: true,
}
