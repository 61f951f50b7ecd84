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
  const shared = ['/', '/hoi-dap', '/su-kien']
  for (const path of [...shared, '/gop-y', '/hoi-dap?q=vssid', '/admin/login', '/api/users/me', '/api/indicators/template', '/lich/xa/1.ics']) {
    const res = await page.request.get(path, { maxRedirects: 0 })
    const h = res.headers()
    expect(h['content-security-policy'], path).toContain("frame-ancestors 'none'")
    expect(h['content-security-policy'], path).toContain("object-src 'none'")
    // Pages run only scripts carrying the request's nonce, and the pages every visitor shares none
    // at all (src/domain/publicPages.ts); API answers run none either.
    const scripts = path.startsWith('/api/') ? /default-src 'none'/ : shared.includes(path) ? /script-src 'none'/ : /script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/
    expect(h['content-security-policy'], path).toMatch(scripts)
    expect(/script-src[^;]*/.exec(h['content-security-policy'])?.[0] ?? '', path).not.toContain('unsafe-inline')
    expect(h['x-frame-options'], path).toBe('DENY')
    expect(h['x-content-type-options'], path).toBe('nosniff')
    expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
    expect(h['x-powered-by'], path).toBeUndefined()
  }
})

it('a page’s scripts carry a fresh nonce; a script injected without it does not run', async () => {
  const nonces = new Set<string>()
  for (const path of ['/gop-y', '/gop-y', '/admin/login']) {
    const res = await page.goto(path)
    const nonce = /'nonce-([^']+)'/.exec(res!.headers()['content-security-policy'])![1]
    nonces.add(nonce)
    // Every script the server rendered into the page carries this request's nonce (the chunks
    // Next's loader adds later need none: 'strict-dynamic' trusts what a trusted script loads).
    const scripts = (await res!.text()).match(/<script[^>]*>/g) ?? []
    expect(scripts.length, path).toBeGreaterThan(0)
    expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`)), path).toEqual([])
  }
  expect(nonces.size).toBe(3)
  await page.getByRole('button', { name: /đăng nhập/i }).waitFor({ timeout: 30_000 })

  // What an attacker's stored text would try: an inline script and an inline event handler, on a
  // page with its nonce and on a page every visitor shares.
  for (const path of ['/gop-y', '/hoi-dap']) await expectInjectionRefused(path)
  problems.splice(0) // the refused handler is reported on the console: that is the point here
})

it('a shared public page has no script at all, so no nonce, and is the same for every visitor', async () => {
  const first = await page.request.get('/hoi-dap')
  const second = await page.request.get('/hoi-dap')
  for (const res of [first, second]) {
    expect(res.headers()['content-security-policy']).toMatch(/script-src 'none'/)
    expect(res.headers()['content-security-policy']).not.toContain('nonce-')
    expect(await res.text()).not.toMatch(/<script|nonce=/i)
  }
  expect(await second.text()).toBe(await first.text())
  // Headers only the proxy's own render may send do not change what an outsider gets.
  const forged = await page.request.get('/hoi-dap', { headers: { 'x-loa-shared-render': 'guess' } })
  expect(await forged.text()).not.toMatch(/<script/i)
})

async function expectInjectionRefused(path: string) {
  await page.goto(path)
  const injected = await page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const violations: string[] = []
        document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective))
        const script = document.createElement('div')
        script.innerHTML = '<img src="data:," onload="window.__pwned = 1">'
        document.body.appendChild(script)
        setTimeout(() => resolve([...violations, `pwned=${(window as unknown as { __pwned?: number }).__pwned ?? 0}`]), 1000)
      }),
  )
  expect(injected, path).toContain('pwned=0')
  expect(injected.some((v) => v.startsWith('script-src')), path).toBe(true)
}

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
