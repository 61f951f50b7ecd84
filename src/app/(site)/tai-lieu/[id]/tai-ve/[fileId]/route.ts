import config from '@payload-config'
import { getPayload } from 'payload'

import { materialById } from '../../../../../../lib/publicContent'

/** Count a download of one of a public material's files, then send the visitor to the file. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string; fileId: string }> }) {
  const { id, fileId } = await params
  const material = await materialById(id)
  const file = ((material?.files ?? []) as unknown[]).find(
    (f): f is { id: number | string; url: string } => !!f && typeof f === 'object' && String((f as { id: unknown }).id) === fileId,
  )
  if (!material || !file?.url) return new Response('Không tìm thấy tệp.', { status: 404 })
  const payload = await getPayload({ config })
  const { downloadCount } = await payload.findByID({ collection: 'materials', id: material.id, depth: 0, select: { downloadCount: true } })
  // Straight to the adapter (still Payload's API, any database): a download is not an edit, so it
  // must not add a version, touch updatedAt's reviewers or expire the site's cache.
  await payload.db.updateOne({
    collection: 'materials',
    id: material.id,
    data: { downloadCount: (downloadCount ?? 0) + 1 },
    returning: false,
  })
  return Response.redirect(new URL(file.url, _req.url), 302)
}
