import type { CollectionConfig } from 'payload'

import { authenticated } from '../../src/access/authenticated'
import { evaluatorOrAdmin } from '../../src/access/evaluatorOrAdmin'
import { CITY_RESULT_KEYS, INDICATORS, isIndicatorKey, resultValueError } from '../../src/domain/indicators'
import { PERIOD_LABELS } from '../../src/domain/participation'
import { cityResultKey, DUPLICATE_CITY_RESULT_MESSAGE } from '../../src/domain/uniqueKeys'
import { uniqueKeyField } from '../../src/fields/uniqueKey'
import { yearInTerm } from '../../src/fields/validators'
import { GROUPS, label, optionsFrom } from '../../src/lib/labels'
import { rejectDuplicateCityResult } from './hooks/rejectDuplicateCityResult'

/**
 * City-wide results of the targets that no commune figure measures (2026 annual plan, II: money
 * collected against BHXH Việt Nam's plan, procedures online, benefits paid through accounts, pupils
 * with BHYT). The responsible body reports them; Sở Nội vụ types them in, and the dashboard and the
 * reports set them against their targets.
 */
export const CityResults: CollectionConfig = {
  slug: 'city-results',
  labels: { singular: label('Kết quả chỉ tiêu toàn thành phố', 'City-wide result'), plural: label('Kết quả chỉ tiêu toàn thành phố', 'City-wide results') },
  admin: {
    group: GROUPS.planning,
    defaultColumns: ['indicator', 'year', 'period', 'value', 'source'],
    description: label(
      'Các chỉ tiêu tính trên toàn thành phố (số thu, dịch vụ công trực tuyến, chi trả qua tài khoản, BHYT học sinh, sinh viên) theo báo cáo của cơ quan chủ trì.',
      'City-wide targets not measured from commune figures, as reported by the responsible body.',
    ),
  },
  access: { read: authenticated, create: evaluatorOrAdmin, update: evaluatorOrAdmin, delete: evaluatorOrAdmin },
  hooks: { beforeChange: [rejectDuplicateCityResult] },
  defaultSort: '-year',
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'indicator',
          type: 'select',
          required: true,
          index: true,
          label: label('Chỉ số', 'Indicator'),
          options: CITY_RESULT_KEYS.map((key) => ({ value: key, label: INDICATORS[key].label })),
        },
        {
          name: 'year',
          type: 'number',
          required: true,
          index: true,
          label: label('Năm', 'Year'),
          validate: (value: number | null | undefined) => (value == null ? 'Cần nhập năm.' : yearInTerm(value)),
        },
        { name: 'period', type: 'select', required: true, defaultValue: 'year', label: label('Kỳ', 'Period'), options: optionsFrom(PERIOD_LABELS) },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'value',
          type: 'number',
          required: true,
          label: label('Kết quả đạt được (%)', 'Achieved (%)'),
          validate: (value: number | null | undefined, { siblingData }: { siblingData: Record<string, unknown> }) => {
            if (value == null) return 'Cần nhập kết quả.'
            return isIndicatorKey(siblingData.indicator) ? (resultValueError(siblingData.indicator, value) ?? true) : true
          },
        },
        {
          name: 'source',
          type: 'text',
          required: true,
          maxLength: 300,
          label: label('Nguồn số liệu', 'Source'),
          admin: { description: label('Ví dụ: Báo cáo số 120/BC-BHXH ngày 05/01/2027 của BHXH thành phố.', 'e.g. the report it comes from.') },
        },
      ],
    },
    { name: 'note', type: 'textarea', maxLength: 2000, label: label('Ghi chú', 'Note') },
    uniqueKeyField({ key: cityResultKey, duplicate: () => ({ field: 'period', message: DUPLICATE_CITY_RESULT_MESSAGE }) }),
  ],
  timestamps: true,
}
