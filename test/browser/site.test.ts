/**
 * The public site in real Chromium, on the seeded demo database: the "Tôi là…" picker, Q&A
 * search with and without accents, and a material page with its share image.
 */
import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'

import { openChromiumPage } from './chromium'

let page: Page
let problems: string[]
openChromiumPage({ locale: 'vi-VN' }, (opened) => ({ page, problems } = opened))

it('"Tôi là…": picking an audience group shows approved messages, materials and Q&A for it', async () => {
  await page.goto('/')
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi')
  const picker = page.getByRole('list', { name: 'Chọn nhóm đối tượng' })
  expect(await picker.getByRole('link').count()).toBe(6)
  await picker.getByRole('link', { name: /phi chính thức/ }).click()
  await page.waitForURL(/nhom=4/)
  await page.getByRole('heading', { name: /^Dành cho:/ }).waitFor()
  expect(await page.getByTestId('messages').locator('li').count()).toBeGreaterThan(0)
  expect(await page.getByTestId('questions').locator('li').count()).toBeGreaterThan(0)
  expect(await page.locator('.picker a[aria-current="true"]').count()).toBe(1)
  expect(problems).toEqual([])
})

it('Q&A search finds the same answers with and without accents and highlights the accented words', async () => {
  const results = async (query: string) => {
    await page.goto('/hoi-dap')
    await page.getByRole('searchbox', { name: 'Câu hỏi cần tìm' }).fill(query)
    await page.getByRole('button', { name: 'Tìm' }).click()
    await page.waitForURL(/q=/)
    return page.getByTestId('results').locator('li').allInnerTexts()
  }
  const plain = await results('bao hiem xa hoi tu nguyen')
  expect(plain.length).toBeGreaterThan(0)
  const marks = await page.getByTestId('results').locator('mark').allInnerTexts()
  expect(marks.some((m) => /bảo hiểm xã hội tự nguyện/i.test(m))).toBe(true)
  const accented = await results('bảo hiểm xã hội tự nguyện')
  expect(accented).toEqual(plain)
  // The first result opens its answer page.
  await page.getByTestId('results').locator('a').first().click()
  await page.waitForURL(/\/hoi-dap\/\w+/)
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(plain[0].trim())
  expect(problems).toEqual([])
})

it('a material page shows its preview, a download and a 1200×630 share image', async () => {
  await page.goto('/?nhom=4')
  const first = page.getByTestId('materials').locator('a').first()
  await first.click()
  await page.waitForURL(/\/tai-lieu\/\w+/)
  const preview = page.getByTestId('preview')
  await preview.waitFor()
  expect(await preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
  const og = await page.locator('meta[property="og:image"]').getAttribute('content')
  expect(og).toBeTruthy()
  expect(await page.locator('meta[property="og:image:width"]').getAttribute('content')).toBe('1200')
  const image = await page.request.get(og!)
  expect(image.status()).toBe(200)
  expect(image.headers()['content-type']).toMatch(/^image\//)
  expect(await page.getByRole('link', { name: 'Chia sẻ Zalo' }).getAttribute('href')).toMatch(/^https:\/\/zalo\.me\/share\?url=/)
  const download = page.getByRole('region', { name: 'Tải về' }).getByRole('link').first()
  const file = await page.request.get(new URL((await download.getAttribute('href'))!, page.url()).toString())
  expect(file.status()).toBe(200)
  expect(problems).toEqual([])
})
