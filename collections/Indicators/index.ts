import type { CollectionConfig, Field } from 'payload'

import { evaluatorOrAdmin } from '../../src/access/evaluatorOrAdmin'
import { figureCountEditors, figureCreators, figureReaders, figureUpdaters } from '../../src/access/figureReaders'
import { nobodyField } from '../../src/access/nobody'
import { COUNT_FIELDS, COUNT_LABELS, PERIOD_LABELS } from '../../src/domain/participation'
import { DUPLICATE_FIGURES_MESSAGE, figuresKey } from '../../src/domain/uniqueKeys'
import { uniqueKeyField } from '../../src/fields/uniqueKey'
import { withUpdateAccess } from '../../src/fields/withUpdateAccess'
import { GROUPS, label, optionsFrom } from '../../src/lib/labels'
import { dashboard } from './endpoints/dashboard'
import { exportFigures, figureTemplate, importFigures } from './endpoints/figureSheets'
import { computeRates } from './hooks/computeRates'

const count = (name: (typeof COUNT_FIELDS)[number]): Field => ({
  name,
  type: 'number',
  required: true,
  min: 0,
  label: COUNT_LABELS[name],
})
const rate = (name: string, vi: string, en: string): Field => ({
  name,
  type: 'number',
  label: label(vi, en),
  access: { create: nobodyField, update: nobodyField },
  admin: {
    readOnly: true,
    description: label('Tính tự động từ số người.', 'Computed from the counts.'),
  },
})

/**
 * Participation figures per commune and period (half-year or year), as BHXH thành phố reports
 * them: counts only; the rates are computed (src/domain/participation.ts). Entered by Sở Nội vụ
 * or imported from a spreadsheet (POST /api/indicators/import); city totals are sums of communes.
 */
export const Indicators: CollectionConfig = {
  slug: 'indicators',
  labels: {
    singular: label('Số liệu tham gia', 'Participation figures'),
    plural: label('Số liệu tham gia BHXH, BHYT', 'Participation figures'),
  },
  admin: {
    group: GROUPS.planning,
    defaultColumns: ['locality', 'year', 'period', 'bhytCoverage', 'bhxhParticipation', 'bhtnParticipation'],
    description: label(
      'Số người tham gia theo xã, phường, đặc khu và kỳ báo cáo; tỷ lệ được tính tự động. Nhập hàng loạt: /api/indicators/import (tệp mẫu: /api/indicators/template).',
      'Participants per commune and period; rates are computed. Bulk import: /api/indicators/import (template: /api/indicators/template).',
    ),
  },
  access: {
    read: figureReaders,
    create: figureCreators,
    update: figureUpdaters,
    delete: evaluatorOrAdmin,
  },
  hooks: { beforeChange: [computeRates] },
  endpoints: [figureTemplate, importFigures, exportFigures, dashboard],
  defaultSort: '-year',
  fields: [
    // The figures themselves are Sở Nội vụ's; a commune's coordinators write only its causes and remedies.
    ...withUpdateAccess(
      [
        {
          type: 'row',
          fields: [
            {
              name: 'locality',
              type: 'relationship',
              relationTo: 'localities',
              required: true,
              index: true,
              label: label('Xã, phường, đặc khu', 'Commune'),
            },
            {
              name: 'year',
              type: 'number',
              required: true,
              index: true,
              label: label('Năm', 'Year'),
            },
            {
              name: 'period',
              type: 'select',
              required: true,
              index: true,
              label: label('Kỳ', 'Period'),
              options: optionsFrom(PERIOD_LABELS),
            },
          ],
        },
        { type: 'row', fields: [count('population'), count('labourForce')] },
        {
          type: 'row',
          fields: [count('bhytParticipants'), count('bhxhCompulsory'), count('bhxhVoluntary'), count('bhtnParticipants')],
        },
      ],
      figureCountEditors,
    ),
    {
      type: 'row',
      fields: [
        rate('bhytCoverage', 'Tỷ lệ bao phủ BHYT (%)', 'BHYT coverage (%)'),
        rate('bhxhParticipation', 'Tỷ lệ tham gia BHXH (%)', 'BHXH participation (%)'),
        rate('bhxhCompulsoryRate', 'BHXH bắt buộc (%)', 'Compulsory (%)'),
        rate('bhxhVoluntaryRate', 'BHXH tự nguyện (%)', 'Voluntary (%)'),
        rate('bhtnParticipation', 'Tỷ lệ tham gia BHTN (%)', 'BHTN participation (%)'),
      ],
    },
    ...withUpdateAccess(
      [
        {
          type: 'row',
          fields: [
            {
              name: 'source',
              type: 'select',
              defaultValue: 'manual',
              label: label('Nguồn', 'Source'),
              options: [
                { value: 'manual', label: label('Nhập tay', 'Typed in') },
                { value: 'import', label: label('Nhập từ tệp', 'Imported') },
              ],
            },
            {
              name: 'note',
              type: 'text',
              maxLength: 500,
              label: label('Ghi chú', 'Note'),
            },
          ],
        },
      ],
      figureCountEditors,
    ),
    {
      name: 'causesAndRemedies',
      type: 'textarea',
      maxLength: 5000,
      label: label('Nguyên nhân chưa đạt và giải pháp (nhiệm vụ V.7)', 'Causes and remedies where below target (task V.7)'),
      admin: {
        description: label(
          'Với xã, phường, đặc khu chưa đạt chỉ tiêu: nguyên nhân và giải pháp cho kỳ tới. Đưa vào báo cáo tổng hợp.',
          'For a commune below target: causes and remedies for the next period. Carried into the consolidated report.',
        ),
      },
    },
    // One set per commune and period, held by the database too (computeRates gives the message).
    uniqueKeyField({ key: figuresKey, duplicate: () => ({ field: 'period', message: DUPLICATE_FIGURES_MESSAGE }) }),
  ],
  timestamps: true,
}
