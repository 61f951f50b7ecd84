import path from 'node:path'

import type { CollectionConfig, TextFieldSingleValidation } from 'payload'

import { authenticatedOrPublic } from '../../src/access/authenticatedOrPublic'
import { mediaDeleters } from '../../src/access/mediaDeleters'
import { mediaEditors } from '../../src/access/mediaEditors'
import { nobodyField } from '../../src/access/nobody'
import { ACCEPTED_MIME_TYPES, isImageMimeType } from '../../src/domain/uploads'
import { GROUPS, label } from '../../src/lib/labels'
import { downloadPdfs } from './hooks/downloadPdfs'
import { refuseChangingFrozenFiles, refuseDeletingFrozenFiles } from './hooks/freezeFilesOfReviewedContent'
import { missingFileNotFound } from './hooks/missingFileNotFound'
import { rejectDisallowedUploads } from './hooks/rejectDisallowedUploads'
import { rejectOversizedImages } from './hooks/rejectOversizedImages'

/** Where uploaded files live: LOA_MEDIA_DIR, or media/ in the project (git-ignored). */
export function mediaDirectory(): string {
  return path.resolve(process.env.LOA_MEDIA_DIR || path.join(process.cwd(), 'media'))
}

const altTextForImages: TextFieldSingleValidation = (value, { siblingData }) =>
  isImageMimeType((siblingData as { mimeType?: string }).mimeType) && !value?.trim()
    ? 'Ảnh cần có mô tả thay thế (alt) bằng tiếng Việt cho người dùng trình đọc màn hình. (Images need Vietnamese alt text.)'
    : true

/** Images, PDFs and short MP4 clips that materials use. Checked before anything is stored. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('Tệp', 'Media file'), plural: label('Thư viện tệp', 'Media') },
  admin: {
    group: GROUPS.content,
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize', 'isPublic'],
    listSearchableFields: ['filename', 'alt', 'caption'],
  },
  access: {
    read: authenticatedOrPublic,
    create: mediaEditors,
    update: mediaEditors,
    delete: mediaDeleters,
  },
  hooks: {
    beforeOperation: [rejectDisallowedUploads, refuseChangingFrozenFiles, rejectOversizedImages],
    beforeDelete: [refuseDeletingFrozenFiles],
  },
  upload: {
    staticDir: mediaDirectory(),
    // GET /api/media/file/<name> of no file on disk: a 404, not Payload's 500.
    handlers: [missingFileNotFound],
    // PDFs are sent as downloads, so they open in the person's own reader, not in a tab at Loa's
    // address (PDFs carrying JavaScript are also refused at upload).
    modifyResponseHeaders: downloadPdfs,
    mimeTypes: ACCEPTED_MIME_TYPES,
    // Without this the admin offers "paste a URL" and the server fetches whatever it is given.
    pasteURL: false,
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300 },
      { name: 'card', width: 800, height: 450 },
      // Facebook and Zalo link previews.
      { name: 'social', width: 1200, height: 630, position: 'centre' },
      // A4 at 300 dpi across; a smaller original is kept at its own size, never blown up.
      { name: 'print', width: 2480, withoutEnlargement: true },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: label('Mô tả ảnh (alt)', 'Alt text'),
      validate: altTextForImages,
      admin: {
        description: label(
          'Bắt buộc với ảnh: một câu tiếng Việt nói ảnh cho thấy gì, cho người dùng trình đọc màn hình. Không cần với PDF, video.',
          'Required for images: one Vietnamese sentence saying what the image shows, for screen-reader users. Not needed for PDFs and videos.',
        ),
      },
    },
    { name: 'caption', type: 'textarea', label: label('Chú thích', 'Caption') },
    { name: 'credit', type: 'text', label: label('Nguồn, tác giả', 'Credit') },
    {
      name: 'isPublic',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: label('Công khai', 'Public'),
      // Set by the system, never by hand: a file becomes public when a published material uses it
      // (that hook comes with the materials collection). Until then only logged-in users see it.
      access: { create: nobodyField, update: nobodyField },
      admin: {
        position: 'sidebar',
        description: label(
          'Tự bật khi một tài liệu đã xuất bản dùng tệp này; khách chưa đăng nhập chỉ xem được tệp công khai.',
          'Turned on when a published material uses this file; anonymous visitors see public files only.',
        ),
      },
    },
  ],
  timestamps: true,
}
