import type { CollectionConfig } from 'payload'

import { authenticated } from '../../src/access/authenticated'
import { adminOnly } from '../../src/access/adminOnly'
import { contentAuthors } from '../../src/access/contentAuthors'
import {
  LEGAL_DOCUMENT_KIND_LABELS,
  LEGAL_DOCUMENT_STATUS_LABELS,
} from '../../src/domain/legalDocuments'
import { notBeforeStart } from '../../src/fields/validators'
import { GROUPS, label, optionsFrom } from '../../src/lib/labels'
import { flagContentCitingChangedDocument } from './hooks/flagContentCitingChangedDocument'
import { dayOnly } from '../../src/fields/datePickers'

/**
 * Laws, decrees, resolutions and plans that messages, materials and Q&A cite. Public: citizens
 * see which document a message rests on. Marking one amended, replaced or expired flags every
 * approved item citing it for review.
 */
export const LegalDocuments: CollectionConfig = {
  slug: 'legal-documents',
  labels: { singular: label('Văn bản pháp lý', 'Legal document'), plural: label('Văn bản pháp lý', 'Legal documents') },
  admin: {
    group: GROUPS.content,
    useAsTitle: 'number',
    defaultColumns: ['number', 'kind', 'title', 'issueDate', 'status'],
    listSearchableFields: ['number', 'title', 'issuer'],
  },
  access: {
    read: () => true,
    create: contentAuthors,
    update: contentAuthors,
    delete: adminOnly,
    readVersions: authenticated,
  },
  versions: { maxPerDoc: 50 },
  defaultSort: '-issueDate',
  hooks: { afterChange: [flagContentCitingChangedDocument] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'number',
          type: 'text',
          required: true,
          unique: true,
          label: label('Số, ký hiệu', 'Number'),
          admin: { placeholder: '41/2024/QH15', width: '40%' },
        },
        {
          name: 'kind',
          type: 'select',
          required: true,
          index: true,
          label: label('Loại văn bản', 'Kind'),
          options: optionsFrom(LEGAL_DOCUMENT_KIND_LABELS),
          admin: { width: '30%' },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          index: true,
          defaultValue: 'in_force',
          label: label('Tình trạng hiệu lực', 'Status'),
          options: optionsFrom(LEGAL_DOCUMENT_STATUS_LABELS),
          admin: { width: '30%' },
        },
      ],
    },
    { name: 'title', type: 'textarea', required: true, label: label('Trích yếu', 'Title') },
    { name: 'issuer', type: 'text', required: true, label: label('Cơ quan ban hành', 'Issued by') },
    {
      type: 'row',
      fields: [
        { name: 'issueDate', type: 'date', label: label('Ngày ban hành', 'Issued on'), admin: dayOnly },
        {
          name: 'effectiveDate',
          type: 'date',
          label: label('Ngày có hiệu lực', 'In force from'),
          validate: (value: string | Date | null | undefined, { siblingData }: { siblingData: Record<string, unknown> }) =>
            notBeforeStart(value, siblingData.issueDate as string | undefined),
          admin: dayOnly,
        },
      ],
    },
    {
      name: 'amendedBy',
      type: 'relationship',
      relationTo: 'legal-documents',
      hasMany: true,
      label: label('Được sửa đổi / thay thế bởi', 'Amended or replaced by'),
      admin: { condition: (data) => data?.status && data.status !== 'in_force' },
    },
    { name: 'link', type: 'text', label: label('Đường dẫn toàn văn', 'Link to the full text') },
  ],
  timestamps: true,
}
