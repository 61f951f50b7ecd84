import type { Field, FieldAccess } from 'payload'

import { authenticatedField } from '../access/authenticated'
import { contentAuthorsField } from '../access/contentAuthors'
import { nobodyField } from '../access/nobody'
import { reviewersField } from '../access/reviewers'
import {
  CONTENT_STATUS_LABELS,
  isContentEditable,
  PUBLICATION_STATE_LABELS,
  publicationState,
  type ContentStatus,
} from '../domain/contentWorkflow'
import { OPEN_VERSION_MESSAGE, openVersionKey } from '../domain/uniqueKeys'
import { label, optionsFrom } from '../lib/labels'
import { stamp } from './stamp'
import { uniqueKeyField } from './uniqueKey'
import { workflowStatus } from './workflowStatus'
import { withUpdateAccess } from './withUpdateAccess'

/** Content fields are open while the item is a draft; approved items get a new version instead. */
export const contentEditable: FieldAccess = (args) =>
  contentAuthorsField(args) && (!args.doc || isContentEditable(args.doc.status as ContentStatus))

/** Content fields, locked outside drafts (withUpdateAccess with the rule above). */
export const lockedOutsideDrafts = (fields: Field[]): Field[] => withUpdateAccess(fields, contentEditable)

/**
 * The review workflow's fields, shared by messages, materials and Q&A: status, the reviewer's
 * reason for returning, the "needs review" flag raised when a cited legal document changes, who
 * wrote, edited and approved the item, and which approved item a new version replaces.
 */
export function contentWorkflowFields(slug: 'messages' | 'materials' | 'questions'): Field[] {
  return [
    workflowStatus(CONTENT_STATUS_LABELS, {
      vi: 'Bản nháp → Chờ duyệt → Đã duyệt → Ngừng sử dụng. Chỉ người duyệt được duyệt; không ai tự duyệt nội dung mình soạn.',
      en: 'Draft → In review → Approved → Retired. Only reviewers approve; nobody approves their own work.',
    }),
    {
      name: 'newVersion',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/src/components/admin/NewVersionButton#NewVersionButton' },
      },
    },
    {
      name: 'returnReason',
      type: 'textarea',
      label: label('Lý do trả lại', 'Reason for returning'),
      access: { read: authenticatedField },
      admin: {
        position: 'sidebar',
        condition: (data) => data?.status === 'draft' || Boolean(data?.returnReason),
        description: label('Bắt buộc khi người duyệt trả lại bản nháp.', 'Required when a reviewer returns an item.'),
      },
    },
    {
      name: 'needsReview',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: label('Cần rà soát lại', 'Needs review'),
      access: { read: authenticatedField, create: nobodyField, update: reviewersField },
      admin: {
        position: 'sidebar',
        description: label(
          'Tự bật khi văn bản pháp lý được trích dẫn bị sửa đổi, thay thế hoặc hết hiệu lực. Người duyệt tắt sau khi rà soát.',
          'Raised when a cited legal document is amended, replaced or expires. Reviewers clear it after checking.',
        ),
      },
    },
    {
      name: 'reviewNote',
      type: 'textarea',
      label: label('Lý do cần rà soát', 'Why it needs review'),
      access: { read: authenticatedField, create: nobodyField, update: nobodyField },
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.needsReview) },
    },
    {
      name: 'supersedes',
      type: 'relationship',
      relationTo: slug,
      label: label('Thay thế phiên bản', 'Replaces version'),
      access: { create: contentAuthorsField, update: nobodyField },
      // A copy is an item of its own: only "new version" makes a version (src/hooks/contentWorkflow.ts).
      hooks: { beforeDuplicate: [() => null] },
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (data) => Boolean(data?.supersedes),
        description: label(
          'Khi phiên bản này được duyệt, phiên bản cũ tự chuyển sang Ngừng sử dụng.',
          'When this version is approved, the old one is retired automatically.',
        ),
      },
    },
    stamp('createdBy', 'Người soạn', 'Written by', 'user', authenticatedField),
    stamp('lastEditedBy', 'Người sửa lần cuối', 'Last edited by', 'user', authenticatedField),
    stamp('submittedAt', 'Gửi duyệt lúc', 'Submitted at', 'date', authenticatedField),
    stamp('approvedBy', 'Người duyệt', 'Approved by', 'user', authenticatedField),
    // When it was issued is public (the site sorts by it); who approved it is not.
    stamp('approvedAt', 'Duyệt lúc', 'Approved at', 'date'),
    stamp('retiredAt', 'Ngừng sử dụng lúc', 'Retired at', 'date', authenticatedField),
    // One new version in the making per item: two "new version" clicks at once made two drafts.
    uniqueKeyField({ key: openVersionKey, duplicate: () => ({ field: 'supersedes', message: OPEN_VERSION_MESSAGE }) }),
  ]
}

/**
 * Where the item stands for the public (scheduled, public, expired), kept by a hook on every save
 * and by the publishing job as dates pass (src/jobs/updatePublicationStates.ts).
 */
export function publicationField(window: { from: string; until: string }): Field {
  return {
    name: 'publication',
    type: 'select',
    index: true,
    defaultValue: 'not_public',
    label: label('Tình trạng công khai', 'Publication'),
    options: optionsFrom(PUBLICATION_STATE_LABELS),
    access: { create: nobodyField, update: nobodyField },
    admin: { position: 'sidebar', readOnly: true },
    hooks: {
      beforeChange: [
        ({ siblingData }) =>
          publicationState(siblingData.status as ContentStatus, {
            from: siblingData[window.from] as string | null,
            until: siblingData[window.until] as string | null,
          }),
      ],
    },
  }
}
