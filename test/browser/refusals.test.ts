/**
 * What a user meets when the production build refuses a write: the reason, in Vietnamese, on the
 * field it concerns (REST `errors[].data.errors`, and under the field in the admin form), and the
 * field named by its label, never its code. `next start` loses what in-process tests see if the
 * error details are read from Payload's error classes (they are minified and bundled apart there).
 */
import type { Page } from 'playwright-core'
import { beforeAll, expect, inject, it } from 'vitest'

import { openChromiumPage } from './chromium'

const baseURL = inject('baseURL')
const PASSWORD = 'loa-demo-2026'

let page: Page
let problems: string[]
openChromiumPage({ locale: 'vi-VN', watch: '/api/' }, (opened) => ({ page, problems } = opened))

type FieldError = { path: string; message: string; label?: string }
type Refusal = { status: number; body: { errors: { name?: string; message: string; data?: { errors?: FieldError[] } }[] } }

const tokens: Record<string, string> = {}
async function signIn(email: string) {
  const res = await fetch(`${baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  tokens[email] = ((await res.json()) as { token: string }).token
}

async function call(email: string, method: string, path: string, body?: unknown): Promise<Refusal> {
  const res = await fetch(`${baseURL}${path}`, {
    method,
    headers: { Authorization: `JWT ${tokens[email]}`, ...(body instanceof FormData ? {} : { 'Content-Type': 'application/json' }) },
    body: body instanceof FormData ? body : body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, body: await res.json() }
}

/** A 400 whose field error on `path` gives `reason` and whose headline names the field by `label`, not by code. */
function expectFieldRefusal(refusal: Refusal, path: string, label: string, reason: RegExp) {
  expect(refusal.status, JSON.stringify(refusal.body)).toBe(400)
  const [error] = refusal.body.errors
  expect(error.name).toBe('ValidationError')
  const field = error.data?.errors?.find((e) => e.path === path)
  expect(field, JSON.stringify(refusal.body)).toBeDefined()
  expect(field!.message).toMatch(reason)
  expect(field!.label).toBe(label)
  expect(error.message).toMatch(/^Lỗi - (Trường sau|Những trường sau) không hợp lệ:/)
  expect(error.message).toContain(label)
  expect(error.message).not.toMatch(new RegExp(`\\b${path.split('.')[0]}\\b`))
}

let communeId: number
const later = (days: number, hour: number) => new Date(Date.UTC(2027, 2, 1 + days, hour)).toISOString()
const smallGroupEvent = (title: string, startAt: string, endAt: string) => ({ title, kind: 'small_group', locality: communeId, startAt, endAt })

beforeAll(async () => {
  await Promise.all(['ldld@demo.loa', 'evaluator@demo.loa', 'editor@demo.loa'].map(signIn))
  const communes = await call('ldld@demo.loa', 'GET', '/api/localities?limit=1&depth=0')
  communeId = (communes.body as unknown as { docs: { id: number }[] }).docs[0].id
})

it('a plan for 2031 is refused on "Năm", with the term in the reason', async () => {
  expectFieldRefusal(await call('ldld@demo.loa', 'POST', '/api/plans', { title: 'Kế hoạch năm 2031', year: 2031 }), 'year', 'Năm', /2026–2030/)
})

it('an event ending before it starts is refused on "Kết thúc"', async () => {
  const refusal = await call('ldld@demo.loa', 'POST', '/api/events', smallGroupEvent('Đối thoại chính sách BHXH tự nguyện', later(1, 8), later(0, 8)))
  expectFieldRefusal(refusal, 'endAt', 'Kết thúc', /sau/)
})

it('a cancellation without a reason, and per-group attendance above the total, are refused with their reasons', async () => {
  const created = await call('ldld@demo.loa', 'POST', '/api/events', smallGroupEvent('Tuyên truyền BHYT hộ gia đình', later(2, 8), later(2, 10)))
  expect(created.status).toBe(201)
  const id = (created.body as unknown as { doc: { id: number } }).doc.id
  expectFieldRefusal(await call('ldld@demo.loa', 'PATCH', `/api/events/${id}`, { status: 'cancelled' }), 'cancelReason', 'Lý do hủy', /lý do/i)

  const groups = await call('ldld@demo.loa', 'GET', '/api/audience-groups?limit=1&depth=0')
  const group = (groups.body as unknown as { docs: { id: number }[] }).docs[0].id
  const refusal = await call('ldld@demo.loa', 'PATCH', `/api/events/${id}`, { status: 'held', attendance: 10, attendanceByGroup: [{ group, count: 25 }] })
  expectFieldRefusal(refusal, 'attendanceByGroup', 'Số người theo nhóm đối tượng', /vượt quá/)
})

it('a −1 % target, a 161-letter short form and an SVG upload are refused with their reasons', async () => {
  expectFieldRefusal(
    await call('evaluator@demo.loa', 'POST', '/api/targets', { indicator: 'bhytCoverage', year: 2029, minimum: -1 }),
    'minimum',
    'Mức tối thiểu',
    /không được âm/,
  )
  const short = await call('editor@demo.loa', 'POST', '/api/messages', { title: 'Thông điệp thử', short: 'B'.repeat(161) })
  expect(short.body.errors[0].data?.errors?.find((e) => e.path === 'short')?.message).toMatch(/160/)
  expect(short.body.errors[0].message).not.toMatch(/\bshort\b/)

  const form = new FormData()
  form.append('file', new Blob(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'], { type: 'image/svg+xml' }), 'logo.svg')
  form.append('_payload', JSON.stringify({ alt: 'Biểu trưng' }))
  expectFieldRefusal(await call('editor@demo.loa', 'POST', '/api/media', form), 'file', 'Tệp tải lên', /SVG|định dạng|loại tệp/i)
})

it('the admin form shows the reason under the field, in Vietnamese', async () => {
  await page.goto('/admin/login')
  await page.fill('#field-email', 'ldld@demo.loa')
  await page.fill('#field-password', PASSWORD)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })

  await page.goto('/admin/collections/plans/create')
  await page.locator('#field-title').fill('Kế hoạch tuyên truyền năm 2031')
  await page.locator('#field-year').fill('2031')
  // The server refuses it (the REST answer the admin reads its field errors from), not a check in the page.
  const refused = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/plans' && r.request().method() === 'POST', { timeout: 30_000 })
  await page.getByRole('button', { name: 'Lưu' }).first().click()
  expect((await refused).status()).toBe(400)

  // Payload's field error sits in the field's own container, next to the input.
  const yearError = page.locator('.field-type:has(#field-year) .field-error')
  await expect.poll(() => yearError.first().textContent(), { timeout: 30_000 }).toMatch(/2026–2030/)
  expect(page.url()).toMatch(/\/create$/)
  const body = await page.evaluate(() => document.body.innerText)
  expect(body).not.toMatch(/không hợp lệ: year\b/)
  // Refusals are 400s, not server errors; the page had no script error.
  expect(problems).toEqual([])
})

it('a malformed or unknown address on the public site answers a Vietnamese 404, not a server error', async () => {
  for (const path of ['/tai-lieu/abc', '/tai-lieu/1.5', '/hoi-dap/%00', '/thong-diep/-1', '/thong-diep/99999999999999999999', '/tai-lieu/999999', '/khong-co-trang-nay']) {
    const res = await page.goto(path)
    expect(res?.status(), path).toBe(404)
    await page.getByRole('heading', { name: 'Không tìm thấy trang' }).waitFor({ timeout: 15_000 })
    expect(await page.evaluate(() => document.body.innerText), path).not.toMatch(/could not be found/)
  }
  expect(problems).toEqual([])
})
