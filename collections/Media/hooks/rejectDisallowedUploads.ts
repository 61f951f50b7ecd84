import fs from 'node:fs/promises'

import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { pdfScriptRejection } from '../../../src/domain/pdfScripts'
import { SNIFF_BYTES, uploadRejection } from '../../../src/domain/uploads'
import { fieldError } from '../../../src/lib/fieldError'

type IncomingFile = NonNullable<PayloadRequest['file']>

const NO_FILE =
  'Hãy chọn một tệp để tải lên; thư viện không tải tệp từ địa chỉ URL. (Attach a file: uploads by URL are not accepted.)'

/**
 * Refuses a file the media library does not take (wrong type, SVG, too large for its kind, content
 * that is not what its extension says, a PDF carrying JavaScript) before Payload processes it.
 *
 * A beforeOperation hook, because it is the only collection hook that runs before Payload's
 * generateFileData: that step sniffs the file, runs sharp for every image size and hands the files
 * to be written; beforeValidate and beforeChange come after it. Throwing here means no sharp work,
 * no file in the upload directory and no document.
 *
 * On create a file must come with the request: a create without one would make Payload fetch the
 * `url` given in the data (pasteURL: false only turns off the admin's paste endpoint), and a
 * fetched file would skip this check. Duplicating a document copies its already-checked file.
 */
export const rejectDisallowedUploads: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return
  const file = req.file
  if (!file) {
    if (operation === 'create' && !(args as { duplicateFromID?: unknown }).duplicateFromID) {
      fieldError(req, 'media', 'file', NO_FILE)
    }
    return
  }
  const { head, size } = await headAndSize(file)
  // Only with `abortOnLimit: false`, which Loa does not set: Payload then cuts the file short.
  const message = (file as { truncated?: boolean }).truncated
    ? `Tệp "${file.name}" quá lớn. (The file is too large.)`
    : uploadRejection({ name: file.name, mimeType: file.mimetype, size, head })
  if (message) fieldError(req, 'media', 'file', message)
  if (isPdf(file)) {
    const scripts = pdfScriptRejection(file.name, await wholeFile(file))
    if (scripts) fieldError(req, 'media', 'file', scripts)
  }
}

/** uploadRejection has already checked that a .pdf name, its declared type and its content agree. */
const isPdf = (file: IncomingFile) => /\.pdf$/i.test(file.name.trim())

/** All of the file's bytes: a PDF's scripts can be anywhere in it. */
async function wholeFile(file: IncomingFile): Promise<Uint8Array> {
  if (file.data && file.data.length > 0) return file.data
  return file.tempFilePath ? fs.readFile(file.tempFilePath) : new Uint8Array(0)
}

/** The first bytes and the real size: from memory, or from Payload's temp file when useTempFiles is on. */
async function headAndSize(file: IncomingFile): Promise<{ head: Uint8Array; size: number }> {
  if (file.data && file.data.length > 0) return { head: file.data.subarray(0, SNIFF_BYTES), size: file.data.length }
  if (!file.tempFilePath) return { head: new Uint8Array(0), size: 0 }
  const handle = await fs.open(file.tempFilePath, 'r')
  try {
    const head = Buffer.alloc(SNIFF_BYTES)
    const { bytesRead } = await handle.read(head, 0, SNIFF_BYTES, 0)
    return { head: head.subarray(0, bytesRead), size: (await handle.stat()).size }
  } finally {
    await handle.close()
  }
}
