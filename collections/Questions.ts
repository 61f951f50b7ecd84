import type { CollectionConfig } from 'payload'

import { nobodyField } from '../src/access/nobody'
import { foldForSearch } from '../src/domain/text'
import { plainText } from '../src/lib/richText'
import { audienceAndTopicFields, legalBasisField } from '../src/fields/classification'
import { contentWorkflowFields, lockedOutsideDrafts } from '../src/fields/contentWorkflow'
import { QUESTION_SOURCE_LABELS } from '../src/domain/questions'
import { GROUPS, label, optionsFrom } from '../src/lib/labels'
import { questionSearchEndpoint } from '../src/lib/questionSearchEndpoint'
import { reviewedContent } from '../src/lib/reviewedContent'

/** The Q&A bank (hỏi – đáp): answers citizens find on the site and staff use at events. */
export const Questions: CollectionConfig = {
  slug: 'questions',
  labels: { singular: label('Hỏi – đáp', 'Q&A item'), plural: label('Hỏi – đáp', 'Q&A') },
  admin: {
    group: GROUPS.content,
    useAsTitle: 'question',
    defaultColumns: ['question', 'status', 'audienceGroups', 'topics', 'source', 'needsReview'],
    listSearchableFields: ['question'],
  },
  ...reviewedContent('questions', {}, { endpoints: [questionSearchEndpoint] }),
  defaultSort: '-updatedAt',
  fields: [
    ...lockedOutsideDrafts([
      { name: 'question', type: 'textarea', required: true, maxLength: 1000, label: label('Câu hỏi', 'Question') },
      { name: 'answer', type: 'richText', label: label('Trả lời', 'Answer') },
      ...audienceAndTopicFields,
      legalBasisField,
      {
        type: 'row',
        fields: [
          {
            name: 'source',
            type: 'select',
            required: true,
            defaultValue: 'staff',
            label: label('Nguồn câu hỏi', 'Where it came from'),
            options: optionsFrom(QUESTION_SOURCE_LABELS),
          },
          {
            name: 'sourceNote',
            type: 'text',
            label: label('Ghi chú nguồn', 'Source note'),
            admin: { description: label('Ví dụ: hội nghị tại KCN Đình Vũ, 12/3/2026.', 'e.g. the event where it was asked.') },
          },
        ],
      },
    ]),
    ...contentWorkflowFields('questions'),
    {
      // The question and answer folded for accent-insensitive search ("bao hiem" finds "bảo hiểm").
      name: 'searchText',
      type: 'textarea',
      access: { create: nobodyField, update: nobodyField },
      admin: { hidden: true },
      hooks: {
        beforeChange: [
          ({ siblingData }) => foldForSearch(`${siblingData.question ?? ''}\n${plainText(siblingData.answer)}`),
        ],
      },
    },
  ],
  timestamps: true,
}
