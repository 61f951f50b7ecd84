/**
 * The audit trail's diff: which fields a write changed, with their values before and after, as
 * plain data. Personal data is never copied into the trail (only that it changed), long values
 * are cut, and populated documents are reduced to their ids. Plain functions, unit-tested.
 */
export type AuditChange = { field: string; before: unknown; after: unknown }

/** Bookkeeping every write touches; never worth a line in the trail. */
export const AUDIT_IGNORED = ['updatedAt', 'createdAt', '_status', 'id'] as const
export const MASK = '[không lưu: dữ liệu cá nhân hoặc khóa bí mật]'
const MAX_TEXT = 2_000

/** A populated relationship (a document: it has an id and timestamps) becomes its id. */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain)
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>
    if ('id' in o && 'createdAt' in o) return o.id
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, plain(v)]))
  }
  return value
}

/** Long text and large structures are cut to keep the trail readable and bounded. */
function bounded(value: unknown): unknown {
  if (typeof value === 'string') return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}… (${value.length} ký tự)` : value
  if (value && typeof value === 'object') {
    const text = JSON.stringify(value)
    return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}… (${text.length} ký tự JSON)` : value
  }
  return value
}

const empty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)

/**
 * The fields that differ between two versions of a document (top-level fields; a change inside an
 * array or group is reported on that field). A create has no `before`, a delete no `after`;
 * fields absent from an update's `after` are not compared.
 */
export function auditChanges(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
  masked: readonly string[] = [],
): AuditChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])
  const changes: AuditChange[] = []
  for (const field of fields) {
    if ((AUDIT_IGNORED as readonly string[]).includes(field)) continue
    // An update's document comes back as its writer may read it: a field missing there was hidden
    // from them, not removed (removing a value leaves it null).
    if (before && after && !(field in after)) continue
    const b = plain(before?.[field])
    const a = plain(after?.[field])
    if (empty(a) && empty(b)) continue
    if (JSON.stringify(a) === JSON.stringify(b)) continue
    const hide = masked.includes(field)
    changes.push({
      field,
      before: hide ? (empty(b) ? null : MASK) : (bounded(b) ?? null),
      after: hide ? (empty(a) ? null : MASK) : (bounded(a) ?? null),
    })
  }
  return changes.sort((x, y) => x.field.localeCompare(y.field))
}
