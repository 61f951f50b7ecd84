import type { CollectionConfig } from 'payload'

import { adminOnly } from '../src/access/adminOnly'
import { evaluatorOrAdmin } from '../src/access/evaluatorOrAdmin'
import { nobody } from '../src/access/nobody'
import { TALLY_DIMENSIONS, TALLY_SOURCES } from '../src/domain/tallies'
import { GROUPS, label } from '../src/lib/labels'

/**
 * Monthly sums of outreach per commune, organization and campaign (src/domain/tallies.ts), kept by
 * src/lib/tallies.ts from the events and media outputs. Derived data: nobody writes it by hand.
 */
export const OutreachTallies: CollectionConfig = {
  slug: 'outreach-tallies',
  labels: { singular: label('Số liệu tổng hợp', 'Outreach tally'), plural: label('Số liệu tổng hợp theo tháng', 'Outreach tallies') },
  admin: { group: GROUPS.evaluation, hidden: ({ user }) => user?.role !== 'admin', useAsTitle: 'bucket', defaultColumns: ['bucket', 'updatedAt'] },
  access: { read: evaluatorOrAdmin, create: nobody, update: nobody, delete: adminOnly },
  fields: [
    { name: 'bucket', type: 'text', required: true, unique: true, index: true, label: label('Nhóm', 'Bucket') },
    { name: 'source', type: 'select', required: true, options: TALLY_SOURCES.map((s) => ({ value: s, label: s })) },
    { name: 'dimension', type: 'select', required: true, index: true, options: TALLY_DIMENSIONS.map((s) => ({ value: s, label: s })) },
    { name: 'key', type: 'text', required: true, index: true },
    { name: 'month', type: 'text', required: true, index: true, label: label('Tháng', 'Month') },
    {
      name: 'figures',
      type: 'json',
      required: true,
      label: label('Số liệu', 'Figures'),
      admin: { components: { Field: '/src/components/admin/JsonPreview#JsonPreview' } },
    },
    {
      name: 'cells',
      type: 'json',
      label: label('Nhóm × chủ đề × kênh', 'Group × topic × channel'),
      admin: { components: { Field: '/src/components/admin/JsonPreview#JsonPreview' } },
    },
  ],
  timestamps: true,
}
