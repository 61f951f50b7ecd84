import type { ApiScope } from '../domain/apiScopes'
import type { Role } from '../domain/roles'

/** The fields of a logged-in user that access rules look at. */
export type LoaUser = {
  id: number | string
  collection?: string
  role?: Role | null
  organization?: number | string | { id: number | string } | null
}

export function asLoaUser(user: unknown): LoaUser | null {
  if (!user || typeof user !== 'object') return null
  const u = user as LoaUser
  // API keys and other auth collections added later are not people with a role here.
  if (u.collection && u.collection !== 'users') return null
  return u
}

/** The auth collection of integrations: systems calling the API with a key, never people. */
export const API_CLIENTS = 'api-clients'

/** True when the request comes from an integration's API key (any scope). */
export function isApiClient(user: unknown): boolean {
  return Boolean(user && typeof user === 'object' && (user as { collection?: string }).collection === API_CLIENTS)
}

/** True when the request comes from an integration's API key that holds this scope. */
export function hasScope(user: unknown, scope: ApiScope): boolean {
  if (!user || typeof user !== 'object') return false
  const client = user as { collection?: string; scopes?: unknown }
  return client.collection === API_CLIENTS && Array.isArray(client.scopes) && client.scopes.includes(scope)
}

export function roleOf(user: unknown): Role | null {
  return asLoaUser(user)?.role ?? null
}

export function hasRole(user: unknown, ...roles: Role[]): boolean {
  const role = roleOf(user)
  return role !== null && roles.includes(role)
}

/** The id of the user's organization, whether the relationship is populated or not. */
export function organizationIdOf(user: unknown): number | string | null {
  const org = asLoaUser(user)?.organization
  if (org === null || org === undefined) return null
  return typeof org === 'object' ? org.id : org
}

/** Compare two relationship values by id (ids are numbers on SQL, strings on MongoDB). */
export function sameId(a: unknown, b: unknown): boolean {
  const id = (v: unknown) => (v && typeof v === 'object' ? (v as { id: unknown }).id : v)
  const x = id(a)
  const y = id(b)
  return x !== null && x !== undefined && String(x) === String(y)
}
