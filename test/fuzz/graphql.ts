/**
 * Hostile GraphQL requests for the fuzz test (test/integration/fuzz.test.ts), generated with
 * fast-check from a fixed seed and the schema read by introspection. Each request runs several
 * operations under aliases (one request, many fields: the form the security review used), and
 * every aliased field carries a defect of its own that must refuse it: an id of no document or of
 * the wrong type, a filter that cannot run, data the input type does not have. Queries and
 * mutations of every collection are reached, Payload's own included.
 */
import fc from 'fast-check'

import { ROLES, type Role } from './requests'

export type SchemaArg = { name: string; type: string }
export type SchemaField = { name: string; args: SchemaArg[] }
export type GraphqlRequest = { query: string; as: Role; operation: 'query' | 'mutation'; fields: string[]; defects: string[] }

/**
 * Defects of two kinds: those the schema lets through, so the resolvers run and must refuse them
 * (an id of no document or out of range, a filter on such ids), and those GraphQL's validation
 * refuses for the whole request (a value of the wrong type, a field or input that does not exist).
 */
const RESOLVER_IDS = ['2147483000', '-1', '0', '2147483647']
const SCHEMA_IDS = ['"abc"', '"1abc"', '1.5', '"../../etc/passwd"', '"\\u0000"', '99999999999999999999', '"<script>alert(1)</script>"']
const RESOLVER_WHERE = [
  '{ id: { equals: -1 } }',
  '{ id: { in: [0, 1] } }',
  '{ id: { not_in: [-5] } }',
  '{ OR: [{ id: { equals: 1 } }, { id: { equals: 0 } }] }',
  `{ AND: [${'{ AND: ['.repeat(20)}{ id: { equals: -1 } }${'] }'.repeat(20)}] }`,
]
const SCHEMA_WHERE = [
  '{ createdAt: { equals: "không phải ngày" } }',
  '{ updatedAt: { greater_than: "2026-13-45" } }',
  '{ id: { equals: "abc" } }',
  '{ zzKhongCo: { equals: "1" } }',
  '{ id: { near: "1,2" } }',
  '{ createdAt: { exists: "maybe" } }',
]
/** Data no input type accepts. */
const BAD_DATA = ['{ zzKhongCo: "<script>alert(1)</script>" }', '"không phải đối tượng"', '{ id: "../../etc/passwd", zzKhongCo: 1 }', '[1, 2]']
const DECORATION = ['', '', 'limit: -1', 'limit: 99999999', 'page: 0', 'sort: "password"', 'depth: 99']

const argNames = (field: SchemaField) => new Set(field.args.map((a) => a.name))

/**
 * One aliased field with a defect that refuses it, or null when the field takes no argument that
 * can carry one. `schemaValid`: only defects the schema lets through, for the resolvers to refuse.
 */
function defectiveField(field: SchemaField, pick: (list: string[]) => string, schemaValid: boolean): { text: string; defect: string } | null {
  const args = argNames(field)
  const extra = (names: string[]) => names.filter((n) => n && args.has(n.split(':')[0])).join(', ')
  if (args.has('id')) {
    const data = args.has('data') ? `, data: ${schemaValid ? '{}' : pick(['{}', ...BAD_DATA])}` : ''
    return { text: `${field.name}(id: ${pick(schemaValid ? RESOLVER_IDS : [...RESOLVER_IDS, ...SCHEMA_IDS])}${data})`, defect: 'id of no document' }
  }
  if (args.has('where')) {
    const decoration = extra([pick(DECORATION)])
    const where = pick(schemaValid ? RESOLVER_WHERE : [...RESOLVER_WHERE, ...SCHEMA_WHERE])
    return { text: `${field.name}(where: ${where}${decoration ? `, ${decoration}` : ''})`, defect: 'a filter that cannot run' }
  }
  // Data alone (a create, a global's update): only ever a defect the schema refuses.
  if (args.has('data') && !schemaValid) return { text: `${field.name}(data: ${pick(BAD_DATA)})`, defect: 'data of no input type' }
  return null
}

/** What an aliased field selects: every object type here has `id`, list types `docs { id }`, counts `totalDocs`. */
const selection = (field: SchemaField) => (/^count/.test(field.name) ? '{ totalDocs }' : field.args.some((a) => a.name === 'where') ? '{ docs { id } }' : '{ id }')

/**
 * `count` requests, each of 1 to 8 aliased fields of one kind (queries or mutations), the same
 * field repeated under several aliases at times.
 */
export function graphqlRequests(queries: SchemaField[], mutations: SchemaField[], count: number, seed: number): GraphqlRequest[] {
  // Fields a defect can reach (auth operations such as me or logout take none: the REST fuzz covers them).
  const usable = (fields: SchemaField[], schemaValid: boolean) => fields.filter((f) => defectiveField(f, (l) => l[0], schemaValid))
  const pools = {
    query: [usable(queries, false), usable(queries, true)],
    mutation: [usable(mutations, false), usable(mutations, true)],
  }
  const arb = fc.record({
    operation: fc.constantFrom('query' as const, 'mutation' as const),
    // Most requests pass the schema's validation, so that the resolvers of every alias run.
    schemaValid: fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
    as: fc.constantFrom(...ROLES),
    picks: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { minLength: 1, maxLength: 8 }),
  })
  const requests = fc.sample(arb, { seed, numRuns: count }).map(({ operation, as, picks, schemaValid }) => {
    const pool = pools[operation][schemaValid ? 1 : 0]
    const parts: string[] = []
    const fields: string[] = []
    const defects: string[] = []
    let previous: SchemaField | undefined
    for (const [i, [which, choice, repeat]] of picks.entries()) {
      const field = repeat && previous ? previous : pool[which % pool.length]
      const made = defectiveField(field, (list) => list[choice % list.length], schemaValid)!
      parts.push(`a${i}: ${made.text} ${selection(field)}`)
      fields.push(field.name)
      defects.push(made.defect)
      previous = field
    }
    return { query: `${operation} { ${parts.join(' ')} }`, as, operation, fields, defects } satisfies GraphqlRequest
  })
  // Every field a defect can reach, at least once: those chance left out get a request of their own.
  const reached = new Set(requests.flatMap((r) => r.fields))
  for (const operation of ['query', 'mutation'] as const) {
    for (const field of pools[operation][0].filter((f) => !reached.has(f.name))) {
      const schemaValid = pools[operation][1].includes(field)
      const made = defectiveField(field, (list) => list[field.name.length % list.length], schemaValid)!
      requests.push({ query: `${operation} { a0: ${made.text} ${selection(field)} }`, as: ROLES[field.name.length % ROLES.length], operation, fields: [field.name], defects: [made.defect] })
    }
  }
  return requests
}

/** The names of every field a defect can reach: what the requests above cover between them. */
export const reachableFields = (queries: SchemaField[], mutations: SchemaField[]) =>
  new Set([...queries, ...mutations].filter((f) => defectiveField(f, (l) => l[0], false)).map((f) => f.name))
