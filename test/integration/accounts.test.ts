/**
 * Signing-in credentials through Payload's real REST handlers: changing one's own password or
 * email needs the current password, the account is emailed about every such change (an email
 * change at the old address), an administrator may reset someone's password without knowing it,
 * and every new password meets the policy, "forgot password" resets included.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { apiRoutes, idByName, seededPayload } from '../helpers'
import { startSmtpServer } from '../smtp'

let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let payload: Payload
let routes: ReturnType<typeof apiRoutes>
let hnd: number | string

beforeAll(async () => {
  smtp = await startSmtpServer()
  process.env.SMTP_URL = smtp.url
  payload = await seededPayload()
  routes = apiRoutes()
  hnd = await idByName(payload, 'organizations', 'Hội Nông dân thành phố Hải Phòng')
})
afterAll(async () => {
  await payload?.destroy()
  await smtp?.close()
})
beforeEach(() => {
  smtp.received.length = 0
})

const params = (path: string) => ({ params: Promise.resolve({ slug: path.replace(/^\/api\//, '').split('?')[0].split('/') }) })
const json = (token?: string) => ({ 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) })

async function post(path: string, body: unknown, token?: string) {
  const res = await routes.post(new Request(`http://localhost${path}`, { method: 'POST', headers: json(token), body: JSON.stringify(body) }), params(path))
  return { status: res.status, body: await res.json() }
}
async function patch(path: string, body: unknown, token?: string) {
  const res = await routes.patch(new Request(`http://localhost${path}`, { method: 'PATCH', headers: json(token), body: JSON.stringify(body) }), params(path))
  return { status: res.status, body: await res.json() }
}
const login = async (email: string, password: string) => post('/api/users/login', { email, password })

/** The Vietnamese message a REST 400 gives for `field`. */
function fieldMessage(body: { errors?: { data?: { errors?: { path: string; message: string }[] } }[] }, field: string) {
  return body.errors?.[0]?.data?.errors?.find((e) => e.path === field)?.message
}

let n = 0
/** A coordinator of Hội Nông dân, made by the admin, and her session token. */
async function coordinator(password = 'dong-lua-que-em-2026') {
  n += 1
  const email = `lan${n}@hoinongdan.haiphong.vn`
  const user = await payload.create({ collection: 'users', data: { email, password, name: `Nguyễn Thị Lan ${n}`, role: 'coordinator', organization: hnd } as never })
  const { body } = await login(email, password)
  return { id: user.id, email, password, token: body.token as string }
}

/** Runs the jobs queue: the notices go out through it, to the test's SMTP server. */
async function mailSent() {
  await payload.jobs.run()
  return smtp.received
}

describe('changing one’s own password', () => {
  it('a coordinator must give her current password; without it or with a wrong one nothing changes, and wrong ones count towards the lockout', async () => {
    const lan = await coordinator()
    const missing = await patch(`/api/users/${lan.id}`, { password: 'hat-thoc-vang-2027' }, lan.token)
    expect(missing.status).toBe(400)
    expect(fieldMessage(missing.body, 'currentPassword')).toMatch(/^Nhập mật khẩu hiện tại để đổi mật khẩu hoặc email/)

    const wrong = await patch(`/api/users/${lan.id}`, { password: 'hat-thoc-vang-2027', currentPassword: 'doan-bua-thoi-2026' }, lan.token)
    expect(wrong.status).toBe(400)
    expect(fieldMessage(wrong.body, 'currentPassword')).toMatch(/^Mật khẩu hiện tại không đúng/)
    // Counted once the refused write has rolled back, like a wrong sign-in.
    await expect.poll(async () => ((await payload.findByID({ collection: 'users', id: lan.id, showHiddenFields: true })) as { loginAttempts?: number }).loginAttempts, { timeout: 5000 }).toBe(1)

    expect((await login(lan.email, lan.password)).status).toBe(200)
    expect((await login(lan.email, 'hat-thoc-vang-2027')).status).toBe(401)
    expect(await mailSent()).toEqual([])
  })

  it('with her current password the change is made, she signs in with the new one and is emailed', async () => {
    const lan = await coordinator()
    const res = await patch(`/api/users/${lan.id}`, { password: 'hat-thoc-vang-2027', currentPassword: lan.password }, lan.token)
    expect(res.status).toBe(200)
    // The current password is never stored nor sent back.
    expect(JSON.stringify(res.body)).not.toContain(lan.password)
    expect(res.body.doc).not.toHaveProperty('currentPassword')
    expect((await login(lan.email, 'hat-thoc-vang-2027')).status).toBe(200)
    expect((await login(lan.email, lan.password)).status).toBe(401)

    const mail = await mailSent()
    expect(mail).toHaveLength(1)
    expect(mail[0].to).toEqual([lan.email])
    expect(mail[0].subject).toBe('[Loa] Mật khẩu của anh/chị đã được đổi')
    expect(mail[0].text).toContain('Mật khẩu tài khoản Loa của anh/chị vừa được đổi.')
    expect(mail[0].text).not.toContain('quản trị viên hệ thống thực hiện')
    expect(mail[0].text).not.toContain('hat-thoc-vang-2027')
  })

  it('editing her name or phone needs no password, and sends no email', async () => {
    const lan = await coordinator()
    const res = await patch(`/api/users/${lan.id}`, { name: 'Nguyễn Thị Lan (HND)', phone: '0225 3842 123', email: lan.email.toUpperCase() }, lan.token)
    expect(res.status).toBe(200)
    expect(await mailSent()).toEqual([])
  })

  it('an admin changing her own password needs her current password too', async () => {
    const admin = await login('admin@demo.loa', 'loa-demo-2026')
    const res = await patch(`/api/users/${admin.body.user.id}`, { password: 'quan-tri-loa-2027' }, admin.body.token)
    expect(res.status).toBe(400)
    expect(fieldMessage(res.body, 'currentPassword')).toBeDefined()
  })
})

