/**
 * A coordinator of Liên đoàn Lao động logs in to the Vietnamese admin in real Chromium and
 * creates an annual plan. Fails on any page error, failed API call or error toast.
 */
import type { Browser, Page } from 'playwright-core'
import { expect, inject, it } from 'vitest'

import { openChromiumPage } from './chromium'

const baseURL = inject('baseURL')

let browser: Browser
let page: Page
let problems: string[]
// An English-language browser: the admin must still open in Vietnamese.
openChromiumPage({ locale: 'en-US', watch: '/api/' }, (opened) => ({ browser, page, problems } = opened))

it('a coordinator logs in, sees the admin in Vietnamese and creates an annual plan', async () => {
  await page.goto('/admin/login')
  await page.fill('#field-email', 'ldld@demo.loa')
  await page.fill('#field-password', 'loa-demo-2026')
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })

  // Vietnamese admin: the page language and the dashboard's Vietnamese labels (the nav drawer
  // holds the same words but may be closed, so look only at visible text).
  const visible = (text: string) => page.getByText(text, { exact: true }).filter({ visible: true }).first()
  await visible('Kế hoạch tuyên truyền')
    .waitFor({ timeout: 60_000 })
    .catch(async (error) => {
      const text = await page.evaluate(() => document.body.innerText.slice(0, 500)).catch(() => '')
      throw new Error(`${(error as Error).message}\nat ${page.url()}, the page reads:\n${text}`)
    })
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi')
  await visible('Phân công nhiệm vụ').waitFor({ timeout: 10_000 })
  await visible('Xã, phường, đặc khu').waitFor({ timeout: 10_000 })

  await page.goto('/admin/collections/plans/create')
  const title = `Kế hoạch tuyên truyền tại khu công nghiệp năm 2027 (${Date.now()})`
  await page.locator('#field-title').fill(title)
  await page.locator('#field-year').fill('2027')
  await page.getByRole('button', { name: 'Lưu' }).first().click()
  await page.waitForURL(/\/admin\/collections\/plans\/\d+/, { timeout: 60_000 })
  await page.getByText(/thành công/i).first().waitFor({ timeout: 30_000 })

  // The plan is stored as a draft of the coordinator's own organization.
  const stored = await page.evaluate(async (t) => {
    const res = await fetch(`/api/plans?where[title][equals]=${encodeURIComponent(t)}&depth=1`, { credentials: 'include' })
    return res.json()
  }, title)
  expect(stored.totalDocs).toBe(1)
  expect(stored.docs[0].status).toBe('draft')
  expect(stored.docs[0].year).toBe(2027)
  expect(stored.docs[0].organization.name).toBe('Liên đoàn Lao động thành phố Hải Phòng')

  expect(await page.locator('.toast-error, [data-sonner-toast][data-type="error"]').count()).toBe(0)
  expect(problems).toEqual([])
})

it('English stays one choice away: with the language set to English the same admin speaks English', async () => {
  const context = await browser.newContext({ locale: 'vi-VN', baseURL })
  // What the account page's language picker stores.
  await context.addCookies([{ name: 'payload-lng', value: 'en', url: baseURL }])
  const english = await context.newPage()
  await english.goto('/admin/login')
  await english.fill('#field-email', 'evaluator@demo.loa')
  await english.fill('#field-password', 'loa-demo-2026')
  await english.click('button[type="submit"]')
  await english.getByText('Outreach plans', { exact: true }).filter({ visible: true }).first().waitFor({ timeout: 60_000 })
  expect(await english.evaluate(() => document.documentElement.lang)).toBe('en')
  await context.close()
})

