import type { CollectionConfig, Field } from 'payload'

import { adminOnlyField } from '../../src/access/adminOnly'
import { eventReaders } from '../../src/access/eventReaders'
import { coordinatorsCreate, ownOrganizationCoordinators } from '../../src/access/ownOrganizationCoordinators'
import { FUNDING_SOURCE_LABELS } from '../../src/domain/budget'
import { EVENT_KIND_LABELS, EVENT_STATUS_LABELS } from '../../src/domain/events'
import { assignOwnOrganization } from '../../src/hooks/assignOwnOrganization'
import { keepCommuneCommitteeInItsCommune } from '../../src/hooks/keepCommuneCommitteeInItsCommune'
import { requireOrganization } from '../../src/hooks/requireOrganization'
import { GROUPS, label, optionsFrom } from '../../src/lib/labels'
import { nobodyField } from '../../src/access/nobody'
import { questionDraftButton } from '../../src/fields/questionDraftButton'
import { calendar } from './endpoints/calendar'
import { questionToDraft } from './endpoints/questionToDraft'
import { validateEvent } from './hooks/validateEvent'
import { tallyChangeHooks } from '../../src/hooks/recordTallyChanges'
import { linkOnlyTo } from '../../src/hooks/keepRelationsUsable'
import { campaignContributors } from '../../src/access/campaignContributors'
import { moneyField } from '../../src/fields/money'

const tallies = tallyChangeHooks('events')

const dateTime = {
  date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'dd/MM/yyyy HH:mm', timeIntervals: 15 },
}
const whenHeld = (data: Record<string, unknown>) => data?.status === 'held' || data?.status === 'reported'
const systemDate = (name: string, vi: string, en: string): Field => ({
  name,
  type: 'date',
  label: label(vi, en),
  access: { create: nobodyField, update: nobodyField },
  admin: { hidden: true },
})
const count = (name: string, vi: string, en: string): Field => ({ name, type: 'number', min: 0, label: label(vi, en) })

/**
 * Direct outreach (plan IV.2): conferences, dialogues, on-site counselling, small groups,
 * integration into meetings. Scheduled and reported by the organizing body's coordinators; a
 * commune committee only in its own commune. Checks live in src/domain/events.ts.
 */
