import { describe, expect, it } from 'vitest'

import { isRole, ROLE_LABELS, ROLES } from '../../src/domain/roles'

describe('isRole', () => {
  it('recognises each of the five roles', () => {
    expect(ROLES).toHaveLength(5)
    for (const role of ROLES) expect(isRole(role)).toBe(true)
  })

  it('refuses unknown, differently cased or non-string values', () => {
    expect(isRole('superadmin')).toBe(false)
    expect(isRole('Admin')).toBe(false)
    expect(isRole('')).toBe(false)
    expect(isRole(null)).toBe(false)
    expect(isRole(['admin'])).toBe(false)
  })

  it('every role has a Vietnamese and an English label', () => {
    for (const role of ROLES) {
      expect(ROLE_LABELS[role].vi).not.toBe('')
      expect(ROLE_LABELS[role].en).not.toBe('')
    }
  })
})
