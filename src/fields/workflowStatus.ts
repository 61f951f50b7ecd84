import type { Field } from 'payload'

import { label, optionsFrom } from '../lib/labels'

/**
 * The status field of a document that moves through a workflow (content review, plans, reports):
 * starts as a draft, indexed for the queues, in the sidebar with the path explained.
 */
export function workflowStatus(labels: Record<string, { vi: string; en: string }>, description: { vi: string; en: string }): Field {
  return {
    name: 'status',
    type: 'select',
    required: true,
    defaultValue: 'draft',
    index: true,
    label: label('Trạng thái', 'Status'),
    options: optionsFrom(labels),
    admin: { position: 'sidebar', description: label(description.vi, description.en) },
  }
}
