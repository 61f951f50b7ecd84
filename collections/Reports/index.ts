import type { CollectionConfig } from 'payload'

import { adminOnly, adminOnlyField } from '../../src/access/adminOnly'
import { nobodyField } from '../../src/access/nobody'
import { reportAuthorsField, reportCreators, reportReaders, reportRequestField, reportUpdaters } from '../../src/access/reportAccess'
import { PERIOD_LABELS } from '../../src/domain/participation'
import { DUPLICATE_REVIEW_MESSAGE, isReviewKind } from '../../src/domain/reviewReport'
import { REPORT_KIND_LABELS, REPORT_PERIODS, REPORT_STATUS_LABELS } from '../../src/domain/reports'
import { DUPLICATE_REPORT_MESSAGE, reportKey } from '../../src/domain/uniqueKeys'
import { stamp } from '../../src/fields/stamp'
import { uniqueKeyField } from '../../src/fields/uniqueKey'
import { yearInTerm } from '../../src/fields/validators'
import { workflowStatus } from '../../src/fields/workflowStatus'
import { GROUPS, label, optionsFrom } from '../../src/lib/labels'
import { reportDownloads } from './endpoints/reportDownloads'
import { assignReportOrganization } from './hooks/assignReportOrganization'
import { compileReport } from './hooks/compileReport'
import { enforceReportWorkflow } from './hooks/enforceReportWorkflow'
import { nonNegativeInteger } from '../../src/fields/validators'

const narrative = (name: string, vi: string, en: string, description: string) =>
  ({ name, type: 'textarea', maxLength: 20_000, label: label(vi, en), access: { update: reportAuthorsField }, admin: { description, rows: 8 } }) as const

const reviewNarrative = (name: string, vi: string, en: string, description: string) => {
  const field = narrative(name, vi, en, description)
  return { ...field, admin: { ...field.admin, condition: (data: Record<string, unknown>) => isReviewKind(data?.kind) } } as const
}

/**
 * Periodic reports (plan section VIII): each organization's 6-monthly and yearly report to Sở Nội
 * vụ, figures compiled from what it logged in Loa plus its narrative; ad hoc reports Sở Nội vụ
 * requests from an organization (subject and deadline), written and sent the same way; and Sở Nội
 * vụ's consolidated city report, mid-term (2026–2028) and final (2026–2030) reviews. Downloads: DOCX and XLSX.
 */
