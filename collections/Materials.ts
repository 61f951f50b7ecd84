import type { CollectionConfig } from 'payload'

import { nobodyField } from '../src/access/nobody'
import { MATERIAL_KIND_LABELS } from '../src/domain/materials'
import { audienceAndTopicFields, legalBasisField } from '../src/fields/classification'
import { contentWorkflowFields, lockedOutsideDrafts, publicationField } from '../src/fields/contentWorkflow'
import { notBeforeStart } from '../src/fields/validators'
import { GROUPS, label, optionsFrom } from '../src/lib/labels'
import { syncMaterialMedia } from '../src/hooks/syncMaterialMedia'
import { reviewedContent } from '../src/lib/reviewedContent'
import { dayAndTime } from '../src/fields/datePickers'


/**
 * Infographics, leaflets, handbooks, videos, scripts…: the files staff hand out and the public
 * downloads. Reviewed like messages; public from the publish date until the optional expiry.
 */
export const Materials: CollectionConfig = {
  slug: 'materials',
  labels: { singular: label('Tài liệu', 'Material'), plural: label('Tài liệu, ấn phẩm', 'Materials') },
  admin: {
    group: GROUPS.content,
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'status', 'publishDate', 'downloadCount', 'needsReview'],
    listSearchableFields: ['title', 'summary'],
  },
  // Its files are public exactly while it is.
  ...reviewedContent('materials', { from: 'publishDate', until: 'expiryDate' }, { afterChange: [syncMaterialMedia] }),
  defaultSort: '-publishDate',
  fields: [
    ...lockedOutsideDrafts([
      {
        type: 'row',
        fields: [
          { name: 'title', type: 'text', required: true, maxLength: 200, label: label('Tên tài liệu', 'Title'), admin: { width: '70%' } },
          {
            name: 'kind',
            type: 'select',
            required: true,
            index: true,
            label: label('Loại', 'Kind'),
            options: optionsFrom(MATERIAL_KIND_LABELS),
            admin: { width: '30%' },
          },
        ],
      },
      { name: 'summary', type: 'textarea', required: true, maxLength: 500, label: label('Tóm tắt', 'Summary') },
      { name: 'body', type: 'richText', label: label('Nội dung (kịch bản, bài viết)', 'Text (script, article)') },
      {
        name: 'cover',
        type: 'upload',
        relationTo: 'media',
        label: label('Ảnh đại diện', 'Cover image'),
        admin: { description: label('Dùng làm ảnh xem trước và ảnh chia sẻ mạng xã hội.', 'Preview and social share image.') },
      },
      { name: 'files', type: 'upload', relationTo: 'media', hasMany: true, label: label('Tệp tài liệu', 'Files') },
      {
        name: 'messages',
        type: 'relationship',
        relationTo: 'messages',
        hasMany: true,
        label: label('Thông điệp sử dụng', 'Messages it carries'),
      },
      ...audienceAndTopicFields,
      { name: 'channels', type: 'relationship', relationTo: 'channels', hasMany: true, label: label('Hình thức, kênh', 'Channels') },
      legalBasisField,
      {
        type: 'row',
        fields: [
          {
            name: 'publishDate',
            type: 'date',
            index: true,
            label: label('Ngày đăng', 'Publish on'),
            admin: { ...dayAndTime, description: label('Để trống: đăng ngay khi được duyệt.', 'Empty: public as soon as approved.') },
          },
          {
            name: 'expiryDate',
            type: 'date',
            index: true,
            label: label('Ngày hết hạn', 'Expires on'),
            validate: (value: string | Date | null | undefined, { siblingData }: { siblingData: Record<string, unknown> }) =>
              notBeforeStart(value, siblingData.publishDate as string | undefined),
            admin: dayAndTime,
          },
        ],
      },
    ]),
    ...contentWorkflowFields('materials'),
    publicationField({ from: 'publishDate', until: 'expiryDate' }),
    {
      name: 'downloadCount',
      type: 'number',
      defaultValue: 0,
      label: label('Lượt tải', 'Downloads'),
      access: { create: nobodyField, update: nobodyField },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
  timestamps: true,
}
