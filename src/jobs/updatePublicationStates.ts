import type { TaskConfig } from 'payload'

import { publicationState, type ContentStatus, type PublicationState } from '../domain/contentWorkflow'
import { syncMediaVisibility } from '../lib/mediaVisibility'
import { expirePublicContent } from '../lib/siteCache'

export const UPDATE_PUBLICATION_TASK = 'updatePublicationStates'

const WINDOWS = {
  messages: { from: 'validFrom', until: 'validUntil' },
  materials: { from: 'publishDate', until: 'expiryDate' },
} as const

/**
 * Scheduled publishing and expiry: every minute, approved messages and materials whose publish,
 * validity or expiry date has passed change state; their files follow, and the site's cache is
 * expired so the change shows at once. Self-healing: after downtime the next run catches up.
 */
export const updatePublicationStates: TaskConfig<{ input: object; output: { changed: number } }> = {
  slug: UPDATE_PUBLICATION_TASK,
  label: 'Đăng và hết hạn nội dung theo lịch',
  schedule: [{ cron: '* * * * *', queue: 'default' }],
  handler: async ({ req }) => {
    const now = new Date()
    let changed = 0
    for (const [collection, window] of Object.entries(WINDOWS) as [keyof typeof WINDOWS, (typeof WINDOWS)[keyof typeof WINDOWS]][]) {
      const { docs } = await req.payload.find({
        collection,
        where: { or: [{ status: { equals: 'approved' } }, { publication: { not_equals: 'not_public' } }] },
        depth: 0,
        pagination: false,
        select: { status: true, publication: true, [window.from]: true, [window.until]: true, ...(collection === 'materials' ? { cover: true, files: true } : {}) },
        req,
      })
      for (const doc of docs as unknown as Record<string, unknown>[]) {
        const state = publicationState(doc.status as ContentStatus, {
          from: doc[window.from] as string | null,
          until: doc[window.until] as string | null,
        })
        if (state === (doc.publication as PublicationState)) continue
        // A change of state is not an edit: no new version, no hooks.
        await req.payload.db.updateOne({ collection, id: doc.id as number | string, data: { publication: state }, req, returning: false })
        if (collection === 'materials') await syncMediaVisibility(req, [doc.cover, ...((doc.files as unknown[]) ?? [])])
        changed++
      }
    }
    if (changed) expirePublicContent()
    return { output: { changed } }
  },
}
