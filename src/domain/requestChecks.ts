/**
 * Checks on what a REST client sends before Payload runs a query with it. Payload reads a path id
 * with parseFloat ("1abc" is document 1, "abc" is NaN and a database error) and passes filter
 * values it cannot convert straight to the database (an invalid date becomes "no condition": a
 * DELETE filtered on `updatedAt not_in "x"` removed every row). These functions say what is wrong,
 * in Vietnamese, so the request is refused with a 400 instead.
 */

/**
 * How a filter value must look for the field it is compared with: 'ids' is a relationship holding
 * a list of ids, 'structured' a rich text or JSON field (a document of its own, not a value).
 */
export type ValueKind = 'id' | 'ids' | 'date' | 'number' | 'polymorphic' | 'structured' | 'point' | 'other' | { options: string[] }

/** Payload's query operators (payload/shared `validOperators`). */
export const OPERATORS = new Set(['equals', 'contains', 'not_equals', 'in', 'all', 'not_in', 'exists', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal', 'like', 'not_like', 'within', 'intersects', 'near'])
const LISTS = new Set(['in', 'not_in', 'all'])
/** Operators on coordinates: only a `point` field has any (Loa has none); on anything else the query fails in the database. */
const GEO = new Set(['near', 'within', 'intersects'])
/** Operators that compare with one value: a list or an object there fails in the database (SQLite) or means nothing. */
const ONE_VALUE = new Set(['equals', 'not_equals', 'like', 'not_like', 'contains', 'exists', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
/**
 * Operators each kind of field answers without a database error, as Payload's own filter builder
 * offers them (PostgreSQL fails on `like` over a date, a number's `contains`, a select's enum…).
 * 'other' (text and the like, paths through relationships) is left to Payload.
 */
const COMPARE = ['equals', 'not_equals', 'in', 'not_in', 'exists']
const RANGE = [...COMPARE, 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']
const OPERATORS_OF: Record<string, Set<string>> = {
  // `like` on an id is the admin's search where a collection has no title field.
  id: new Set([...COMPARE, 'like']),
  // A list of ids: `contains` one of them (the event calendar asks so).
  ids: new Set([...COMPARE, 'like', 'contains']),
  polymorphic: new Set(COMPARE),
  select: new Set(COMPARE),
  date: new Set(RANGE),
  number: new Set(RANGE),
  structured: new Set(['exists']),
}
/** A filter's size from a client: conditions across all and/or, and values in all its lists. */
export const MAX_WHERE_CONDITIONS = 100
export const MAX_WHERE_VALUES = 1000
/** The most documents one list request answers (REST `limit`, GraphQL `limit`). */
export const MAX_LIST_LIMIT = 1000
/** Keys that reach object internals instead of data. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])
/** PostgreSQL's `serial` ids are 32-bit. */
const MAX_ID = 2_147_483_647
const MAX_DEPTH = 16

/** A value quoted in a message: short, without control characters. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, '�')
  return `"${clean.length > 40 ? `${clean.slice(0, 40)}…` : clean}"`
}

/** A numeric id as written in a URL or filter: digits only, within the database's range. */
export function isNumericId(value: unknown): boolean {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 && value <= MAX_ID
  return typeof value === 'string' && /^\d{1,10}$/.test(value) && Number(value) > 0 && Number(value) <= MAX_ID
}

/** What is wrong with a document id from the path (`/api/topics/<id>`), or null. Only numeric ids (SQL databases) are checked. */
export function idProblem(raw: unknown, idType: 'number' | 'text'): string | null {
  if (idType !== 'number' || isNumericId(raw)) return null
  return `Mã tài liệu ${quote(raw)} không hợp lệ: phải là một số nguyên dương. (Invalid document ID.)`
}

/** True when a string anywhere in the value holds a NUL character, which PostgreSQL refuses to store or compare. */
export function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000')
  if (!value || typeof value !== 'object' || depth > 64) return false
  return Object.entries(value).some(([k, v]) => k.includes('\u0000') || hasNul(v, depth + 1))
}
export const NUL_MESSAGE = 'Nội dung gửi lên có ký tự NUL (\\0), không được phép. (NUL character.)'

/** What is wrong with a request body for a create or an update: it must be one JSON object. */
export function bodyProblem(data: unknown): string | null {
  if ((data !== null && typeof data === 'object' && !Array.isArray(data))) return null
  return 'Nội dung gửi lên phải là một đối tượng JSON, ví dụ {"title": "…"}. (The body must be a JSON object.)'
}

function valueProblem(path: string, kind: ValueKind, operator: string, value: unknown, idType: 'number' | 'text'): string | null {
  if (operator === 'exists') {
    return value === true || value === false || value === 'true' || value === 'false' ? null : `Điều kiện "exists" của trường "${path}" phải là true hoặc false.`
  }
  if (kind === 'polymorphic' && !(value !== null && typeof value === 'object')) {
    return `Trường "${path}" trỏ tới nhiều loại tài liệu: hãy lọc theo "${path}.relationTo" và "${path}.value".`
  }
  if (kind === 'other' || kind === 'polymorphic' || kind === 'structured' || kind === 'point') return null
  const comparisons = typeof kind === 'object' ? ['equals', 'not_equals', 'in', 'not_in', 'all'] : ['equals', 'not_equals', 'in', 'not_in', 'all', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']
  if (!comparisons.includes(operator)) return null
  const values = LISTS.has(operator) ? (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]) : [value]
  for (const v of values) {
    // "null" compares with an empty value, as Payload reads it.
    if ((v === null || v === 'null') && (operator === 'equals' || operator === 'not_equals' || LISTS.has(operator))) continue
    // A select's values are a database enum on PostgreSQL: any other value is an error there.
    if (typeof kind === 'object' && !kind.options.includes(String(v))) {
      return `Giá trị lọc ${quote(v)} của trường "${path}" không có trong danh sách (${kind.options.slice(0, 8).join(', ')}${kind.options.length > 8 ? ', …' : ''}).`
    }
    if ((kind === 'id' || kind === 'ids') && idType === 'number' && !isNumericId(v)) {
      return `Giá trị lọc ${quote(v)} của trường "${path}" không phải là mã hợp lệ (số nguyên dương).`
    }
    if (kind === 'number' && !(typeof v === 'number' ? Number.isFinite(v) : typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim()))) {
      return `Giá trị lọc ${quote(v)} của trường "${path}" không phải là một số.`
    }
    // Payload's own queries pass Date objects (the admin's document locks: updatedAt > a Date).
    if (kind === 'date' && !((typeof v === 'string' || typeof v === 'number' || v instanceof Date) && !Number.isNaN(new Date(v).getTime()))) {
      return `Giá trị lọc ${quote(v)} của trường "${path}" không phải là ngày hợp lệ (dạng 2026-11-01 hoặc 2026-11-01T08:00:00Z).`
    }
  }
  return null
}

const isPlainObject = (value: unknown) => value !== null && typeof value === 'object' && !(value instanceof Date)

/** An operator the field cannot answer, or a value of the wrong shape for the operator (each one a database error before). */
function operatorProblem(path: string, kind: ValueKind, operator: string, value: unknown): string | null {
  if (GEO.has(operator) && kind !== 'point') {
    return `Toán tử "${operator}" chỉ dùng cho trường tọa độ; trường "${path}" không phải tọa độ. (Geo operators need a point field.)`
  }
  if (operator === 'all') return `Toán tử "all" không được hỗ trợ (trường "${path}"): hãy dùng "in". (Operator "all" is not supported.)`
  const allowed = OPERATORS_OF[typeof kind === 'object' ? 'select' : kind]
  if (allowed && !allowed.has(operator)) {
    return `Trường "${path}" không lọc được bằng "${operator}"; dùng một trong: ${[...allowed].join(', ')}. (Operator not available for this field.)`
  }
  if (ONE_VALUE.has(operator) && isPlainObject(value)) {
    return `Điều kiện "${operator}" của trường "${path}" nhận một giá trị, không phải danh sách hay đối tượng. (One value expected.)`
  }
  if (LISTS.has(operator) && isPlainObject(value) && !Array.isArray(value)) {
    return `Điều kiện "${operator}" của trường "${path}" nhận một danh sách giá trị (a,b,c), không phải một đối tượng. (A list expected.)`
  }
  return null
}

/**
 * What makes a client's filter too big to run, or null: more than MAX_WHERE_CONDITIONS conditions
 * across all its and/or branches (twenty thousand held a SQLite server for seconds, and failed),
 * or more than MAX_WHERE_VALUES values in its lists (past the databases' bound parameters). Only
 * for what a client sends: the server's own queries (a page of related ids) may list more.
 */
export function whereSizeProblem(where: unknown): string | null {
  let conditions = 0
  let values = 0
  const stack: unknown[] = [where]
  while (stack.length) {
    const node = stack.pop()
    if (!node || typeof node !== 'object') continue
    for (const [key, condition] of Object.entries(node)) {
      if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
        if (condition && typeof condition === 'object') stack.push(...Object.values(condition))
        continue
      }
      if (!condition || typeof condition !== 'object') continue
      for (const [operator, value] of Object.entries(condition)) {
        conditions++
        if (LISTS.has(operator)) values += Array.isArray(value) ? value.length : typeof value === 'string' ? value.split(',').length : 1
      }
      if (conditions > MAX_WHERE_CONDITIONS) {
        return `Điều kiện lọc quá rộng: tối đa ${MAX_WHERE_CONDITIONS} điều kiện trong một yêu cầu. (Filter too wide.)`
      }
      if (values > MAX_WHERE_VALUES) return `Điều kiện lọc có quá nhiều giá trị: tối đa ${MAX_WHERE_VALUES} giá trị trong các danh sách. (Too many values.)`
    }
  }
  return null
}

/**
 * What is wrong with a list request's paging, or null: `limit` a whole number up to
 * MAX_LIST_LIMIT (0 means "all", which the caller caps), `page` a whole number from 1 (a negative
 * page was a PostgreSQL error). REST sends text that Payload did not read as a number.
 */
export function pagingProblem(limit: unknown, page: unknown): string | null {
  const whole = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v)
  if (limit !== undefined && limit !== null && !(whole(limit) && (limit as number) >= 0 && (limit as number) <= MAX_LIST_LIMIT)) {
    return `Số tài liệu mỗi trang (limit) phải là số nguyên từ 1 đến ${MAX_LIST_LIMIT}, không phải ${quote(limit)}: hãy lấy theo từng trang (page). (limit must be 1–${MAX_LIST_LIMIT}.)`
  }
  if (page !== undefined && page !== null && !(whole(page) && (page as number) >= 1)) {
    return `Số trang (page) phải là số nguyên từ 1, không phải ${quote(page)}. (Invalid page.)`
  }
  return null
}

/**
 * The first problem in a `where` filter, or null: unknown operators, keys that reach object
 * internals, nesting beyond reason, values that cannot be an id, a number or a date for the
 * field they filter, operators the field cannot answer (coordinates on a text, `like` on a date),
 * lists where one value is expected, and paths into rich text or JSON. Unknown fields are left to Payload, which refuses them with the path.
 * `kindOf` says what a top-level path holds ('version.' already removed for version queries).
 */
export function whereProblem(where: unknown, kindOf: (path: string) => ValueKind, idType: 'number' | 'text', depth = 0): string | null {
  if (where === undefined || where === null) return null
  if (typeof where !== 'object') return `Điều kiện lọc (where) phải có dạng where[trường][toán tử]=giá trị, không phải ${quote(where)}.`
  if (depth > MAX_DEPTH) return `Điều kiện lọc lồng quá sâu (tối đa ${MAX_DEPTH} cấp and/or).`
  for (const [key, condition] of Object.entries(where)) {
    if (FORBIDDEN_KEYS.has(key)) return `Trường lọc ${quote(key)} không hợp lệ.`
    if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
      if (!condition || typeof condition !== 'object') return `Điều kiện "${key}" phải là một danh sách điều kiện.`
      for (const part of Object.values(condition)) {
        const problem = whereProblem(part, kindOf, idType, depth + 1)
        if (problem) return problem
      }
      continue
    }
    // An empty condition is what the query-string parser leaves of where[x][constructor]=…: refused, not read as "no filter".
    if (!condition || typeof condition !== 'object' || Array.isArray(condition) || !Object.keys(condition).length) {
      return `Điều kiện lọc trường ${quote(key)} thiếu toán tử, ví dụ where[${key}][equals]=….`
    }
    const path = key.replace(/^version\./, '')
    const [first, ...inside] = path.split('.')
    if (inside.length && kindOf(first) === 'structured') {
      return `Không lọc được theo phần bên trong trường "${first}" (văn bản định dạng hoặc JSON): chỉ lọc theo "${first}" có hay không (exists). (Paths into rich text or JSON are not filterable.)`
    }
    const kind = kindOf(path)
    for (const [operator, value] of Object.entries(condition)) {
      if (!OPERATORS.has(operator)) return `Toán tử lọc ${quote(operator)} không hợp lệ (trường ${quote(key)}).`
      const problem = operatorProblem(key, kind, operator, value) ?? valueProblem(key, kind, operator, value, idType)
      if (problem) return problem
    }
  }
  return null
}

