import type { Field, FieldAccess } from 'payload'

import { nobodyField } from '../access/nobody'
import { label } from '../lib/labels'
import { dayAndTime } from './datePickers'

/**
 * Who submitted, edited or decided, and when: written only by a workflow hook, shown read-only in
 * the sidebar once set. `read` narrows who may see it (e.g. staff only on published content).
 */
export function stamp(name: string, vi: string, en: string, type: 'date' | 'user', read?: FieldAccess): Field {
  const common = {
    name,
    label: label(vi, en),
    access: { ...(read ? { read } : {}), create: nobodyField, update: nobodyField },
    admin: {
      readOnly: true,
      position: 'sidebar' as const,
      condition: (data: Record<string, unknown>) => Boolean(data?.[name]),
    },
  }
  return type === 'date'
    ? { ...common, type: 'date', admin: { ...common.admin, ...dayAndTime } }
    : { ...common, type: 'relationship', relationTo: 'users' }
}
