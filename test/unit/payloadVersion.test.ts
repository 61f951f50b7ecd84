import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { assertPayloadVersion, installedVersion, PAYLOAD_VERSION_WRITTEN_FOR, payloadVersionProblem, versionOverride } from '../../src/lib/payloadVersion'

const same = { payload: '3.90.1', '@payloadcms/next': '3.90.1', '@payloadcms/db-sqlite': '3.90.1' }

describe('the Payload release the workarounds were written for', () => {
  it('is 3.90.1, and the same release everywhere raises no problem', () => {
    expect(PAYLOAD_VERSION_WRITTEN_FOR).toBe('3.90.1')
    expect(payloadVersionProblem(same, false)).toBeNull()
  })

  it('any other release of any of the packages stops the start, in Vietnamese and English, naming what differs', () => {
    const problem = payloadVersionProblem({ ...same, payload: '3.91.0' }, false)
    expect(problem).toMatch(/^Loa được viết cho Payload 3\.90\.1 nhưng đang cài payload 3\.91\.0:/)
    expect(problem).toMatch(/Loa was written for Payload 3\.90\.1 but payload 3\.91\.0 is installed/)
    expect(problem).toContain('LOA_ALLOW_PAYLOAD_VERSION=1')
    expect(problem).toContain('docs/payload-workarounds.md')
    expect(problem).not.toContain('@payloadcms/next')
    // A patch release and an older one are different releases too: nobody has checked them.
    expect(payloadVersionProblem({ ...same, '@payloadcms/next': '3.90.2' }, false)).toContain('@payloadcms/next 3.90.2')
    expect(payloadVersionProblem({ ...same, '@payloadcms/db-sqlite': '3.89.0' }, false)).toContain('@payloadcms/db-sqlite 3.89.0')
  })

  it('a package that cannot be found counts as different', () => {
    expect(payloadVersionProblem({ ...same, payload: undefined }, false)).toContain('payload ?')
  })

  it('the override lets any release start, and only 1 or true sets it', () => {
    expect(payloadVersionProblem({ ...same, payload: '4.0.0' }, true)).toBeNull()
    expect(versionOverride('1')).toBe(true)
    expect(versionOverride('true')).toBe(true)
    for (const value of [undefined, '', '0', 'false', 'yes']) expect(versionOverride(value)).toBe(false)
  })
})

describe('reading the installed versions', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'loa-payload-version-'))
  const app = path.join(root, 'app', 'sub')
  mkdirSync(app, { recursive: true })
  const install = (name: string, version: string) => {
    mkdirSync(path.join(root, 'node_modules', name), { recursive: true })
    writeFileSync(path.join(root, 'node_modules', name, 'package.json'), JSON.stringify({ name, version }))
  }
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('finds this checkout’s Payload, which is the release the workarounds were written for', () => {
    expect(installedVersion('payload')).toBe(PAYLOAD_VERSION_WRITTEN_FOR)
    expect(() => assertPayloadVersion({})).not.toThrow()
  })

  it('looks from the working directory up, as Node resolves packages, and says so when nothing is there', () => {
    expect(installedVersion('payload', app)).toBeUndefined()
    install('payload', '3.91.0')
    install('@payloadcms/next', '3.90.1')
    install('@payloadcms/db-sqlite', '3.90.1')
    expect(installedVersion('payload', app)).toBe('3.91.0')
    expect(installedVersion('@payloadcms/next', app)).toBe('3.90.1')
  })

  it('refuses to start on another release unless LOA_ALLOW_PAYLOAD_VERSION is set', () => {
    expect(() => assertPayloadVersion({}, app)).toThrow(/đang cài payload 3\.91\.0.*\(Loa was written for Payload 3\.90\.1/)
    expect(() => assertPayloadVersion({ LOA_ALLOW_PAYLOAD_VERSION: '1' }, app)).not.toThrow()
  })
})