/** A field's value kind, from its Payload type (relationships and uploads to one collection hold ids). */
export function kindOfField(field: { type: string; relationTo?: unknown; options?: unknown[]; hasMany?: boolean } | undefined): ValueKind {
  if (!field) return 'other'
  if ((field.type === 'select' || field.type === 'radio') && Array.isArray(field.options)) {
    return { options: field.options.map((o) => (o && typeof o === 'object' ? String((o as { value: unknown }).value) : String(o))) }
  }
  if (field.type === 'date') return 'date'
  if (field.type === 'number') return 'number'
  if (field.type === 'relationship' || field.type === 'upload') return typeof field.relationTo !== 'string' ? 'polymorphic' : field.hasMany ? 'ids' : 'id'
  if (field.type === 'richText' || field.type === 'json') return 'structured'
  if (field.type === 'point') return 'point'
  return 'other'
}

/** A filter with no condition at all (`{}`, or what the parser leaves of `where[__proto__]…`): for a bulk change this would mean every document. */
export function isEmptyWhere(where: unknown): boolean {
  return !where || typeof where !== 'object' || Object.keys(where).length === 0
}

/** What is wrong with the date fields of a body (timestamps included), or null: Payload stores what `new Date` cannot read. */
export function dateDataProblem(data: Record<string, unknown>, dateFields: string[]): string | null {
  for (const name of dateFields) {
    const value = data[name]
    if (value === undefined || value === null || value === '') continue
    if (typeof value !== 'string' || Number.isNaN(new Date(value).getTime())) {
      return `Trường "${name}": ${quote(value)} không phải là ngày hợp lệ (dạng 2026-11-01 hoặc 2026-11-01T08:00:00Z).`
    }
  }
  return null
}

