import type { CollectionConfig, Field } from 'payload'

import { adminOnlyField } from '../src/access/adminOnly'
import { authenticated } from '../src/access/authenticated'
import { coordinatorsCreate, ownOrganizationCoordinators } from '../src/access/ownOrganizationCoordinators'
import { MEDIA_CHANNEL_LABELS } from '../src/domain/mediaOutputs'
import { isDateInPeriod } from '../src/domain/period'
import { nonNegativeInteger } from '../src/fields/validators'
import { assignOwnOrganization } from '../src/hooks/assignOwnOrganization'
import { requireOrganization } from '../src/hooks/requireOrganization'
import { tallyChangeHooks } from '../src/hooks/recordTallyChanges'
import { GROUPS, label, optionsFrom } from '../src/lib/labels'
import { campaignContributors } from '../src/access/campaignContributors'
import { linkOnlyTo } from '../src/hooks/keepRelationsUsable'

const mediaTallies = tallyChangeHooks('media-outputs')

const reach = (name: string, vi: string, en: string): Field => ({
  name,
  type: 'number',
  min: 0,
  label: label(vi, en),
  validate: nonNegativeInteger,
})

/**
 * What went out through mass and digital channels: articles, broadcasts, loudspeaker slots,
 * posts and SMS, with the messages and materials they carried and how many people they reached.
 */
export const MediaOutputs: CollectionConfig = {
  slug: 'media-outputs',
  labels: { singular: label('Tin, bài, sản phẩm truyền thông', 'Media output'), plural: label('Sản phẩm truyền thông đã đăng, phát', 'Media outputs') },
  admin: {
    group: GROUPS.outreach,
    useAsTitle: 'title',
    defaultColumns: ['title', 'channel', 'outlet', 'publishedOn', 'organization', 'views'],
    listSearchableFields: ['title', 'outlet'],
  },
  access: {
    read: authenticated,
    create: coordinatorsCreate,
    update: ownOrganizationCoordinators,
    delete: ownOrganizationCoordinators,
  },
  hooks: {
    beforeValidate: [assignOwnOrganization],
    beforeChange: [requireOrganization],
    afterChange: [mediaTallies.afterChange],
    afterDelete: [mediaTallies.afterDelete],
  },
  defaultSort: '-publishedOn',
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 300, label: label('Tiêu đề', 'Title') },
    {
      type: 'row',
      fields: [
        { name: 'channel', type: 'select', required: true, index: true, label: label('Kênh', 'Channel'), options: optionsFrom(MEDIA_CHANNEL_LABELS) },
        { name: 'outlet', type: 'text', maxLength: 200, label: label('Cơ quan báo chí, trang, kênh', 'Outlet') },
        {
          name: 'publishedOn',
          type: 'date',
          required: true,
          index: true,
          label: label('Ngày đăng, phát', 'Published on'),
          validate: (value: string | Date | null | undefined) =>
            !value || isDateInPeriod(value, 'term') ? true : 'Ngày đăng, phát phải trong giai đoạn 2026–2030.',
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
        },
      ],
    },
    {
      name: 'link',
      type: 'text',
      maxLength: 1000,
      label: label('Đường dẫn', 'Link'),
      validate: (value: string | null | undefined) =>
        !value || /^https?:\/\/\S+$/i.test(value) ? true : 'Đường dẫn phải bắt đầu bằng http:// hoặc https://',
    },
    {
      type: 'row',
      fields: [
        {
          name: 'campaign',
          type: 'relationship',
          relationTo: 'campaigns',
          index: true,
          label: label('Chiến dịch', 'Campaign'),
          ...linkOnlyTo(campaignContributors, 'Chỉ gắn sản phẩm truyền thông vào chiến dịch do đơn vị mình chủ trì hoặc được mời phối hợp.'),
        },
        {
          name: 'organization',
          type: 'relationship',
          relationTo: 'organizations',
          index: true,
          label: label('Đơn vị thực hiện', 'Organization'),
          access: { update: adminOnlyField },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'messages', type: 'relationship', relationTo: 'messages', hasMany: true, label: label('Thông điệp', 'Messages carried') },
        { name: 'materials', type: 'relationship', relationTo: 'materials', hasMany: true, label: label('Tài liệu', 'Materials carried') },
      ],
    },
    {
      type: 'row',
      fields: [
        reach('views', 'Lượt xem, đọc', 'Views'),
        reach('audience', 'Người nghe, xem (ước tính)', 'Listeners / estimated audience'),
        reach('shares', 'Lượt chia sẻ', 'Shares'),
        reach('comments', 'Bình luận', 'Comments'),
      ],
    },
  ],
  timestamps: true,
}
