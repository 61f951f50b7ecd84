import type { CollectionConfig, Field, FieldAccess } from 'payload'

import { adminOnly, adminOnlyField } from '../../src/access/adminOnly'
import { feedbackCreators, feedbackReaders, feedbackUpdaters, personalDataReaders, senderOnlyField, staffField } from '../../src/access/feedbackAccess'
import { nobodyField } from '../../src/access/nobody'
import {
  FEEDBACK_KIND_LABELS,
  FEEDBACK_SOURCE_LABELS,
  FEEDBACK_STATUS_LABELS,
} from '../../src/domain/feedback'
import { linkOnlyTo } from '../../src/hooks/keepRelationsUsable'
import { GROUPS, label, optionsFrom } from '../../src/lib/labels'
import { questionDraftButton } from '../../src/fields/questionDraftButton'
import { feedbackToDraft } from './endpoints/feedbackToDraft'
import { guardAssignment } from './hooks/guardAssignment'
import { guardPublicSubmission } from './hooks/guardPublicSubmission'
import { keepSenderEmail } from './hooks/keepSenderEmail'
import { queueFeedbackEmails } from './hooks/queueFeedbackEmails'
import { validateFeedback } from './hooks/validateFeedback'

const personal = (name: string, vi: string, en: string, maxLength: number, access: { create?: FieldAccess } = {}): Field => ({
  name,
  type: 'text',
  maxLength,
  label: label(vi, en),
  access: { read: personalDataReaders, update: adminOnlyField, ...access },
  admin: { condition: (data) => Boolean(data?.consent) },
})

/**
 * Questions, complaints and suggestions from citizens, workers and employers: from the public
 * form (POST /api/feedback, rate-limited, with a spam trap) or logged by staff. Personal data is
 * kept only with consent and shown only to admins and the organization the item is assigned to.
 */
