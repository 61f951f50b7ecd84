/**
 * A media file is readable by the public exactly while a public material uses it (as its cover or
 * one of its files); drafts' files stay private even if someone guesses their URL.
 */
import type { PayloadRequest } from 'payload'

import { relationId } from '../domain/relations'

export async function syncMediaVisibility(req: PayloadRequest, refs: unknown[]): Promise<void> {
  const ids = [...new Set(refs.map(relationId).filter((id): id is number | string => id !== null).map(String))]
  for (const id of ids) {
    const { totalDocs } = await req.payload.count({
      collection: 'materials',
      where: {
        and: [
          { publication: { equals: 'public' } },
          { or: [{ cover: { equals: id } }, { files: { in: [id] } }] },
        ],
      },
      req,
    })
    const media = await req.payload.findByID({ collection: 'media', id, depth: 0, req, disableErrors: true, select: { isPublic: true } })
    if (!media || Boolean(media.isPublic) === totalDocs > 0) continue
    await req.payload.db.updateOne({ collection: 'media', id, data: { isPublic: totalDocs > 0 }, req, returning: false })
  }
}
