import type { CollectionBeforeChangeHook, Where } from 'payload'

import { fieldError } from '../../../src/lib/fieldError'

/** One target per indicator, year and locality (or city-wide): two would make evaluation ambiguous. */
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
    fieldError(req, 'targets', 'year', 'Đã có chỉ tiêu này cho năm và địa bàn đã chọn.')
  }
  return data
}
