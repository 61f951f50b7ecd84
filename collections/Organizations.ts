import type { CollectionConfig } from 'payload'

import { referenceDataAccess } from '../src/access/referenceData'
import { abbreviationError } from '../src/domain/letterhead'
import { ORGANIZATION_KIND_LABELS, REPORT_ROLE_LABELS } from '../src/domain/organizations'
import { uniqueNameFields } from '../src/fields/uniqueName'
import { GROUPS, label, optionsFrom } from '../src/lib/labels'

/** Every body named in section VI of the 2026–2030 plan, plus one People's Committee per commune. */
export const Organizations: CollectionConfig = {
  slug: 'organizations',
  labels: { singular: label('Đơn vị', 'Organization'), plural: label('Đơn vị', 'Organizations') },
  admin: {
    group: GROUPS.people,
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'locality', 'email'],
    listSearchableFields: ['name', 'shortName'],
    description: label(
      'Các cơ quan, đơn vị, địa phương có trách nhiệm theo mục VI Kế hoạch 2026–2030.',
      'Bodies responsible under section VI of the 2026–2030 plan.',
    ),
  },
  access: referenceDataAccess,
  fields: [
    ...uniqueNameFields('organizations', label('Tên đơn vị', 'Name'), 'Đã có đơn vị với tên này.'),
    { name: 'shortName', type: 'text', label: label('Tên viết tắt', 'Short name') },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      label: label('Loại đơn vị', 'Kind'),
      options: optionsFrom(ORGANIZATION_KIND_LABELS),
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'organizations',
      label: label('Đơn vị cấp trên', 'Parent organization'),
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    {
      name: 'locality',
      type: 'relationship',
      relationTo: 'localities',
      index: true,
      label: label('Xã/phường/đặc khu phụ trách', 'Commune covered'),
      admin: {
        description: label(
          'Với UBND xã, phường, đặc khu: địa bàn của mình.',
          'For a commune People’s Committee: its own commune.',
        ),
      },
    },
    { name: 'email', type: 'email', label: label('Email liên hệ', 'Contact email') },
    { name: 'phone', type: 'text', label: label('Điện thoại', 'Phone') },
    { name: 'responsibilities', type: 'textarea', label: label('Nhiệm vụ theo Kế hoạch', 'Duties under the plan') },
    {
      type: 'collapsible',
      label: label('Tiêu đề văn bản và người ký (Nghị định 30/2020/NĐ-CP)', 'Letterhead and signer (Decree 30/2020)'),
      admin: {
        description: label(
          'In ở góc trái trên và khối chữ ký của báo cáo do đơn vị ban hành.',
          'Printed at the top left and in the signature block of the reports this body issues.',
        ),
      },
      fields: [
        {
          name: 'letterheadSuperior',
          type: 'text',
          maxLength: 120,
          label: label('Tên cơ quan chủ quản (dòng trên)', 'Superior body (upper line)'),
          admin: {
            description: label(
              'Ví dụ: UBND THÀNH PHỐ HẢI PHÒNG, BẢO HIỂM XÃ HỘI VIỆT NAM. Để trống nếu văn bản không in cơ quan chủ quản (UBND xã, phường; MTTQ).',
              'e.g. UBND THÀNH PHỐ HẢI PHÒNG. Leave empty when none is printed.',
            ),
          },
        },
        {
          name: 'letterheadName',
          type: 'textarea',
          maxLength: 160,
          label: label('Tên cơ quan ban hành trên văn bản', 'Issuing body as printed'),
          admin: {
            rows: 2,
            description: label(
              'In đậm; xuống dòng để in thành hai dòng, ví dụ "ỦY BAN NHÂN DÂN" / "PHƯỜNG THIÊN HƯƠNG". Để trống: dùng tên đơn vị.',
              'Bold; a new line prints it on two lines. Empty: the name above.',
            ),
          },
        },
        {
          name: 'documentAbbreviation',
          type: 'text',
          maxLength: 20,
          label: label('Chữ viết tắt trong ký hiệu văn bản', 'Abbreviation in the document symbol'),
          validate: (value: unknown) => abbreviationError(value) ?? true,
          admin: {
            description: label('Ví dụ: SNV trong "Số: 15/BC-SNV". Để trống: số văn bản để chỗ trống cho văn thư điền.', 'e.g. SNV in "Số: 15/BC-SNV".'),
          },
        },
        {
          name: 'signerPosition',
          type: 'textarea',
          maxLength: 120,
          label: label('Chức vụ người ký', 'Signer’s position'),
          admin: {
            rows: 2,
            description: label(
              'Ví dụ: GIÁM ĐỐC; hoặc hai dòng "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH". Để trống: bản dự thảo để dòng trống.',
              'e.g. GIÁM ĐỐC, or two lines. Empty: a blank line on the draft.',
            ),
          },
        },
        { name: 'signerName', type: 'text', maxLength: 100, label: label('Họ tên người ký', 'Signer’s name') },
        {
          name: 'reportRole',
          type: 'select',
          label: label('Vai trò trong chế độ báo cáo (mục VIII)', 'Role in reporting (section VIII)'),
          options: optionsFrom(REPORT_ROLE_LABELS),
        },
      ],
    },
  ],
  timestamps: true,
}
