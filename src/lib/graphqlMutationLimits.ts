/**
 * One GraphQL request can carry many mutations under different aliases, each running on its own:
 * six aliased `loginUser` fields are six password guesses in one request, enough to lock an
 * account before any per-request limit sees a second request. A validation rule (run before
 * anything executes, so a refused request counts no attempt) allows at most one sign-in-type
 * mutation and MAX_MUTATIONS mutations in all per request.
 */
import { createRequire } from 'node:module'

import { GraphQLError as GraphQLErrorESM, Kind, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql'

/**
 * graphql ships CommonJS and ESM builds; graphql-http (which runs the validation) requires the
 * CommonJS one and recognises errors with `instanceof` (the tests load both builds). An error of
 * the other build still stops the request (any validation error does) but reaches the client as a
 * bare array instead of `{ errors }`: the ESM class is the fallback should a bundler refuse this.
 */
const GraphQLError = ((): typeof GraphQLErrorESM => {
  try {
    return (createRequire(import.meta.url)('graphql') as { GraphQLError: typeof GraphQLErrorESM }).GraphQLError
  } catch {
    return GraphQLErrorESM
  }
})()

/** Payload's auth mutations of any auth collection: loginUser, forgotPasswordUser, … */
const AUTH_MUTATION = /^(login|forgotPassword|resetPassword|unlock|verifyEmail)[A-Z]/
export const MAX_MUTATIONS = 20

export const ONE_SIGN_IN_MESSAGE =
  'Mỗi yêu cầu chỉ được đăng nhập, đặt lại mật khẩu hoặc mở khóa tài khoản một lần. (One sign-in per request.)'
export const TOO_MANY_MUTATIONS_MESSAGE = `Mỗi yêu cầu được tối đa ${MAX_MUTATIONS} thao tác ghi. (At most ${MAX_MUTATIONS} mutations per request.)`

export const limitMutations: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    if (operation.operation !== 'mutation') return
    const fields = new Map<string, string>()
    collectTopLevelFields(context, operation.selectionSet, fields, new Set())
    const auth = [...fields.values()].filter((name) => AUTH_MUTATION.test(name)).length
    if (auth > 1) context.reportError(new GraphQLError(ONE_SIGN_IN_MESSAGE, { nodes: operation }))
    else if (fields.size > MAX_MUTATIONS) context.reportError(new GraphQLError(TOO_MANY_MUTATIONS_MESSAGE, { nodes: operation }))
  },
})

/**
 * The mutations an operation runs, by response key (alias or name): fields GraphQL merges (same
 * key, same arguments) run once and count once; fragments are followed once each (no cycles).
 */
function collectTopLevelFields(context: ValidationContext, selectionSet: SelectionSetNode, fields: Map<string, string>, seen: Set<string>) {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) fields.set(selection.alias?.value ?? selection.name.value, selection.name.value)
    else if (selection.kind === Kind.INLINE_FRAGMENT) collectTopLevelFields(context, selection.selectionSet, fields, seen)
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value)
      const fragment = context.getFragment(selection.name.value)
      if (fragment) collectTopLevelFields(context, fragment.selectionSet, fields, seen)
    }
  }
}