/** What is wrong with the number fields of a body, or null: Payload reads "1e999x" with parseFloat, as Infinity. */
export function numberDataProblem(data: Record<string, unknown>, numberFields: string[]): string | null {
  for (const name of numberFields) {
    const value = data[name]
    if (value === undefined || value === null || value === '' || Array.isArray(value)) continue // hasMany lists are Payload's to check
    const ok = typeof value === 'number' ? Number.isFinite(value) : typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())
    if (!ok) return `Trường "${name}": ${quote(value)} không phải là một số.`
  }
  return null
}

/** A sign-in or reset email as sent: a string shaped like an address, of a sane length. */
export function emailProblem(email: unknown): string | null {
  if (typeof email === 'string' && email.length <= 254 && /^[^\s@]+@[^\s@]+$/.test(email.trim())) return null
  return `Địa chỉ email ${quote(email)} không hợp lệ.`
}

/** A top-level select or relationship field, as the body checks need it. */
export type ShapedField =
  | { name: string; type: 'select'; options: string[]; hasMany: boolean }
  | { name: string; type: 'relation'; relationTo: string; hasMany: boolean }

/** The ids a relationship value names: a bare id, a populated document ({ id }) or a list of either. */
export function relationIds(value: unknown): unknown[] {
  const list = Array.isArray(value) ? value : [value]
  return list.filter((v) => v !== null && v !== undefined && v !== '').map((v) => (v && typeof v === 'object' && 'id' in v ? (v as { id: unknown }).id : v))
}

