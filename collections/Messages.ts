import type { CollectionConfig } from 'payload'

import { audienceAndTopicFields, legalBasisField } from '../src/fields/classification'
import { contentWorkflowFields, lockedOutsideDrafts, publicationField } from '../src/fields/contentWorkflow'
import { notBeforeStart } from '../src/fields/validators'
import { GROUPS, label } from '../src/lib/labels'
import { reviewedContent } from '../src/lib/reviewedContent'
import { dayOnly } from '../src/fields/datePickers'

/** SMS, Zalo and loudspeaker scripts: one line a citizen reads or hears in full. */
export const SHORT_FORM_MAX = 160

/**
 * Standardized messages (thông điệp chuẩn hóa, plan task V.3): one accurate, short text per
 * audience and topic, issued by BHXH thành phố and used by every body. Public once approved and
 * inside its validity dates.
 */
export const Messages: CollectionConfig = {
  slug: 'messages',
  labels: { singular: label('Thông điệp', 'Message'), plural: label('Thông điệp chuẩn hóa', 'Standard messages') },
  admin: {
    group: GROUPS.content,
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'audienceGroups', 'topics', 'needsReview', 'updatedAt'],
    listSearchableFields: ['title', 'short'],
  },
  ...reviewedContent('messages', { from: 'validFrom', until: 'validUntil' }),
  defaultSort: '-updatedAt',
  fields: [
    ...lockedOutsideDrafts([
      { name: 'title', type: 'text', required: true, maxLength: 200, label: label('Tiêu đề', 'Title') },
      {
        name: 'short',
        type: 'textarea',
        required: true,
        maxLength: SHORT_FORM_MAX,
        label: label(`Bản ngắn (tối đa ${SHORT_FORM_MAX} ký tự)`, `Short form (≤ ${SHORT_FORM_MAX} characters)`),
        validate: (value: string | null | undefined) => {
          const text = value?.trim() ?? ''
          if (!text) return 'Cần nhập bản ngắn của thông điệp.'
          // Counted as a person counts letters: "ế" is one character, however it was typed.
          const length = [...text.normalize('NFC')].length
          return length <= SHORT_FORM_MAX
            ? true
            : `Bản ngắn dài ${length} ký tự, vượt quá ${SHORT_FORM_MAX} ký tự cho tin nhắn SMS, Zalo, loa truyền thanh.`
        },
        admin: {
          description: label(
            'Dùng cho tin nhắn SMS, Zalo, kịch bản loa truyền thanh cơ sở.',
            'For SMS, Zalo and grassroots loudspeaker scripts.',
          ),
        },
      },
      { name: 'body', type: 'richText', label: label('Bản đầy đủ', 'Full form') },
      ...audienceAndTopicFields,
      legalBasisField,
      {
        type: 'row',
        fields: [
          { name: 'validFrom', type: 'date', label: label('Hiệu lực từ', 'Valid from'), admin: dayOnly },
          {
            name: 'validUntil',
            type: 'date',
            label: label('Hiệu lực đến', 'Valid until'),
            validate: (value: string | Date | null | undefined, { siblingData }: { siblingData: Record<string, unknown> }) =>
              notBeforeStart(value, siblingData.validFrom as string | undefined),
            admin: dayOnly,
          },
        ],
      },
      {
        name: 'ownerOrganization',
        type: 'relationship',
        relationTo: 'organizations',
        label: label('Cơ quan ban hành thông điệp', 'Issuing organization'),
        admin: { description: label('Thường là BHXH thành phố.', 'Usually the city Social Security office.') },
      },
    ]),
    ...contentWorkflowFields('messages'),
    publicationField({ from: 'validFrom', until: 'validUntil' }),
  ],
  timestamps: true,
}
