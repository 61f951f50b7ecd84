import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { bucketsOf, type TallySource } from '../domain/tallies'
import { recordTallyChanges } from '../lib/tallies'

/**
 * After an event or media output is written or deleted, note which monthly tallies it touched
 * (before and after the change: a moved event leaves one month and joins another).
 */
export function tallyChangeHooks(source: TallySource): { afterChange: CollectionAfterChangeHook; afterDelete: CollectionAfterDeleteHook } {
  return {
    afterChange: async ({ doc, previousDoc, req }) => {
      await recordTallyChanges(req, [...bucketsOf(source, previousDoc), ...bucketsOf(source, doc)])
      return doc
    },
    afterDelete: async ({ doc, req }) => {
      await recordTallyChanges(req, bucketsOf(source, doc))
      return doc
    },
  }
}