export const Reports: CollectionConfig = {
  slug: 'reports',
  labels: { singular: label('Báo cáo', 'Report'), plural: label('Báo cáo định kỳ', 'Periodic reports') },
  admin: {
    group: GROUPS.evaluation,
    useAsTitle: 'title',
    defaultColumns: ['title', 'organization', 'status', 'dueDate', 'updatedAt'],
    description: label(
      'Số liệu được tổng hợp tự động từ Loa; đơn vị viết phần đánh giá rồi gửi Sở Nội vụ. Tải về: Word (DOCX) và Excel (XLSX).',
      'Figures are compiled from Loa; the organization writes the narrative and submits to Sở Nội vụ. Download as DOCX and XLSX.',
    ),
  },
  access: { read: reportReaders, create: reportCreators, update: reportUpdaters, delete: adminOnly },
  hooks: { beforeValidate: [assignReportOrganization], beforeChange: [enforceReportWorkflow, compileReport] },
  endpoints: reportDownloads,
  defaultSort: '-updatedAt',
  fields: [
    { name: 'title', type: 'text', label: label('Tên báo cáo', 'Title'), admin: { readOnly: true, description: label('Tự động tạo.', 'Generated.') } },
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', required: true, defaultValue: 'unit', index: true, label: label('Loại báo cáo', 'Kind'), options: optionsFrom(REPORT_KIND_LABELS) },
        {
          name: 'organization',
          type: 'relationship',
          relationTo: 'organizations',
          index: true,
          label: label('Đơn vị báo cáo', 'Reporting organization'),
          access: { update: adminOnlyField },
        },
      ],
    },
    {
      name: 'subject',
      type: 'text',
      maxLength: 300,
      label: label('Nội dung yêu cầu báo cáo', 'What is requested'),
      access: { create: reportRequestField, update: reportRequestField },
      admin: {
        condition: (data) => data?.kind === 'adhoc',
        description: label('Báo cáo đột xuất: Sở Nội vụ nêu nội dung cần báo cáo và đặt hạn gửi.', 'Ad hoc report: what Sở Nội vụ asks for, with a deadline.'),
      },
    },
    {
      name: 'requestDetails',
      type: 'textarea',
      maxLength: 5_000,
      label: label('Yêu cầu cụ thể', 'Details of the request'),
      access: { create: reportRequestField, update: reportRequestField },
      admin: { condition: (data) => data?.kind === 'adhoc', rows: 4 },
    },
    {
      type: 'row',
      // An ad hoc report has no reporting period: its year is its deadline's.
      admin: { condition: (data) => data?.kind !== 'adhoc' },
      fields: [
        {
          name: 'year',
          type: 'number',
          required: true,
          index: true,
          label: label('Năm', 'Year'),
          validate: (value: number | null | undefined) => (value == null ? 'Cần chọn năm báo cáo.' : yearInTerm(value)),
        },
        {
          name: 'period',
          type: 'select',
          required: true,
          defaultValue: 'year',
          index: true,
          label: label('Kỳ báo cáo', 'Period'),
          options: REPORT_PERIODS.map((p) => ({ value: p, label: PERIOD_LABELS[p] })),
        },
        { name: 'number', type: 'text', maxLength: 40, access: { update: reportAuthorsField }, label: label('Số văn bản', 'Document number'), admin: { description: label('Ví dụ: 15 (in thành "Số: 15/BC-" và chữ viết tắt của đơn vị) hoặc đủ ký hiệu: 15/BC-HND.', 'e.g. 15, or with its symbol: 15/BC-HND.') } },
      ],
    },
    workflowStatus(REPORT_STATUS_LABELS, {
      vi: 'Dự thảo → Gửi Sở Nội vụ → Tiếp nhận hoặc trả lại để bổ sung (kèm nội dung cần bổ sung).',
      en: 'Draft → Submitted → accepted or returned by the Department of Home Affairs (saying what to correct).',
    }),
    {
      name: 'dueDate',
      type: 'date',
      index: true,
      label: label('Hạn gửi', 'Due'),
      // Sở Nội vụ sets an ad hoc report's deadline; every other kind's is computed from the deadlines (the workflow hook overwrites it).
      access: { create: reportRequestField, update: reportRequestField },
      admin: {
        position: 'sidebar',
        description: label('Báo cáo đột xuất: Sở Nội vụ đặt hạn. Các báo cáo khác: tự tính theo hạn báo cáo định kỳ.', 'Ad hoc: set by Sở Nội vụ; otherwise computed.'),
        date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' },
      },
    },
    {
      name: 'returnReason',
      type: 'textarea',
      label: label('Nội dung cần bổ sung (khi trả lại)', 'What to correct (when returned)'),
      admin: { condition: (data) => data?.status === 'submitted' || data?.status === 'returned' },
    },
    narrative('results', 'Kết quả đạt được', 'Results', 'Đánh giá kết quả; số liệu bên dưới được tổng hợp tự động.'),
    // A review writes its limitations and causes instead (printed in their place).
    { ...narrative('difficulties', 'Khó khăn, vướng mắc', 'Difficulties', 'Khó khăn, vướng mắc và nguyên nhân.'), admin: { description: 'Khó khăn, vướng mắc và nguyên nhân.', rows: 8, condition: (data: Record<string, unknown>) => !isReviewKind(data?.kind) } },
    narrative('proposals', 'Đề xuất, kiến nghị', 'Proposals', 'Đề xuất, kiến nghị với Sở Nội vụ, UBND thành phố.'),
    // Plan II.2: "hằng năm 100% CBCCVC, NLĐ được tuyên truyền" is measured from what each organization reports here.
    {
      type: 'row',
      admin: { condition: (data: Record<string, unknown>) => data?.kind === 'unit' },
      fields: [
        {
          name: 'staffTotal',
          type: 'number',
          access: { update: reportAuthorsField },
          label: label('Tổng số CBCCVC, người lao động của đơn vị', 'Officials and employees (total)'),
          validate: (value: number | null | undefined) => nonNegativeInteger(value),
        },
        {
          name: 'staffInformed',
          type: 'number',
          access: { update: reportAuthorsField },
          label: label('Số CBCCVC, NLĐ đã được tuyên truyền, phổ biến trong kỳ', 'Of whom informed this period'),
          admin: { description: label('Gồm tập huấn, sinh hoạt lồng ghép đã ghi trong Loa và các hình thức khác.', 'Training and internal sessions count.') },
          validate: (value: number | null | undefined, { siblingData }: { siblingData: Record<string, unknown> }) => {
            const own = nonNegativeInteger(value)
            if (own !== true) return own
            const total = siblingData.staffTotal
            return typeof value === 'number' && typeof total === 'number' && value > total ? 'Số người được tuyên truyền không vượt quá tổng số CBCCVC, NLĐ.' : true
          },
        },
      ],
    },
    // The sections a sơ kết / tổng kết adds (reviews only); an empty one prints "(Sở Nội vụ bổ sung)" in the draft.
    reviewNarrative('limitations', 'Hạn chế, tồn tại và nguyên nhân', 'Limitations and causes', 'Những chỉ tiêu, nhiệm vụ chưa đạt và nguyên nhân (chủ quan, khách quan).'),
    reviewNarrative('lessons', 'Bài học kinh nghiệm', 'Lessons learned', 'Bài học rút ra sau giai đoạn thực hiện.'),
    reviewNarrative('directions', 'Phương hướng, nhiệm vụ', 'Directions', 'Sơ kết: phương hướng cho giai đoạn 2029–2030; tổng kết: cho giai đoạn tiếp theo.'),
    reviewNarrative('commendations', 'Đề xuất khen thưởng', 'Proposed commendations', 'Tập thể, cá nhân có thành tích đề nghị khen thưởng (mục VI.1 của Kế hoạch).'),
    {
      type: 'row',
      fields: [
        { name: 'signerRole', type: 'text', maxLength: 100, access: { update: reportAuthorsField }, label: label('Chức danh người ký', 'Signer’s title'), admin: { description: label('Ví dụ: CHỦ TỊCH, GIÁM ĐỐC.', 'e.g. GIÁM ĐỐC.') } },
        { name: 'signerName', type: 'text', maxLength: 100, access: { update: reportAuthorsField }, label: label('Họ tên người ký', 'Signer’s name') },
      ],
    },
    {
      name: 'figures',
      type: 'json',
      label: label('Số liệu tổng hợp từ Loa', 'Figures compiled from Loa'),
      access: { create: nobodyField, update: nobodyField },
      admin: {
        readOnly: true,
        description: label(
          'Tính lại mỗi lần lưu khi báo cáo còn là dự thảo; giữ nguyên từ khi gửi.',
          'Recompiled on every save while a draft; frozen once submitted.',
        ),
        condition: (data) => data?.kind === 'unit',
        components: { Field: '/src/components/admin/ReportFigures#ReportFigures' },
      },
    },
    stamp('figuresCompiledAt', 'Số liệu tổng hợp lúc', 'Figures compiled at', 'date'),
    stamp('submittedAt', 'Gửi lúc', 'Submitted at', 'date'),
    stamp('submittedBy', 'Người gửi', 'Submitted by', 'user'),
    stamp('decidedAt', 'Tiếp nhận/trả lại lúc', 'Decided at', 'date'),
    stamp('decidedBy', 'Người tiếp nhận/trả lại', 'Decided by', 'user'),
    // One report per organization (or city kind) and period, one review of each kind, held by the
    // database too: a second one created at the same time is refused (the workflow hook's check gives the message).
    uniqueKeyField({
      key: reportKey,
      // A review's key is its kind alone (src/domain/uniqueKeys.ts).
      duplicate: (key) => (isReviewKind(key) ? { field: 'kind', message: DUPLICATE_REVIEW_MESSAGE[key] } : { field: 'period', message: DUPLICATE_REPORT_MESSAGE }),
    }),
    // Markers of the deadline reminders (src/jobs/sendReportReminders.ts), written by the job only.
    { name: 'reminderBeforeSentAt', type: 'date', access: { create: nobodyField, update: nobodyField }, admin: { hidden: true } },
    { name: 'reminderOverdueSentAt', type: 'date', access: { create: nobodyField, update: nobodyField }, admin: { hidden: true } },
    {
      name: 'downloads',
      type: 'ui',
      label: label('Tải báo cáo', 'Download'),
      admin: { position: 'sidebar', components: { Field: '/src/components/admin/ReportDownloads#ReportDownloads' } },
    },
  ],
  timestamps: true,
}
