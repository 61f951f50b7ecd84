import type { CollectionBeforeChangeHook, Where } from 'payload'

import { DUPLICATE_TARGET_MESSAGE } from '../../../src/domain/uniqueKeys'
import { fieldError } from '../../../src/lib/fieldError'

/**
 * One target per indicator, year and locality (or city-wide): two would make evaluation ambiguous.
 * The unique key on targets (src/fields/uniqueKey.ts) refuses a concurrent second one with the same message.
 */
export const rejectDuplicateTarget: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const indicator = data.indicator ?? originalDoc?.indicator
  const year = data.year ?? originalDoc?.year
  const rawLocality = data.locality === undefined ? originalDoc?.locality : data.locality
  const locality = rawLocality && typeof rawLocality === 'object' ? rawLocality.id : rawLocality
  if (!indicator || !year) return data // field validation reports the missing value
  const where: Where = {
    and: [
      { indicator: { equals: indicator } },
      { year: { equals: year } },
      locality ? { locality: { equals: locality } } : { locality: { exists: false } },
      ...(operation === 'update' ? [{ id: { not_equals: originalDoc?.id } }] : []),
    ],
  }
  const { totalDocs } = await req.payload.count({ collection: 'targets', where, req })
  if (totalDocs > 0) {
    fieldError(req, 'targets', 'year', DUPLICATE_TARGET_MESSAGE)
  }
  return data
}
