/** Debian's Chromium driven by playwright-core, with the flags that work on our machines (no network). */
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}

/**
 * A page on the test server that records what must fail a test: uncaught page errors, anything the
 * Content-Security-Policy refused (a script of our own without its nonce would be one), and 5xx
 * responses (only those whose URL contains `watch`, when given).
 */
export async function watchedPage(browser: Browser, options: { locale: string; baseURL: string; watch?: string }) {
  const page: Page = await (await browser.newContext({ locale: options.locale, baseURL: options.baseURL })).newPage()
  const problems: string[] = []
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) problems.push(`CSP: ${m.text()}`)
  })
  page.on('response', (r) => {
    if ((!options.watch || r.url().includes(options.watch)) && r.status() >= 500) problems.push(`${r.status()} from ${r.url()}`)
  })
  return { page, problems }
}

export type OpenedPage = { browser: Browser; page: Page; problems: string[] }

/**
 * For a test file: Chromium launched before its tests and closed after them, and one watched page
 * on the test server, handed to `use` (which keeps it in the file's own variables).
 */
export function openChromiumPage(options: { locale: string; watch?: string }, use: (opened: OpenedPage) => void) {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchChromium()
    use({ browser, ...(await watchedPage(browser, { ...options, baseURL: inject('baseURL') })) })
  })
  afterAll(async () => {
    await browser?.close()
  })
}
