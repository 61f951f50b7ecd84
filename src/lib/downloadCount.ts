import type { Payload } from 'payload'

/**
 * Adds one to a material's download count in a single atomic database write: `$inc` becomes
 * `download_count = download_count + 1` on SQLite and PostgreSQL and MongoDB's `$inc`, the form
 * Payload's own failed-login counter uses. Reading the count and writing it back lost downloads
 * made at the same moment (each wrote the same count + 1).
 *
 * Straight to the adapter (still Payload's API, any database): a download is not an edit, so it
 * must not add a version, touch updatedAt, run the reviewers' hooks or expire the site's cache.
 * The adapter sets updatedAt on every write unless it is given as null (Payload's documented way,
 * on SQL and MongoDB alike).
 */
export async function countDownload(payload: Payload, materialId: number | string): Promise<void> {
  await payload.db.updateOne({
    collection: 'materials',
    id: materialId,
    data: { downloadCount: { $inc: 1 }, updatedAt: null },
    returning: false,
  })
}
