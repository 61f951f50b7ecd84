import crypto from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { accountNoticeEmail, credentialChange, MIN_PASSWORD_LENGTH, passwordProblem } from '../../src/domain/accounts'
import { DEFAULT_DEMO_PASSWORD } from '../../src/seed/demo'
import { passwordMatches } from '../../src/lib/passwordCheck'

describe('passwordProblem', () => {
  it('a password under 10 characters is refused, saying how many it has', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(10)
    expect(passwordProblem('lua-2026')).toMatch(/^Mật khẩu cần ít nhất 10 ký tự \(hiện có 8\)/)
    expect(passwordProblem('123456789')).not.toBeNull()
  })

  it('a common password is refused whatever its capitals, even when long enough', () => {
    expect(passwordProblem('1234567890')).toMatch(/quá phổ biến/)
    expect(passwordProblem('MatKhau123')).toMatch(/quá phổ biến/)
    expect(passwordProblem('aaaaaaaaaaaa')).toMatch(/quá phổ biến/)
  })

  it('the sign-in email itself is not a password', () => {
    expect(passwordProblem('lan@hnd.vn.x', { email: 'Lan@HND.vn.x' })).toMatch(/trùng với địa chỉ email/)
  })

  it('a phrase of a few words passes, and so do the demo and test passwords', () => {
    expect(passwordProblem('dong-lua-que-em-2026')).toBeNull()
    expect(passwordProblem(DEFAULT_DEMO_PASSWORD)).toBeNull()
    for (const p of ['mat-khau-2026', 'mat-khau-dau-tien', 'mat-khau-thu-2026', 'bench-events-2026']) expect(passwordProblem(p)).toBeNull()
  })
})

describe('credentialChange', () => {
  it('a new password or a different email is a change; the same email in other capitals is not', () => {
    expect(credentialChange({ password: 'x' }, { email: 'a@b.vn' })).toEqual({ password: true, email: null })
    expect(credentialChange({ email: 'c@b.vn' }, { email: 'a@b.vn' })).toEqual({ password: false, email: { from: 'a@b.vn', to: 'c@b.vn' } })
    expect(credentialChange({ email: ' A@B.vn ', password: '' }, { email: 'a@b.vn' })).toEqual({ password: false, email: null })
    expect(credentialChange({ name: 'Lan' } as never, { email: 'a@b.vn' })).toEqual({ password: false, email: null })
  })
})

describe('accountNoticeEmail', () => {
  it('tells the old address the new one, and what to do if it was not them', () => {
    const { subject, text } = accountNoticeEmail({ kind: 'email', name: 'Nguyễn Thị Lan', newEmail: 'lan@gmail.com', byAdmin: false, adminURL: 'https://loa.example/admin' })
    expect(subject).toBe('[Loa] Email đăng nhập của anh/chị đã được đổi')
    expect(text).toContain('Kính gửi Nguyễn Thị Lan,')
    expect(text).toContain('đã được đổi sang lan@gmail.com')
    expect(text).toContain('https://loa.example/admin/forgot')
  })

  it('says when an administrator made the change', () => {
    expect(accountNoticeEmail({ kind: 'password', name: 'Lan', byAdmin: true, adminURL: '' }).text).toContain('do quản trị viên hệ thống thực hiện')
    expect(accountNoticeEmail({ kind: 'password', name: 'Lan', byAdmin: false, adminURL: '' }).text).not.toContain('quản trị viên hệ thống')
  })
})

describe('passwordMatches (Payload’s stored-hash format)', () => {
  const salt = crypto.randomBytes(32).toString('hex')
  const current = 'pbkdf2-sha256-v1:' + crypto.pbkdf2Sync('dong-lua-que-em-2026', salt, 600_000, 32, 'sha256').toString('hex')
  const legacy = crypto.pbkdf2Sync('dong-lua-que-em-2026', salt, 25_000, 512, 'sha256').toString('hex')

  it('the right password matches current and older hashes; a wrong one does not', async () => {
    expect(await passwordMatches('dong-lua-que-em-2026', { hash: current, salt })).toBe(true)
    expect(await passwordMatches('dong-lua-que-em-2027', { hash: current, salt })).toBe(false)
    expect(await passwordMatches('dong-lua-que-em-2026', { hash: legacy, salt })).toBe(true)
  })

  it('no stored hash, or one in an unknown form, never matches', async () => {
    expect(await passwordMatches('dong-lua-que-em-2026', {})).toBe(false)
    expect(await passwordMatches('dong-lua-que-em-2026', { hash: 'argon2:abc', salt })).toBe(false)
  })
})
