import type { Field } from 'payload'

import { label } from '../lib/labels'

/**
 * Which audience groups and topics an item speaks to: the axes of the plan (sections III and IV.1).
 * Required before review (src/domain/contentWorkflow.ts), not in a draft made from an event question.
 */
export const audienceAndTopicFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'audienceGroups',
        type: 'relationship',
        relationTo: 'audience-groups',
        hasMany: true,
        index: true,
        label: label('Nhóm đối tượng', 'Audience groups'),
      },
      {
        name: 'topics',
        type: 'relationship',
        relationTo: 'topics',
        hasMany: true,
        index: true,
        label: label('Chủ đề', 'Topics'),
      },
    ],
  },
]

/**
 * The legal documents (and articles) an item relies on: required before review (a Q&A drafted
 * from an event question may start without one). When a cited document is amended, replaced or
 * expires, the item is flagged for review (collections/LegalDocuments.ts).
 */
export const legalBasisField: Field = {
  name: 'legalBasis',
  type: 'array',
  label: label('Căn cứ pháp lý', 'Legal basis'),
  labels: { singular: label('Căn cứ', 'Reference'), plural: label('Căn cứ pháp lý', 'Legal basis') },
  admin: { initCollapsed: false },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'document',
          type: 'relationship',
          relationTo: 'legal-documents',
          required: true,
          index: true,
          label: label('Văn bản', 'Document'),
          admin: { width: '60%' },
        },
        {
          name: 'article',
          type: 'text',
          maxLength: 120,
          label: label('Điều, khoản', 'Article'),
          admin: { width: '40%', placeholder: 'Điều 31, khoản 1' },
        },
      ],
    },
  ],
}
