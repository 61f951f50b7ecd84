/**
 * Loa works around several internals of one Payload release (docs/payload-workarounds.md). A
 * different release may keep the old names and shapes or may not, silently: so the app refuses to
 * start on any other version until someone has checked the register and says so with
 * LOA_ALLOW_PAYLOAD_VERSION=1.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** The release the workarounds were written and tested for. */
export const PAYLOAD_VERSION_WRITTEN_FOR = '3.90.1'

/** The packages whose internals Loa relies on (src/db.ts, the route files, the guards). */
export const PAYLOAD_PACKAGES = ['payload', '@payloadcms/next', '@payloadcms/db-sqlite'] as const

/** The override's accepted values: someone has checked every entry of the register. */
export const versionOverride = (value: string | undefined) => value === '1' || value === 'true'

/**
 * The message that stops the start, or null when every package is the release the workarounds were
 * written for (or the override is set). A package that cannot be found counts as different.
 */
export function payloadVersionProblem(installed: Record<string, string | undefined>, allowed: boolean, expected = PAYLOAD_VERSION_WRITTEN_FOR): string | null {
  if (allowed) return null
  const different = Object.entries(installed).filter(([, version]) => version !== expected)
  if (different.length === 0) return null
  const list = different.map(([name, version]) => `${name} ${version ?? '?'}`).join(', ')
  return (
    `Loa được viết cho Payload ${expected} nhưng đang cài ${list}: các chỗ xử lý riêng cho Payload (docs/payload-workarounds.md) có thể không còn đúng. ` +
    `Kiểm tra từng mục rồi đặt LOA_ALLOW_PAYLOAD_VERSION=1 để chạy. ` +
    `(Loa was written for Payload ${expected} but ${list} is installed: the Payload workarounds in docs/payload-workarounds.md may no longer hold. ` +
    `Check each entry, then set LOA_ALLOW_PAYLOAD_VERSION=1 to start.)`
  )
}

/**
 * The installed version of `name`, found as Payload finds Next's (from the working directory up):
 * Payload's own package.json is not in its exports, and a path the bundler cannot rewrite works
 * the same in tests, `payload run` and the production build.
 */
export function installedVersion(name: string, from = process.cwd()): string | undefined {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'node_modules', name, 'package.json')
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version
    if (path.dirname(dir) === dir) return undefined
  }
}

/** Throws the message of payloadVersionProblem; called first in the config's onInit. */
export function assertPayloadVersion(env: Record<string, string | undefined> = process.env, from = process.cwd()): void {
  const installed = Object.fromEntries(PAYLOAD_PACKAGES.map((name) => [name, installedVersion(name, from)]))
  const problem = payloadVersionProblem(installed, versionOverride(env.LOA_ALLOW_PAYLOAD_VERSION))
  if (problem) throw new Error(problem)
}
