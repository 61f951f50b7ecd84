/**
 * A media file is readable by the public exactly while a public material uses it (as its cover or
 * one of its files); drafts' files stay private even if someone guesses their URL.
 */
import type { PayloadRequest } from 'payload'

const idOf = (value: unknown): number | string | null =>
  value && typeof value === 'object' ? ((value as { id?: number | string }).id ?? null) : ((value as number | string | null) ?? null)

export async function syncMediaVisibility(req: PayloadRequest, refs: unknown[]): Promise<void> {
  const ids = [...new Set(refs.map(idOf).filter((id): id is number | string => id !== null).map(String))]
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