describe('changing one’s own sign-in email', () => {
  it('needs the current password, and the notice goes to the old address, naming the new one', async () => {
    const lan = await coordinator()
    const refused = await patch(`/api/users/${lan.id}`, { email: 'lan.moi@gmail.com' }, lan.token)
    expect(refused.status).toBe(400)
    expect(fieldMessage(refused.body, 'currentPassword')).toBeDefined()
    expect((await payload.findByID({ collection: 'users', id: lan.id })).email).toBe(lan.email)

    const res = await patch(`/api/users/${lan.id}`, { email: 'lan.moi@gmail.com', currentPassword: lan.password }, lan.token)
    expect(res.status).toBe(200)
    expect(res.body.doc.email).toBe('lan.moi@gmail.com')
    const mail = await mailSent()
    expect(mail).toHaveLength(1)
    expect(mail[0].to).toEqual([lan.email])
    expect(mail[0].subject).toBe('[Loa] Email đăng nhập của anh/chị đã được đổi')
    expect(mail[0].text).toContain('đã được đổi sang lan.moi@gmail.com')
  })
})

describe('an administrator resetting someone’s password', () => {
  it('needs no current password (she does not know it); the coordinator is emailed that an administrator did it', async () => {
    const lan = await coordinator()
    const admin = await login('admin@demo.loa', 'loa-demo-2026')
    const res = await patch(`/api/users/${lan.id}`, { password: 'mat-khau-tam-thoi-2026' }, admin.body.token)
    expect(res.status).toBe(200)
    expect((await login(lan.email, 'mat-khau-tam-thoi-2026')).status).toBe(200)
    const mail = await mailSent()
    expect(mail).toHaveLength(1)
    expect(mail[0].to).toEqual([lan.email])
    expect(mail[0].text).toContain('Thay đổi do quản trị viên hệ thống thực hiện.')
  })

  it('another coordinator cannot change her password at all, current password or not', async () => {
    const lan = await coordinator()
    const other = await coordinator()
    const res = await patch(`/api/users/${lan.id}`, { password: 'chiem-tai-khoan-2026', currentPassword: other.password }, other.token)
    expect([403, 404]).toContain(res.status)
    expect((await login(lan.email, lan.password)).status).toBe(200)
  })
})

describe('the password policy (at least 10 characters, not a common password)', () => {
  it('refuses a short or common password in Vietnamese when an admin creates an account', async () => {
    const admin = await login('admin@demo.loa', 'loa-demo-2026')
    const data = { email: 'ngan@hoinongdan.haiphong.vn', name: 'Ngân', role: 'coordinator', organization: hnd }
    const short = await post('/api/users', { ...data, password: 'lua-2026' }, admin.body.token)
    expect(short.status).toBe(400)
    expect(fieldMessage(short.body, 'password')).toBe(
      'Mật khẩu cần ít nhất 10 ký tự (hiện có 8). Nên dùng một cụm vài từ dễ nhớ. (Passwords need at least 10 characters.)',
    )
    const common = await post('/api/users', { ...data, password: 'Matkhau123' }, admin.body.token)
    expect(common.status).toBe(400)
    expect(fieldMessage(common.body, 'password')).toMatch(/^Mật khẩu này quá phổ biến/)
    expect((await payload.count({ collection: 'users', where: { email: { equals: data.email } } })).totalDocs).toBe(0)
  })

  it('refuses a short new password on one’s own account, even with the right current password', async () => {
    const lan = await coordinator()
    const res = await patch(`/api/users/${lan.id}`, { password: '123456789', currentPassword: lan.password }, lan.token)
    expect(res.status).toBe(400)
    expect(fieldMessage(res.body, 'password')).toMatch(/^Mật khẩu cần ít nhất 10 ký tự/)
    expect((await login(lan.email, lan.password)).status).toBe(200)
  })

  it('a "forgot password" reset with a weak password is refused; a good one works and the account is told', async () => {
    const lan = await coordinator()
    const token = await payload.forgotPassword({ collection: 'users', data: { email: lan.email }, disableEmail: true })
    const weak = await post('/api/users/reset-password', { token, password: '1234567890' })
    expect(weak.status).toBe(400)
    expect(fieldMessage(weak.body, 'password')).toMatch(/^Mật khẩu này quá phổ biến/)
    expect((await login(lan.email, lan.password)).status).toBe(200)

    const good = await post('/api/users/reset-password', { token, password: 'mua-gat-thang-muoi-2026' })
    expect(good.status).toBe(200)
    expect((await login(lan.email, 'mua-gat-thang-muoi-2026')).status).toBe(200)
    const mail = await mailSent()
    expect(mail.map((m) => m.to)).toEqual([[lan.email]])
    expect(mail[0].text).toContain('vừa được đặt lại qua liên kết "Quên mật khẩu"')
  })
})

describe('the account page in the admin', () => {
  it('shows the current-password field on one’s own account only', async () => {
    const field = payload.collections.users.config.fields.find((f) => 'name' in f && f.name === 'currentPassword')!
    const condition = field.admin!.condition!
    const me = { id: 7, collection: 'users' }
    expect(condition({ id: 7 }, {}, { user: me } as never)).toBe(true)
    expect(condition({ id: 8 }, {}, { user: me } as never)).toBe(false)
    expect(condition({}, {}, { user: me } as never)).toBe(false)
  })
})
