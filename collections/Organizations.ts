import type { CollectionConfig } from 'payload'

import { referenceDataAccess } from '../src/access/referenceData'
import { ORGANIZATION_KIND_LABELS } from '../src/domain/organizations'
import { uniqueNameFields } from '../src/fields/uniqueName'
import { GROUPS, label, optionsFrom } from '../src/lib/labels'

/** Every body named in section VI of the 2026–2030 plan, plus one People's Committee per commune. */
export const Organizations: CollectionConfig = {
  slug: 'organizations',
  labels: { singular: label('Đơn vị', 'Organization'), plural: label('Đơn vị', 'Organizations') },
  admin: {
    group: GROUPS.people,
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'locality', 'email'],
    listSearchableFields: ['name', 'shortName'],
    description: label(
      'Các cơ quan, đơn vị, địa phương có trách nhiệm theo mục VI Kế hoạch 2026–2030.',
      'Bodies responsible under section VI of the 2026–2030 plan.',
    ),
  },
  access: referenceDataAccess,
  fields: [
    ...uniqueNameFields('organizations', label('Tên đơn vị', 'Name'), 'Đã có đơn vị với tên này.'),
    { name: 'shortName', type: 'text', label: label('Tên viết tắt', 'Short name') },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      label: label('Loại đơn vị', 'Kind'),
      options: optionsFrom(ORGANIZATION_KIND_LABELS),
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'organizations',
      label: label('Đơn vị cấp trên', 'Parent organization'),
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    {
      name: 'locality',
      type: 'relationship',
      relationTo: 'localities',
      index: true,
      label: label('Xã/phường/đặc khu phụ trách', 'Commune covered'),
      admin: {
        description: label(
          'Với UBND xã, phường, đặc khu: địa bàn của mình.',
          'For a commune People’s Committee: its own commune.',
        ),
      },
    },
    { name: 'email', type: 'email', label: label('Email liên hệ', 'Contact email') },
    { name: 'phone', type: 'text', label: label('Điện thoại', 'Phone') },
    { name: 'responsibilities', type: 'textarea', label: label('Nhiệm vụ theo Kế hoạch', 'Duties under the plan') },
  ],
  timestamps: true,
}
