/**
 * Security headers on the site, the admin, the API and files, as the built app serves them; and
 * that the admin refuses to be framed by another page in real Chromium.
 */
import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'

import { openChromiumPage } from './chromium'

let page: Page
let problems: string[]
openChromiumPage({ locale: 'vi-VN' }, (opened) => ({ page, problems } = opened))

it('every kind of answer carries the headers', async () => {
  for (const path of ['/', '/hoi-dap', '/admin/login', '/api/users/me', '/api/indicators/template', '/lich/xa/1.ics']) {
    const res = await page.request.get(path, { maxRedirects: 0 })
    const h = res.headers()
    expect(h['content-security-policy'], path).toContain("frame-ancestors 'none'")
    expect(h['content-security-policy'], path).toContain("object-src 'none'")
    expect(h['x-frame-options'], path).toBe('DENY')
    expect(h['x-content-type-options'], path).toBe('nosniff')
    expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
    expect(h['x-powered-by'], path).toBeUndefined()
  }
})

it('the admin cannot be framed by another site', async () => {
  await page.goto('/hoi-dap')
  const framed = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const frame = document.createElement('iframe')
        frame.src = '/admin/login'
        frame.onload = () => {
          try {
            resolve(frame.contentDocument?.body?.innerHTML ? 'rendered' : 'blocked')
          } catch {
            resolve('blocked')
          }
        }
        setTimeout(() => resolve('timed out'), 30_000)
        document.body.appendChild(frame)
      }),
  )
  expect(framed).toBe('blocked')
  // Chromium reports the refused frame on the console; that is the point here, not a problem.
  expect(problems.filter((p) => !/frame|Refused to display/i.test(p))).toEqual([])
})
