import type { CollectionConfig } from 'payload'

import { nobody } from '../src/access/nobody'
import { label } from '../src/lib/labels'

/**
 * Locks shared by every process on the database (src/lib/databaseLock.ts): a row is a held lock,
 * its unique `name` what makes taking one atomic on every adapter. Only the lock code writes it.
 */
export const Locks: CollectionConfig = {
  slug: 'locks',
  labels: { singular: label('Khóa tiến trình', 'Process lock'), plural: label('Khóa tiến trình', 'Process locks') },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true },
    // Whose lock it is: releasing and renewing touch only the holder's own row.
    { name: 'owner', type: 'text', required: true },
    // A holder that died leaves its row; past this instant another process may take it over.
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
  timestamps: false,
}
