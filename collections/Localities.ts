import type { CollectionConfig } from 'payload'

import { referenceDataAccess } from '../src/access/referenceData'
import { labourForceError, LOCALITY_KIND_LABELS } from '../src/domain/places'
import { uniqueNameFields } from '../src/fields/uniqueName'
import { nonNegativeInteger } from '../src/fields/validators'
import { GROUPS, label, optionsFrom } from '../src/lib/labels'

/** The 114 commune-level units of Hải Phòng since 1 July 2025: 67 xã, 45 phường, 2 đặc khu. */
export const Localities: CollectionConfig = {
  slug: 'localities',
  labels: { singular: label('Xã, phường, đặc khu', 'Locality'), plural: label('Xã, phường, đặc khu', 'Localities') },
  admin: {
    group: GROUPS.places,
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'formerArea', 'population', 'labourForce'],
    listSearchableFields: ['name', 'formedFrom'],
    pagination: { defaultLimit: 50 },
  },
  access: referenceDataAccess,
  defaultSort: 'name',
  fields: [
    ...uniqueNameFields('localities', label('Tên', 'Name'), 'Đã có xã, phường, đặc khu với tên này.'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      label: label('Loại', 'Kind'),
      options: optionsFrom(LOCALITY_KIND_LABELS),
    },
    {
      name: 'formerArea',
      type: 'select',
      index: true,
      label: label('Thuộc tỉnh/thành cũ', 'Former province'),
      options: [
        { value: 'Hải Phòng', label: 'Hải Phòng' },
        { value: 'Hải Dương', label: 'Hải Dương' },
      ],
    },
    {
      name: 'formedFrom',
      type: 'textarea',
      label: label('Hình thành từ', 'Formed from'),
      admin: { description: label('Các đơn vị cũ được sắp xếp (NQ 1669/NQ-UBTVQH15).', 'Former units merged.') },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'population',
          type: 'number',
          min: 0,
          label: label('Dân số', 'Population'),
          validate: nonNegativeInteger,
        },
        {
          name: 'labourForce',
          type: 'number',
          min: 0,
          label: label('Lực lượng lao động trong độ tuổi', 'Working-age labour force'),
          validate: (value: number | null | undefined, { siblingData }: { siblingData: Record<string, unknown> }) => {
            const invalid = nonNegativeInteger(value)
            if (invalid !== true) return invalid
            return labourForceError(siblingData.population as number | null, value) ?? true
          },
        },
        { name: 'figuresYear', type: 'number', label: label('Năm số liệu', 'Year of figures') },
      ],
    },
  ],
  timestamps: true,
}
