import type { Field, FlattenedField } from 'payload'

import { nobodyField } from '../access/nobody'

export const UNIQUE_KEY_FIELD = 'uniqueKey'

/** Which visible field a duplicate is reported on, with the message the rule's hook gives. */
export type Duplicate = { field: string; message: string }

type UniqueKeyRule = {
  /**
   * The key of a document (src/domain/uniqueKeys.ts), from its values after the write; null when
   * the rule does not hold the document (NULLs never collide). Where a part can be empty, the key
   * needs a placeholder for it instead (EMPTY_PART), or two empty ones would never collide.
   */
  key: (doc: Record<string, unknown>) => string | null
  /** The field error for a write refused by the index, given the key it tried to store. */
  duplicate: (key: string) => Duplicate
}

/**
 * A "one per …" rule held by the database: a hidden key computed from the rule's parts on every
 * write, under a unique index. The rule's hook still gives its message in the normal case; the
 * index refuses the concurrent write that passed the hook's check, and src/lib/uniqueKeyErrors.ts
 * turns that refusal into the same message. Nobody writes the key: field access drops what a
 * request sends, and the hook below sets it after.
 */
export function uniqueKeyField(rule: UniqueKeyRule): Field {
  return {
    name: UNIQUE_KEY_FIELD,
    type: 'text',
    unique: true,
    access: { create: nobodyField, update: nobodyField },
    admin: { hidden: true, disableListColumn: true, disableListFilter: true },
    custom: { duplicate: rule.duplicate, key: rule.key },
    hooks: {
      // A part the write leaves out (undefined) keeps its stored value; null clears it.
      beforeChange: [({ data, originalDoc }) => rule.key({ ...originalDoc, ...Object.fromEntries(Object.entries(data ?? {}).filter(([, v]) => v !== undefined)) })],
    },
  }
}

/** The rule of a collection's unique key (its fields), or null when it has none. */
export function uniqueKeyRule(fields: FlattenedField[] | undefined): UniqueKeyRule | null {
  const custom = fields?.find((f) => f.name === UNIQUE_KEY_FIELD)?.custom as Partial<UniqueKeyRule> | undefined
  return custom?.key && custom.duplicate ? (custom as UniqueKeyRule) : null
}

/** The field error for a unique key of these fields refused by the database, or null for any other path. */
export function duplicateOf(fields: FlattenedField[] | undefined, path: unknown, key: unknown): Duplicate | null {
  if (path !== UNIQUE_KEY_FIELD || typeof key !== 'string') return null
  return uniqueKeyRule(fields)?.duplicate(key) ?? null
}