/**
 * What is wrong with the select and relationship values of a body, or null. Payload's own
 * validation lets an object through a select ({"$ne": "x"} reached the database as
 * "[object Object]") and checks a relationship's ids only for their type (-1 reached the database
 * and failed its foreign key). A relationship's ids are the caller's to check (isWellFormedId,
 * then a query for the rest): either way the answer is "no such document".
 */
export function shapeDataProblem(data: Record<string, unknown>, fields: ShapedField[]): string | null {
  for (const field of fields) {
    const value = data[field.name]
    if (value === undefined || value === null) continue
    if (Array.isArray(value) && !field.hasMany) return `Trường "${field.name}" nhận một giá trị, không phải một danh sách.`
    if (field.type === 'select') {
      const values = Array.isArray(value) ? value : [value]
      const wrong = values.find((v) => typeof v !== 'string' || !field.options.includes(v))
      if (wrong !== undefined) return `Giá trị ${quote(wrong)} của trường "${field.name}" không có trong danh sách (${field.options.slice(0, 8).join(', ')}${field.options.length > 8 ? ', …' : ''}).`
      continue
    }
  }
  return null
}

/** An id that could name a document of this database (SQL: a positive whole number; MongoDB: a non-empty string). */
export function isWellFormedId(id: unknown, idType: 'number' | 'text'): boolean {
  return idType === 'number' ? isNumericId(id) : typeof id === 'string' && id.trim() !== ''
}

/** The message for relationship ids that name no document, with the related collection's name ("Không có xã, phường, đặc khu này"). */
export function missingRelationMessage(collectionLabel: string, ids: unknown[]): string {
  const name = collectionLabel.charAt(0).toLowerCase() + collectionLabel.slice(1)
  return `Không có ${name} này (mã ${ids.slice(0, 5).map((id) => quote(id)).join(', ')}${ids.length > 5 ? ', …' : ''}).`
}
