/**
 * A relationship field holds an id, or the related document when populated (depth ≥ 1). These
 * read either form. Ids are numbers on SQL databases and strings on MongoDB.
 */
export type Id = number | string

export function relationId(value: unknown): Id | null {
  const id = value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value
  return typeof id === 'number' || typeof id === 'string' ? id : null
}

/** The related document's name when populated, otherwise null. */
export function relationName(value: unknown): string | null {
  return value && typeof value === 'object' && 'name' in value && value.name ? String(value.name) : null
}
