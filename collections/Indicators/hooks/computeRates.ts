import type { CollectionBeforeChangeHook } from 'payload'

import { figureErrors, participationRates, type Counts } from '../../../src/domain/participation'
import { relationId } from '../../../src/domain/relations'
import { DUPLICATE_FIGURES_MESSAGE } from '../../../src/domain/uniqueKeys'
import { fieldErrors } from '../../../src/lib/fieldError'

/**
 * Figures are checked as a whole (participants against population…), one set per commune and
 * period, and the rates are computed here — never typed — whatever the request sent.
 */
export const computeRates: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const errors = figureErrors(merged)
  const locality = relationId(merged.locality)
  if (locality !== null && !errors.length) {
    const { docs } = await req.payload.find({
      collection: 'indicators',
      where: { and: [{ locality: { equals: locality } }, { year: { equals: merged.year } }, { period: { equals: merged.period } }] },
      limit: 1,
      depth: 0,
      select: {},
      req,
    })
    if (docs[0] && String(docs[0].id) !== String(originalDoc?.id ?? '')) {
      errors.push({ field: 'period', message: DUPLICATE_FIGURES_MESSAGE })
    }
  }
  if (errors.length) fieldErrors(req, collection.slug, errors)
  return { ...data, ...participationRates(merged as Counts) }
}
