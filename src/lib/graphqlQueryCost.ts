/**
 * Payload's GraphQL complexity counts each field once, whatever its `limit`: three hundred aliases
 * of `Localities(limit: 1000) { docs { id name } }` stay under it and held the server for minutes
 * (SQLite answers synchronously, so every other request waited). This rule estimates what a query
 * reads before anything runs and refuses it above MAX_QUERY_COST, in Vietnamese.
 *
 * The estimate, per response key (every alias counts): a scalar is 1; a field that runs a query of
 * its own (a top-level query or mutation, any field taking a `limit`) costs QUERY_WEIGHT plus its
 * selection; a list is its selection times its length — the `docs` of a paginated field by that
 * field's `limit` (10 when unset; 0, `pagination: false`, a value above the maximum or one not
 * known yet count as MAX_LIST_LIMIT), any other list of objects (a hasMany relationship, an array
 * field) by LIST_GUESS. Fragments are followed wherever they are spread, each computed once per
 * page size (a fragment spread in itself counts nothing more: GraphQL refuses the cycle anyway).
 */
import { createRequire } from 'node:module'

import {
  GraphQLError as GraphQLErrorESM,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
  type ValueNode,
} from 'graphql'

import { MAX_LIST_LIMIT } from '../domain/requestChecks'

/** The CommonJS GraphQLError graphql-http recognises (see graphqlMutationLimits.ts), or the ESM one. */
const GraphQLError = ((): typeof GraphQLErrorESM => {
  try {
    return (createRequire(import.meta.url)('graphql') as { GraphQLError: typeof GraphQLErrorESM }).GraphQLError
  } catch {
    return GraphQLErrorESM
  }
})()

/**
 * Types are told apart by shape, not with graphql's isObjectType/isListType: those check
 * `instanceof` and throw on a schema built by the other build of graphql (ESM or CommonJS), which
 * is what Payload's schema is to this file under some bundlers and in the tests.
 */
type Wrapped = { ofType?: unknown }
const named = (type: unknown): GraphQLNamedType => {
  let t = type as Wrapped
  while (t.ofType) t = t.ofType as Wrapped
  return t as GraphQLNamedType
}
const isList = (type: GraphQLOutputType) => String(type).replace(/!$/, '').startsWith('[')
const fieldsOf = (type: GraphQLNamedType | undefined): Record<string, GraphQLField<unknown, unknown>> | undefined =>
  type && typeof (type as { getFields?: unknown }).getFields === 'function' && ('isTypeOf' in type || 'resolveType' in type)
    ? (type as unknown as { getFields: () => Record<string, GraphQLField<unknown, unknown>> }).getFields()
    : undefined

export const MAX_QUERY_COST = 20_000
/**
 * A database query (with its access rules, hooks and count) weighs as much as 500 values read: at
 * most 39 queries of one row per request. Aliased queries run side by side, so a visitor's request
 * waits its turn behind all of them: 194 (a weight of 100) kept it 0.87 s (test/load/heavy-requests.test.ts).
 */
export const QUERY_WEIGHT = 500
/** Payload's page size when a list query names none. */
export const DEFAULT_LIMIT = 10
/** Items assumed in a list that takes no limit (a hasMany relationship, an array field). */
export const LIST_GUESS = 10

export const tooCostlyMessage = (cost: number) =>
  `Truy vấn GraphQL quá nặng: ước tính đọc ${Number.isFinite(cost) ? Math.round(cost) : 'vô hạn'} giá trị, tối đa ${MAX_QUERY_COST}. ` +
  'Hãy bớt bí danh (alias) hoặc giảm limit và lấy theo từng trang. (Query too costly.)'

type Walk = {
  schema: GraphQLSchema
  fragments: Map<string, FragmentDefinitionNode>
  variables: Record<string, unknown>
  memo: Map<string, number>
  active: Set<string>
}

/** The page size a paginated field asks for, as the cost counts it. */
function pageSize(field: FieldNode, variables: Record<string, unknown>): number {
  const arg = (name: string): unknown => {
    const node = field.arguments?.find((a) => a.name.value === name)?.value
    if (!node) return undefined
    return node.kind === Kind.VARIABLE ? (node.name.value in variables ? variables[node.name.value] : MAX_LIST_LIMIT) : valueFromASTUntyped(node as ValueNode, variables)
  }
  if (arg('pagination') === false) return MAX_LIST_LIMIT
  const limit = arg('limit')
  if (limit === undefined || limit === null) return DEFAULT_LIMIT
  return typeof limit === 'number' && Number.isInteger(limit) && limit > 0 && limit <= MAX_LIST_LIMIT ? limit : MAX_LIST_LIMIT
}

function fieldCost(walk: Walk, field: FieldNode, parent: GraphQLNamedType | undefined, page: number | undefined, root: boolean): number {
  const name = field.name.value
  // Introspection reads the schema, not the database.
  if (name.startsWith('__')) return 1
  const definition = fieldsOf(parent)?.[name]
  // An unknown field: GraphQL's own validation refuses it.
  if (!definition) return 1
  if (!field.selectionSet) return 1
  const paginated = definition.args.some((a) => a.name === 'limit')
  const items = isList(definition.type) ? (name === 'docs' && page !== undefined ? page : LIST_GUESS) : 1
  const own = root || paginated ? QUERY_WEIGHT : 1
  return own + items * selectionCost(walk, field.selectionSet, named(definition.type), paginated ? pageSize(field, walk.variables) : undefined, false)
}

function selectionCost(walk: Walk, set: SelectionSetNode, type: GraphQLNamedType | undefined, page: number | undefined, root: boolean): number {
  let total = 0
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) total += fieldCost(walk, selection, type, page, root)
    else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : type
      total += selectionCost(walk, selection.selectionSet, on ?? undefined, page, root)
    } else {
      const fragment = walk.fragments.get(selection.name.value)
      if (!fragment) continue
      const key = `${fragment.name.value}|${page ?? ''}|${root}`
      if (walk.active.has(key)) continue
      let cost = walk.memo.get(key)
      if (cost === undefined) {
        walk.active.add(key)
        cost = selectionCost(walk, fragment.selectionSet, walk.schema.getType(fragment.typeCondition.name.value) ?? undefined, page, root)
        walk.active.delete(key)
        walk.memo.set(key, cost)
      }
      total += cost
    }
  }
  return total
}

/** The estimated cost of one operation of a document (see the top of this file). */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> = {}): number {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d)
  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType()
  return selectionCost({ schema, fragments, variables, memo: new Map(), active: new Set() }, operation.selectionSet, root ?? undefined, undefined, true)
}

/** The validation rule, given the request's variables (Payload passes graphql-http's execution args). */
export const limitQueryCost =
  (variables?: Record<string, unknown> | null): ValidationRule =>
  (context) => ({
    OperationDefinition(operation) {
      const cost = operationCost(context.getSchema(), context.getDocument(), operation, variables ?? {})
      if (cost > MAX_QUERY_COST) context.reportError(new GraphQLError(tooCostlyMessage(cost), { nodes: operation }))
    },
  })
