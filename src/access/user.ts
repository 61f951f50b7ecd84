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