export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: label('Sự kiện', 'Event'), plural: label('Sự kiện tuyên truyền', 'Outreach events') },
  admin: {
    group: GROUPS.outreach,
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'startAt', 'locality', 'organization', 'status'],
    listSearchableFields: ['title', 'venue'],
  },
  access: {
    read: eventReaders,
    create: coordinatorsCreate,
    update: ownOrganizationCoordinators,
    delete: ownOrganizationCoordinators,
  },
  hooks: {
    beforeValidate: [assignOwnOrganization, keepCommuneCommitteeInItsCommune],
    beforeChange: [requireOrganization, validateEvent],
    afterChange: [tallies.afterChange],
    afterDelete: [tallies.afterDelete],
  },
  endpoints: [calendar, questionToDraft],
  defaultSort: '-startAt',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'title', type: 'text', required: true, maxLength: 200, label: label('Tên sự kiện', 'Title'), admin: { width: '65%' } },
        {
          name: 'kind',
          type: 'select',
          required: true,
          index: true,
          label: label('Hình thức', 'Kind'),
          options: optionsFrom(EVENT_KIND_LABELS),
          admin: { width: '35%' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'campaign',
          type: 'relationship',
          relationTo: 'campaigns',
          index: true,
          label: label('Thuộc chiến dịch', 'Campaign'),
          ...linkOnlyTo(campaignContributors, 'Chỉ gắn sự kiện vào chiến dịch do đơn vị mình chủ trì hoặc được mời phối hợp.'),
        },
        {
          name: 'organization',
          type: 'relationship',
          relationTo: 'organizations',
          index: true,
          label: label('Đơn vị tổ chức', 'Organizer'),
          access: { update: adminOnlyField },
        },
        { name: 'coOrganizers', type: 'relationship', relationTo: 'organizations', hasMany: true, label: label('Đơn vị phối hợp', 'Co-organizers') },
      ],
    },
    {
      type: 'row',
      fields: [
        // Times are entered and shown in Vietnam's time zone (UTC+7).
        { name: 'startAt', type: 'date', required: true, index: true, label: label('Bắt đầu', 'Starts'), admin: dateTime },
        { name: 'endAt', type: 'date', required: true, label: label('Kết thúc', 'Ends'), admin: dateTime },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'locality', type: 'relationship', relationTo: 'localities', required: true, index: true, label: label('Xã, phường, đặc khu', 'Commune') },
        { name: 'site', type: 'relationship', relationTo: 'sites', label: label('Địa điểm (KCN, chợ, trường…)', 'Site') },
        { name: 'venue', type: 'text', maxLength: 200, label: label('Nơi tổ chức', 'Venue') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'audienceGroups', type: 'relationship', relationTo: 'audience-groups', hasMany: true, index: true, label: label('Nhóm đối tượng', 'Audience groups') },
        { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true, label: label('Chủ đề', 'Topics') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'materials', type: 'relationship', relationTo: 'materials', hasMany: true, label: label('Tài liệu sử dụng', 'Materials used') },
        count('plannedAttendance', 'Số người dự kiến', 'Planned attendance'),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'planned',
          index: true,
          label: label('Trạng thái', 'Status'),
          options: optionsFrom(EVENT_STATUS_LABELS),
        },
        {
          name: 'cancelReason',
          type: 'text',
          label: label('Lý do hủy', 'Why cancelled'),
          admin: { condition: (data) => data?.status === 'cancelled' },
        },
      ],
    },
    // Markers of the reminder emails (src/jobs/sendEventReminders.ts): written by the job only.
    systemDate('reminderSentFor', 'Đã nhắc lịch cho buổi lúc', 'Day-before reminder sent for'),
    systemDate('resultsReminderSentAt', 'Đã nhắc nhập kết quả lúc', 'Results reminder sent at'),
    {
      type: 'collapsible',
      label: label('Kết quả (sau khi tổ chức)', 'Results (once held)'),
      admin: { condition: whenHeld },
      fields: [
        {
          type: 'row',
          fields: [
            count('attendance', 'Tổng số người tham dự', 'Attendance'),
            count('women', 'Trong đó nữ', 'Of whom women'),
            count('materialsHandedOut', 'Tài liệu phát ra', 'Materials handed out'),
          ],
        },
        {
          name: 'attendanceByGroup',
          type: 'array',
          label: label('Số người theo nhóm đối tượng', 'Attendance by audience group'),
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'group', type: 'relationship', relationTo: 'audience-groups', required: true, label: label('Nhóm', 'Group') },
                count('count', 'Số người', 'People'),
              ],
            },
          ],
        },
        {
          name: 'questionsRaised',
          type: 'array',
          label: label('Câu hỏi của người dự', 'Questions raised'),
          fields: [
            { name: 'text', type: 'textarea', required: true, label: label('Câu hỏi', 'Question') },
            { name: 'questionDraft', type: 'relationship', relationTo: 'questions', label: label('Bản nháp hỏi – đáp', 'Q&A draft'), admin: { readOnly: true } },
            questionDraftButton,
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'satisfaction', type: 'number', min: 0, max: 100, label: label('Tỷ lệ hài lòng (%)', 'Satisfied (%)') },
            count('newVoluntaryBhxh', 'Người đăng ký BHXH tự nguyện mới', 'New voluntary BHXH'),
            count('newHouseholdBhyt', 'Người đăng ký BHYT hộ gia đình mới', 'New household BHYT'),
          ],
        },
        {
          type: 'row',
          fields: [
            moneyField({ name: 'actualCost', label: label('Kinh phí thực tế (đồng)', 'Actual cost (VND)') }),
            { name: 'fundingSource', type: 'select', label: label('Nguồn kinh phí', 'Funding source'), options: optionsFrom(FUNDING_SOURCE_LABELS) },
          ],
        },
        { name: 'photos', type: 'upload', relationTo: 'media', hasMany: true, label: label('Ảnh sự kiện', 'Photos') },
      ],
    },
  ],
  timestamps: true,
}
