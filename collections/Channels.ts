import type { CollectionConfig } from 'payload'

import { referenceDataAccess } from '../src/access/referenceData'
import { CHANNEL_KIND_LABELS } from '../src/domain/catalogue'
import { GROUPS, label, optionsFrom } from '../src/lib/labels'

/** The forms and channels of plan section IV.2. */
export const Channels: CollectionConfig = {
  slug: 'channels',
  labels: { singular: label('Kênh, hình thức', 'Channel'), plural: label('Kênh, hình thức tuyên truyền', 'Channels') },
  admin: {
    group: GROUPS.catalogue,
    useAsTitle: 'name',
    defaultColumns: ['code', 'name', 'kind'],
    listSearchableFields: ['name', 'code'],
  },
  access: referenceDataAccess,
  defaultSort: 'code',
  fields: [
    { name: 'code', type: 'text', required: true, unique: true, label: label('Mã', 'Code') },
    { name: 'name', type: 'text', required: true, label: label('Tên kênh, hình thức', 'Name') },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      label: label('Nhóm hình thức', 'Kind'),
      options: optionsFrom(CHANNEL_KIND_LABELS),
    },
    { name: 'description', type: 'textarea', label: label('Mô tả', 'Description') },
  ],
  timestamps: true,
}
