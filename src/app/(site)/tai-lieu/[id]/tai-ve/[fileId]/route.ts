import config from '@payload-config'
import { getPayload } from 'payload'

import { countDownload } from '../../../../../../lib/downloadCount'
import { materialById } from '../../../../../../lib/publicContent'

/** Count a download of one of a public material's files, then send the visitor to the file. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string; fileId: string }> }) {
  const { id, fileId } = await params
  const material = await materialById(id)
  const file = ((material?.files ?? []) as unknown[]).find(
    (f): f is { id: number | string; url: string } => !!f && typeof f === 'object' && String((f as { id: unknown }).id) === fileId,
  )
  if (!material || !file?.url) return new Response('Không tìm thấy tệp.', { status: 404 })
  await countDownload(await getPayload({ config }), material.id)
  return Response.redirect(new URL(file.url, _req.url), 302)
}
