import type { CollectionBeforeChangeHook } from 'payload'

import { CITY_RESULT_KEYS } from '../../../src/domain/indicators'
import { PERIODS } from '../../../src/domain/participation'
import { DUPLICATE_CITY_RESULT_MESSAGE } from '../../../src/domain/uniqueKeys'
import { fieldError } from '../../../src/lib/fieldError'

/** One result per indicator, year and period: two would leave the dashboard to guess which one counts (the database's `uniqueKey` holds it under concurrency). */
export const rejectDuplicateCityResult: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const indicator = data.indicator ?? originalDoc?.indicator
  const year = data.year ?? originalDoc?.year
  const period = data.period ?? originalDoc?.period
  // A missing or unknown value is field validation's to report (and would fail as a filter value).
  if (!CITY_RESULT_KEYS.includes(indicator) || !year || !(PERIODS as readonly unknown[]).includes(period)) return data
  const { totalDocs } = await req.payload.count({
    collection: 'city-results',
    where: {
      and: [
        { indicator: { equals: indicator } },
        { year: { equals: year } },
        { period: { equals: period } },
        ...(operation === 'update' ? [{ id: { not_equals: originalDoc?.id } }] : []),
      ],
    },
    req,
  })
  if (totalDocs > 0) fieldError(req, 'city-results', 'period', DUPLICATE_CITY_RESULT_MESSAGE)
  return data
}
