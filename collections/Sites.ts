import type { CollectionConfig } from 'payload'

import { referenceDataAccess } from '../src/access/referenceData'
import { COMMUNE_BASIS_LABELS, SITE_KIND_LABELS, SITE_STATUS_LABELS } from '../src/domain/places'
import { GROUPS, label, optionsFrom } from '../src/lib/labels'

/** Places where outreach happens: industrial parks, worker boarding areas, markets, schools… */
export const Sites: CollectionConfig = {
  slug: 'sites',
  labels: { singular: label('Địa điểm', 'Site'), plural: label('Địa điểm tuyên truyền', 'Sites') },
  admin: {
    group: GROUPS.places,
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'localities', 'status'],
    listSearchableFields: ['name', 'oldLocation'],
  },
  access: referenceDataAccess,
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', required: true, label: label('Tên địa điểm', 'Name') },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      label: label('Loại địa điểm', 'Kind'),
      options: optionsFrom(SITE_KIND_LABELS),
    },
    {
      name: 'localities',
      type: 'relationship',
      relationTo: 'localities',
      hasMany: true,
      index: true,
      label: label('Xã, phường, đặc khu', 'Communes'),
      admin: { description: label('Địa bàn mới (sau 01/7/2025) nơi có địa điểm.', 'The new communes it lies in.') },
    },
    {
      name: 'localityBasis',
      type: 'select',
      label: label('Căn cứ xác định địa bàn', 'How the commune is known'),
      options: optionsFrom(COMMUNE_BASIS_LABELS),
    },
    { name: 'status', type: 'select', label: label('Tình trạng', 'Status'), options: optionsFrom(SITE_STATUS_LABELS) },
    { name: 'area', type: 'text', label: label('Diện tích (ha)', 'Area (ha)') },
    { name: 'oldLocation', type: 'textarea', label: label('Địa danh cũ', 'Former location') },
    { name: 'address', type: 'text', label: label('Địa chỉ', 'Address') },
    { name: 'note', type: 'textarea', label: label('Ghi chú', 'Note') },
  ],
  timestamps: true,
}
