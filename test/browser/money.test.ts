/**
 * Amounts typed the Vietnamese way in the admin, in real Chromium on the built app: "4.500.000" in
 * "Kinh phí thực tế (đồng)" is stored as 4,500,000 (a number input stored 4.5) and shown again with
 * its dots; "4,5" is refused under the field and nothing is saved.
 */
import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'

import { openChromiumPage } from './chromium'

let page: Page
let problems: string[]
openChromiumPage({ locale: 'vi-VN', watch: '/api/' }, (opened) => ({ page, problems } = opened))

const getJson = <T>(path: string) =>
  page.evaluate(async (path) => (await (await fetch(path, { credentials: 'include' })).json()) as unknown, path) as Promise<T>

it('a coordinator types an event’s cost as 4.500.000 and Loa stores four and a half million đồng', async () => {
  await page.goto('/admin/login')
  await page.fill('#field-email', 'ldld@demo.loa')
  await page.fill('#field-password', 'loa-demo-2026')
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })
  const me = await getJson<{ user: { organization: number | { id: number } } }>('/api/users/me?depth=0')
  const org = typeof me.user.organization === 'object' ? me.user.organization.id : me.user.organization
  const { docs } = await getJson<{ docs: { id: number; actualCost?: number | null }[] }>(
    `/api/events?depth=0&limit=1&where[organization][equals]=${org}&where[status][in]=held,reported`,
  )
  expect(docs).toHaveLength(1)
  const id = docs[0].id

  await page.goto(`/admin/collections/events/${id}`)
  const cost = page.locator('#field-actualCost')
  await cost.waitFor({ timeout: 60_000 })
  await cost.fill('4,5')
  await page.keyboard.press('Control+s')
  await page.getByText('Số tiền tính bằng đồng, không có phần lẻ', { exact: false }).first().waitFor({ timeout: 30_000 })
  expect((await getJson<{ actualCost?: number | null }>(`/api/events/${id}?depth=0`)).actualCost ?? null).toBe(docs[0].actualCost ?? null)

  await cost.fill('4.500.000')
  await page.keyboard.press('Control+s')
  await expect.poll(async () => (await getJson<{ actualCost?: number }>(`/api/events/${id}?depth=0`)).actualCost, { timeout: 30_000 }).toBe(4_500_000)
  await page.reload()
  await page.locator('#field-actualCost').waitFor({ timeout: 60_000 })
  expect(await page.locator('#field-actualCost').inputValue()).toBe('4.500.000')
  expect(problems).toEqual([])
})
