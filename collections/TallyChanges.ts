import type { CollectionConfig } from 'payload'

import { nobody } from '../src/access/nobody'
import { label } from '../src/lib/labels'

/**
 * Which outreach tallies a write touched, written in the write's transaction and removed once
 * src/lib/tallies.ts has recomputed them: the queue that keeps tallies exact under concurrency.
 */
export const TallyChanges: CollectionConfig = {
  slug: 'tally-changes',
  labels: { singular: label('Thay đổi chờ tổng hợp', 'Pending tally change'), plural: label('Thay đổi chờ tổng hợp', 'Pending tally changes') },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [{ name: 'buckets', type: 'json', required: true }],
  timestamps: true,
}