export const Feedback: CollectionConfig = {
  slug: 'feedback',
  labels: { singular: label('Ý kiến, câu hỏi', 'Feedback item'), plural: label('Ý kiến người dân', 'Feedback') },
  admin: {
    group: GROUPS.outreach,
    useAsTitle: 'text',
    defaultColumns: ['text', 'kind', 'locality', 'status', 'assignedTo', 'createdAt'],
  },
  access: {
    // The public form creates (integrations do not); nobody reads feedback back without a login.
    create: feedbackCreators,
    read: feedbackReaders,
    update: feedbackUpdaters,
    delete: adminOnly,
  },
  hooks: {
    beforeOperation: [guardPublicSubmission],
    beforeChange: [guardAssignment, keepSenderEmail, validateFeedback],
    afterChange: [queueFeedbackEmails],
  },
  // A copy would carry the sender's details to whatever assignee the copier picks, and an
  // answered copy would email the citizen again: feedback is never duplicated (REST, GraphQL, Local API).
  disableDuplicate: true,
  // The dashboard counts feedback per topic, status, commune and assignee within a period: each
  // count is one index range instead of a scan of every item of that topic (bench:report).
  indexes: [
    { fields: ['topic', 'createdAt'] },
    { fields: ['status', 'createdAt'] },
    { fields: ['locality', 'createdAt'] },
    { fields: ['assignedTo', 'createdAt'] },
  ],
  endpoints: [feedbackToDraft],
  defaultSort: '-createdAt',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', required: true, defaultValue: 'question', label: label('Loại', 'Kind'), options: optionsFrom(FEEDBACK_KIND_LABELS) },
        {
          name: 'source',
          type: 'select',
          required: true,
          defaultValue: 'web_form',
          label: label('Nguồn', 'Source'),
          options: optionsFrom(FEEDBACK_SOURCE_LABELS),
        },
        { name: 'event', type: 'relationship', relationTo: 'events', label: label('Sự kiện', 'Event'), access: { create: staffField } },
      ],
    },
    { name: 'text', type: 'textarea', required: true, minLength: 5, maxLength: 2000, label: label('Nội dung', 'Text') },
    {
      type: 'row',
      fields: [
        {
          name: 'locality',
          type: 'relationship',
          relationTo: 'localities',
          index: true,
          label: label('Xã, phường, đặc khu', 'Commune'),
          // The public form's choices: catalogues closed to visitors in the API, so any existing one.
          ...linkOnlyTo('exists'),
        },
        {
          name: 'audienceGroup',
          type: 'relationship',
          relationTo: 'audience-groups',
          label: label('Bạn là', 'Audience group'),
          // The public form's choices: catalogues closed to visitors in the API, so any existing one.
          ...linkOnlyTo('exists'),
        },
        {
          name: 'topic',
          type: 'relationship',
          relationTo: 'topics',
          index: true,
          label: label('Chủ đề', 'Topic'),
          // The public form's choices: catalogues closed to visitors in the API, so any existing one.
          ...linkOnlyTo('exists'),
        },
      ],
    },
    {
      name: 'consent',
      type: 'checkbox',
      defaultValue: false,
      label: label(
        'Tôi đồng ý để cơ quan BHXH, chính quyền sử dụng họ tên, số điện thoại, email để trả lời tôi (Nghị định 13/2023/NĐ-CP)',
        'I agree that my name, phone and email are used to answer me (Decree 13/2023)',
      ),
      access: { update: adminOnlyField },
    },
    {
      type: 'row',
      fields: [
        personal('name', 'Họ tên', 'Name', 120),
        personal('phone', 'Số điện thoại', 'Phone', 20),
        // Answers are emailed to it: only the sender gives it (keepSenderEmail: never replaced).
        personal('email', 'Email', 'Email', 200, { create: senderOnlyField }),
      ],
    },
    {
      type: 'collapsible',
      label: label('Xử lý', 'Triage'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'status',
              type: 'select',
              required: true,
              defaultValue: 'new',
              index: true,
              label: label('Trạng thái', 'Status'),
              options: optionsFrom(FEEDBACK_STATUS_LABELS),
              access: { create: staffField },
            },
            {
              name: 'assignedTo',
              type: 'relationship',
              relationTo: 'organizations',
              index: true,
              label: label('Giao cho đơn vị', 'Assigned to'),
              access: { create: staffField },
            },
          ],
        },
        { name: 'answer', type: 'textarea', maxLength: 5000, label: label('Nội dung trả lời', 'Answer'), access: { create: staffField } },
        {
          type: 'row',
          fields: [
            {
              name: 'answeredAt',
              type: 'date',
              label: label('Trả lời lúc', 'Answered at'),
              access: { create: nobodyField, update: nobodyField },
              admin: { readOnly: true },
            },
            {
              name: 'satisfaction',
              type: 'select',
              label: label('Mức hài lòng của người hỏi', 'Asker’s satisfaction'),
              options: [
                { value: 'satisfied', label: label('Hài lòng', 'Satisfied') },
                { value: 'neutral', label: label('Bình thường', 'Neutral') },
                { value: 'unsatisfied', label: label('Chưa hài lòng', 'Not satisfied') },
              ],
              access: { create: staffField },
            },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'answerEmailedAt',
              type: 'date',
              label: label('Đã gửi trả lời qua email lúc', 'Answer emailed at'),
              access: { create: nobodyField, update: nobodyField },
              admin: { readOnly: true, condition: (data) => Boolean(data?.answerEmailedAt) },
            },
          ],
        },
      ],
    },
    {
      name: 'questionDraft',
      type: 'relationship',
      relationTo: 'questions',
      label: label('Bản nháp hỏi – đáp', 'Q&A draft'),
      access: { create: nobodyField, update: nobodyField },
      admin: { position: 'sidebar', readOnly: true },
    },
    { ...questionDraftButton, admin: { ...questionDraftButton.admin, position: 'sidebar' } },
  ],
  timestamps: true,
}
