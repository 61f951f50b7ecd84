import { buildSchema, parse, specifiedRules, validate, type OperationDefinitionNode } from 'graphql'
import { describe, expect, it } from 'vitest'

import { MAX_LIST_LIMIT } from '../../src/domain/requestChecks'
import { limitQueryCost, MAX_QUERY_COST, operationCost, QUERY_WEIGHT } from '../../src/lib/graphqlQueryCost'

/** Payload's shape: a paginated list query, a document query, relationships, a mutation. */
const schema = buildSchema(`
  type Organization { id: Int name: String }
  type Locality { id: Int name: String kind: [String] organization: Organization partners: [Organization] }
  type Localities { docs: [Locality] totalDocs: Int }
  type Query {
    Localities(limit: Int, page: Int, pagination: Boolean, where: String): Localities
    Locality(id: Int): Locality
  }
  type Mutation { createLocality(name: String): Locality }
`)

const cost = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query)
  const operation = document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode
  return operationCost(schema, document, operation, variables)
}
const aliases = (n: number, selection: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${selection}`).join(' ')} }`

describe('what a GraphQL query can read', () => {
  it('a list query costs one query plus its page of documents', () => {
    // Default page (10): 100 + docs (1 + 10 × 2 fields).
    expect(cost('{ Localities { docs { id name } } }')).toBe(QUERY_WEIGHT + 1 + 10 * 2)
    expect(cost('{ Localities(limit: 1000) { docs { id name } totalDocs } }')).toBe(QUERY_WEIGHT + 1 + 1000 * 2 + 1)
    // "All" counts as the largest page a request may ask for, as does a limit above it or not known yet.
    for (const all of ['limit: 0', 'pagination: false', 'limit: 5000', 'limit: $n']) {
      expect(cost(`query ($n: Int) { Localities(${all}) { docs { id } } }`), all).toBe(QUERY_WEIGHT + 1 + MAX_LIST_LIMIT)
    }
    expect(cost('query ($n: Int) { Localities(limit: $n) { docs { id } } }', { n: 5 })).toBe(QUERY_WEIGHT + 1 + 5)
  })

  it('every alias counts, also inside fragments spread many times', () => {
    const one = cost('{ Localities(limit: 1000) { docs { id name } } }')
    expect(cost(aliases(300, 'Localities(limit: 1000) { docs { id name } }'))).toBe(300 * one)
    const spread = `{ ${Array.from({ length: 300 }, (_, i) => `a${i}: Localities(limit: 1000) { ...F }`).join(' ')} } fragment F on Localities { docs { id name } }`
    expect(cost(spread)).toBe(300 * one)
    // Aliased scalars count one each.
    expect(cost('{ Locality(id: 1) { a: id b: id c: name } }')).toBe(QUERY_WEIGHT + 3)
  })

  it('relationships inside a page are multiplied by the page, lists of them by a guess of ten', () => {
    expect(cost('{ Localities(limit: 100) { docs { organization { name } } } }')).toBe(QUERY_WEIGHT + 1 + 100 * (1 + 1))
    expect(cost('{ Localities(limit: 100) { docs { partners { name } kind } } }')).toBe(QUERY_WEIGHT + 1 + 100 * (1 + 10 * 1 + 1))
  })

  it('fragment cycles and unknown fields end the walk (GraphQL refuses them itself)', () => {
    expect(Number.isFinite(cost('{ Localities { ...A } } fragment A on Localities { ...A docs { id } }'))).toBe(true)
    expect(cost('{ Nothing { id } }')).toBe(1)
    expect(cost('{ __schema { types { name fields { name } } } }')).toBe(1)
  })

  it('the rule refuses in Vietnamese above the bound, and lets ordinary queries through', () => {
    const run = (query: string, variables?: Record<string, unknown>) => validate(schema, parse(query), [...specifiedRules, limitQueryCost(variables)])
    expect(run('{ Localities(limit: 100) { docs { id name organization { name } } } }')).toEqual([])
    expect(run('mutation { createLocality(name: "x") { id } }')).toEqual([])
    const [error] = run(aliases(300, 'Localities(limit: 1000) { docs { id name } }'))
    expect(error.message).toMatch(new RegExp(`^Truy vấn GraphQL quá nặng: ước tính đọc \\d+ giá trị, tối đa ${MAX_QUERY_COST}`))
    // A limit given as a variable is read from the request's variables.
    expect(run('query ($n: Int) { a: Localities(limit: $n) { docs { id } } b: Localities(limit: $n) { docs { id } } }', { n: 10 })).toEqual([])
    expect(run(`query ($n: Int) { ${Array.from({ length: 20 }, (_, i) => `a${i}: Localities(limit: $n) { docs { id } }`).join(' ')} }`, { n: 1000 })).toHaveLength(1)
  })
})
