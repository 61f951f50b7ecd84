import type { CollectionConfig } from 'payload'

import { referenceDataAccess } from '../src/access/referenceData'
import { TOPIC_KIND_LABELS } from '../src/domain/catalogue'
import { GROUPS, label, optionsFrom } from '../src/lib/labels'

/** The five content themes of plan section IV.1 and the policy topics under them. */
export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: { singular: label('Chủ đề', 'Topic'), plural: label('Chủ đề tuyên truyền', 'Topics') },
  admin: {
    group: GROUPS.catalogue,
    useAsTitle: 'name',
    defaultColumns: ['code', 'name', 'kind', 'theme'],
    listSearchableFields: ['name', 'code'],
  },
  access: referenceDataAccess,
  defaultSort: 'code',
  fields: [
    { name: 'code', type: 'text', required: true, unique: true, label: label('Mã', 'Code') },
    { name: 'name', type: 'text', required: true, label: label('Tên chủ đề', 'Name') },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'policy',
      label: label('Loại', 'Kind'),
      options: optionsFrom(TOPIC_KIND_LABELS),
    },
    {
      name: 'theme',
      type: 'relationship',
      relationTo: 'topics',
      label: label('Thuộc nội dung', 'Under theme'),
      filterOptions: { kind: { equals: 'theme' } },
      admin: { condition: (_, sibling) => sibling?.kind === 'policy' },
    },
    { name: 'description', type: 'textarea', label: label('Mô tả', 'Description') },
    {
      name: 'legalBasis',
      type: 'text',
      label: label('Căn cứ pháp lý', 'Legal basis'),
      admin: { description: label('Ví dụ: Luật BHXH số 41/2024/QH15.', 'e.g. Social Insurance Law 41/2024/QH15.') },
    },
  ],
  timestamps: true,
}
