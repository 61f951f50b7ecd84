import fs from 'node:fs'
import path from 'node:path'

import type { PayloadRequest } from 'payload'

import { problem } from '../../../src/lib/fieldError'

/**
 * Upload handler for GET /api/media/file/<name>: a name with no file on disk answers 404 (Payload
 * answers 500 there); anything else goes on to Payload's own serving, which checks the path.
 */
export function missingFileNotFound(req: PayloadRequest, { params }: { params: { filename: string } }): Response | void {
  const dir = path.resolve(req.payload.collections.media.config.upload.staticDir!)
  const file = path.resolve(dir, params.filename)
  if (!file.startsWith(dir + path.sep)) return // Payload refuses it with a 400
  if (!fs.existsSync(file)) return problem(404, 'Không tìm thấy tệp.')
}
