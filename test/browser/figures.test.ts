/**
 * Sở Nội vụ imports BHXH thành phố's spreadsheet in the admin, in real Chromium: a file with a bad
 * row shows the problem and cannot be written; the corrected file is previewed with its rates and
 * written.
 */
import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'

import { IMPORT_COLUMNS } from '../../src/domain/indicatorImport'
import { openChromiumPage } from './chromium'

let page: Page
let problems: string[]
openChromiumPage({ locale: 'vi-VN', watch: '/api/' }, (opened) => ({ page, problems } = opened))

const csv = (lines: string[]) => ({ name: 'so-lieu.csv', mimeType: 'text/csv', buffer: Buffer.from([IMPORT_COLUMNS.map((c) => `"${c.header}"`).join(','), ...lines].join('\n')) })

it('an evaluator checks a file, reads the problem, then writes the corrected file', async () => {
  await page.goto('/admin/login')
  await page.fill('#field-email', 'evaluator@demo.loa')
  await page.fill('#field-password', 'loa-demo-2026')
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })

  await page.goto('/admin/import-figures')
  const view = page.getByTestId('figure-import')
  await view.waitFor({ timeout: 60_000 })
  const input = view.locator('input[type="file"]')

  await input.setInputFiles(csv(['Phường Đồ Sơn,2029,H2,30000,18000,31000,8000,900,7500,']))
  await view.getByRole('button', { name: 'Kiểm tra tệp' }).click()
  await page.getByTestId('import-problems').getByText('Số người tham gia BHYT (31000) lớn hơn dân số (30000).').waitFor({ timeout: 30_000 })
  expect(await view.getByRole('button', { name: /^Ghi \d+ dòng số liệu$/ }).isDisabled()).toBe(true)

  await input.setInputFiles(csv(['Phường Đồ Sơn,2029,H2,30000,18000,29100,8000,900,7500,', 'Xã An Hưng,2029,H2,"12.000",7000,11800,2100,350,1900,']))
  await view.getByRole('button', { name: 'Kiểm tra tệp' }).click()
  const preview = page.getByTestId('import-preview')
  await preview.waitFor({ timeout: 30_000 })
  expect(await preview.locator('tbody tr').count()).toBe(2)
  expect(await preview.locator('tbody tr').first().innerText()).toContain('97') // 29,100 / 30,000 = 97 %

  await view.getByRole('button', { name: 'Ghi 2 dòng số liệu' }).click()
  expect(await page.getByTestId('import-done').innerText({ timeout: 30_000 })).toBe('Đã ghi số liệu: 2 bản ghi mới, 0 bản ghi được thay thế.')
  const stored = await page.evaluate(async () => (await (await fetch('/api/indicators?where[year][equals]=2029&depth=0', { credentials: 'include' })).json()).totalDocs)
  expect(stored).toBe(2)
  expect(problems).toEqual([])
})
