import type { CollectionBeforeOperationHook } from 'payload'
import sharp, { type Metadata } from 'sharp'

import { imageDimensionsRejection, uploadKindOf } from '../../../src/domain/uploads'
import { fieldError } from '../../../src/lib/fieldError'

const UNREADABLE = (name: string) =>
  `Không đọc được ảnh "${name}": tệp hỏng hoặc không trọn vẹn. Hãy lưu lại ảnh rồi tải lên lại. (The image cannot be read.)`

/**
 * Refuses an image with more pixels than the library takes (MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE) before
 * Payload's generateFileData hands it to sharp for every image size: a small, well-compressed file
 * can decode to gigabytes. Like rejectDisallowedUploads, a beforeOperation hook because no later
 * collection hook runs before that step; it runs after it, so the file is known to be a JPEG, PNG or
 * WebP whose content matches its name.
 *
 * sharp's metadata() reads the header only; the pixel limit is lifted for this one read so an
 * oversized image gets its dimensions in the message rather than sharp's English error.
 */
export const rejectOversizedImages: CollectionBeforeOperationHook = async ({ operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return
  const file = req.file
  // By name: rejectDisallowedUploads has checked that name, declared type and content agree.
  if (!file || uploadKindOf(file.name) !== 'image') return
  const input = file.data?.length ? file.data : file.tempFilePath
  if (!input) return
  let header: Metadata
  try {
    header = await sharp(input, { limitInputPixels: false }).metadata()
  } catch {
    fieldError(req, 'media', 'file', UNREADABLE(file.name))
  }
  // For an animated WebP, height is one frame's and pages the number of frames.
  const message = imageDimensionsRejection(file.name, { width: header.width ?? 0, height: header.pageHeight ?? header.height ?? 0, pages: header.pages })
  if (message) fieldError(req, 'media', 'file', message)
}
