/**
 * The evaluation dashboard in real Chromium: an evaluator sees the cards, the four charts drawn,
 * the five evaluation levels, all communes ranked and the coverage gaps, and narrows the scope to
 * one organization; a coordinator sees only their own organization; a report downloads as DOCX.
 */
import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'

import { openChromiumPage } from './chromium'

let page: Page
let problems: string[]
openChromiumPage({ locale: 'vi-VN', watch: '/api/' }, (opened) => ({ page, problems } = opened))

async function login(email: string) {
  await page.context().clearCookies()
  await page.goto('/admin/login')
  await page.fill('#field-email', email)
  await page.fill('#field-password', 'loa-demo-2026')
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })
}

it('an evaluator reads the city dashboard, then one organization’s', async () => {
  await login('evaluator@demo.loa')
  await page.goto('/admin/dashboard')
  const view = page.getByTestId('dashboard')
  await view.waitFor({ timeout: 60_000 })
  expect(await page.getByTestId('dashboard-scope').innerText()).toBe('Toàn thành phố')
  // Five participation rates, officials informed (plan II.2), and the annual plan's four city-wide
  // targets (collection, online procedures…).
  expect(await page.getByTestId('indicator-cards').getByTestId('dashboard-card').count()).toBe(10)
  expect(await page.getByTestId('indicator-cards').innerText()).toContain('Số thu BHXH, BHYT, BHTN so với kế hoạch')
  expect(await page.getByTestId('outreach-cards').innerText()).toContain('Sự kiện đã tổ chức')
  // Each chart is drawn (recharts renders an SVG surface once it has a size).
  for (const chart of ['chart-months', 'chart-groups', 'chart-channels', 'chart-topics']) {
    await page.getByTestId(chart).locator('svg.recharts-surface').first().waitFor({ timeout: 30_000 })
  }
  expect(await page.getByTestId('evaluation-levels').innerText()).toMatch(/Đầu vào[\s\S]*Đầu ra[\s\S]*Tiếp nhận[\s\S]*Kết quả[\s\S]*Tác động/)
  expect(await page.getByTestId('commune-row').count()).toBe(114)
  // The demo figures put communes below target first.
  expect(Number(await page.getByTestId('commune-row').first().getAttribute('data-priority'))).toBeLessThanOrEqual(2)
  expect(await page.getByTestId('matrix-gap').count()).toBeGreaterThan(0)

  await page.selectOption('select[name="scope"]', 'organization')
  await page.selectOption('select[name="id"]', { label: 'Liên đoàn Lao động thành phố Hải Phòng' })
  await page.getByRole('button', { name: 'Xem' }).click()
  await page.waitForURL(/scope=organization/)
  expect(await page.getByTestId('dashboard-scope').innerText()).toBe('Liên đoàn Lao động thành phố Hải Phòng')
  expect(await page.getByTestId('commune-row').count()).toBe(0)
  expect(problems).toEqual([])
})

it('a coordinator sees only their organization, and downloads its report', async () => {
  await login('hoinongdan@demo.loa')
  await page.goto('/admin/dashboard?scope=city')
  await page.getByTestId('dashboard').waitFor({ timeout: 60_000 })
  expect(await page.getByTestId('dashboard-scope').innerText()).toBe('Hội Nông dân thành phố Hải Phòng')
  expect(await page.locator('select[name="scope"]').count()).toBe(0)

  const reports = await page.evaluate(async () => (await (await fetch('/api/reports?depth=0', { credentials: 'include' })).json()) as { docs: { id: number }[] })
  expect(reports.docs.length).toBeGreaterThan(0)
  await page.goto(`/admin/collections/reports/${reports.docs[0].id}`)
  const link = page.getByTestId('report-docx')
  await link.waitFor({ timeout: 60_000 })
  expect(await page.getByTestId('report-figures').innerText()).toContain('Sự kiện đã tổ chức')
  const download = await page.evaluate(async (href) => {
    const res = await fetch(href, { credentials: 'include' })
    return { status: res.status, type: res.headers.get('content-type'), size: (await res.arrayBuffer()).byteLength }
  }, (await link.getAttribute('href'))!)
  expect(download).toMatchObject({ status: 200, type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' })
  expect(download.size).toBeGreaterThan(5_000)
  expect(problems).toEqual([])
})
