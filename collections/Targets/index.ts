import type { CollectionConfig } from 'payload'

import { authenticated } from '../../src/access/authenticated'
import { evaluatorOrAdmin } from '../../src/access/evaluatorOrAdmin'
import { INDICATORS, isIndicatorKey, rangeError, targetValueError } from '../../src/domain/indicators'
import { DUPLICATE_TARGET_MESSAGE, targetKey } from '../../src/domain/uniqueKeys'
import { uniqueKeyField } from '../../src/fields/uniqueKey'
import { yearInTerm } from '../../src/fields/validators'
import { GROUPS, label } from '../../src/lib/labels'
import { describeTarget } from './hooks/describeTarget'
import { rejectDuplicateTarget } from './hooks/rejectDuplicateTarget'

type Siblings = { siblingData: Record<string, unknown> }

const valueFor = (value: number | null | undefined, { siblingData }: Siblings) =>
  isIndicatorKey(siblingData.indicator) ? (targetValueError(siblingData.indicator, value) ?? true) : true

/**
 * Yearly participation and outreach targets. None names a commune = city-wide (section II.2);
 * the evaluation issue adds per-commune targets. Values are data: Sở Nội vụ updates them
 * when the City People's Committee assigns new figures.
 */
export const Targets: CollectionConfig = {
  slug: 'targets',
  labels: { singular: label('Chỉ tiêu', 'Target'), plural: label('Chỉ tiêu', 'Targets') },
  admin: {
    group: GROUPS.planning,
    useAsTitle: 'title',
    defaultColumns: ['title', 'indicator', 'year', 'locality', 'minimum', 'maximum'],
    description: label(
      'Chỉ tiêu phát triển người tham gia theo năm; để trống địa bàn là chỉ tiêu toàn thành phố.',
      'Yearly participation targets; no locality means city-wide.',
    ),
  },
  access: {
    read: authenticated,
    create: evaluatorOrAdmin,
    update: evaluatorOrAdmin,
    delete: evaluatorOrAdmin,
  },
  defaultSort: 'year',
  hooks: { beforeChange: [rejectDuplicateTarget, describeTarget] },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: label('Chỉ tiêu', 'Target'),
      admin: { readOnly: true, description: label('Tự động tạo.', 'Generated.') },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'indicator',
          type: 'select',
          required: true,
          index: true,
          label: label('Chỉ số', 'Indicator'),
          options: Object.values(INDICATORS).map((i) => ({ value: i.key, label: i.label })),
        },
        {
          name: 'year',
          type: 'number',
          required: true,
          index: true,
          label: label('Năm', 'Year'),
          validate: (value: number | null | undefined) => (value == null ? 'Cần nhập năm.' : yearInTerm(value)),
        },
        {
          name: 'locality',
          type: 'relationship',
          relationTo: 'localities',
          index: true,
          label: label('Địa bàn', 'Locality'),
          admin: { description: label('Để trống: toàn thành phố.', 'Empty: city-wide.') },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'minimum',
          type: 'number',
          required: true,
          label: label('Mức tối thiểu', 'Minimum'),
          validate: (value: number | null | undefined, args: Siblings) =>
            value == null ? 'Cần nhập giá trị chỉ tiêu.' : valueFor(value, args),
        },
        {
          name: 'maximum',
          type: 'number',
          label: label('Mức tối đa (khi giao khoảng)', 'Maximum (for a range)'),
          admin: { description: label('Ví dụ 2030: 62–63%.', 'e.g. 2030: 62–63%.') },
          validate: (value: number | null | undefined, args: Siblings) => {
            const invalid = valueFor(value, args)
            if (invalid !== true) return invalid
            return rangeError(args.siblingData.minimum as number | null, value) ?? true
          },
        },
      ],
    },
    {
      name: 'source',
      type: 'text',
      label: label('Căn cứ', 'Source'),
      admin: { description: label('Văn bản giao chỉ tiêu, ví dụ: KH 2026–2030, mục II.2.', 'The document that sets it.') },
    },
    { name: 'note', type: 'textarea', label: label('Ghi chú', 'Note') },
    uniqueKeyField({ key: targetKey, duplicate: () => ({ field: 'year', message: DUPLICATE_TARGET_MESSAGE }) }),
  ],
  timestamps: true,
}
