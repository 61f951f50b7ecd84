import type { BaseDatabaseAdapter, DatabaseAdapterObj, FlattenedField, PayloadRequest } from 'payload'

import { duplicateOf } from '../fields/uniqueKey'
import { fieldError } from './fieldError'

/** The adapter's methods that store a collection's document. */
const DOCUMENT_WRITES = ['create', 'updateOne', 'updateMany', 'upsert'] as const

type WriteArgs = { collection?: string; data?: Record<string, unknown>; req?: Partial<PayloadRequest> }

/**
 * A "one per …" key (src/fields/uniqueKey.ts) refused by the database's unique index comes back
 * from the adapter as Payload's "Value must be unique" on the hidden key. It is rethrown here as
 * the rule's own field error (field and message as its hook gives them), so REST, GraphQL and the
 * Local API answer a write that lost a race exactly like one the hook caught. Any other error
 * passes unchanged.
 */
export function withUniqueKeyErrors<T extends BaseDatabaseAdapter>(adapter: DatabaseAdapterObj<T>): DatabaseAdapterObj<T> {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      for (const method of DOCUMENT_WRITES) {
        const write = db[method] as unknown as (this: T, args: WriteArgs) => Promise<unknown>
        if (typeof write !== 'function') continue
        ;(db as unknown as Record<string, unknown>)[method] = async function (this: T, writeArgs: WriteArgs) {
          try {
            return await write.call(this, writeArgs)
          } catch (error) {
            rethrowDuplicate(db, error, writeArgs)
            throw error
          }
        }
      }
      return db
    },
  }
}

function rethrowDuplicate(db: BaseDatabaseAdapter, error: unknown, { collection, data, req }: WriteArgs): void {
  const paths = ((error as { data?: { errors?: { path?: unknown }[] } })?.data?.errors ?? []).map((e) => e?.path)
  if (!collection || paths.length !== 1) return
  const fields = (db.payload?.collections as Record<string, { config: { flattenedFields: FlattenedField[] } } | undefined>)?.[collection]?.config.flattenedFields
  const duplicate = duplicateOf(fields, paths[0], data?.[paths[0] as string])
  if (!duplicate) return
  fieldError((req?.payload ? req : { ...req, payload: db.payload }) as PayloadRequest, collection, duplicate.field, duplicate.message)
}
