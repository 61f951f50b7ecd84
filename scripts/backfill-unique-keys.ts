/**
 * `payload run scripts/backfill-unique-keys.ts` (run by `npm run migrate` after the migrations):
 * fills the "one per …" keys of rows stored before the keys existed. Not inside a migration: it
 * reads through Payload with today's collections, which only match the database once every
 * migration has run. Stops, naming both rows, where older rows already break a rule.
 */
import { getPayload } from 'payload'

import config from '../payload.config'
import { fillMissingUniqueKeys } from '../src/lib/backfillUniqueKeys'

const payload = await getPayload({ config })
try {
  await fillMissingUniqueKeys(payload)
} finally {
  await payload.destroy()
}
