/**
 * The public site in real Chromium, on the seeded demo database: the "Tôi là…" picker, Q&A
 * search with and without accents, and a material page with its share image.
 */
import type { Page } from 'playwright-core'
import { expect, inject, it } from 'vitest'

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

/** Signs in through the API; the answer's token authorizes later calls (no cookie: the browser's page stays anonymous). */
async function signedIn(email: string) {
  const base = inject('baseURL')
  const login = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: process.env.DEMO_PASSWORD || 'loa-demo-2026' }),
  })
  const { token } = (await login.json()) as { token: string }
  return (path: string, method = 'GET', body?: unknown) =>
    fetch(`${base}/api/${path}`, {
      method,
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then(async (res) => ({ status: res.status, json: (await res.json()) as Record<string, any> }))
}

it('the shared public pages come without scripts, work by links and forms, and a CDN may keep them', async () => {
  for (const path of ['/', '/?nhom=4', '/hoi-dap', '/su-kien']) {
    const res = await page.goto(path)
    expect(res!.headers()['cache-control'], path).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/)
    expect(res!.headers()['set-cookie'], path).toBeUndefined()
    expect(res!.headers()['critical-ch'], path).toBeUndefined()
    expect(await res!.text(), path).not.toMatch(/<script/i)
    expect(await page.locator('script').count(), path).toBe(0)
  }
  // The title and the share tags are in <head> (no script would move them there).
  await page.goto('/')
  expect(await page.title()).toMatch(/Loa/)
  // A search and a commune's events are per visitor: not kept.
  for (const path of ['/hoi-dap?q=vssid', '/su-kien?xa=1', '/gop-y']) {
    const res = await page.goto(path)
    expect(res!.headers()['cache-control'], path).toMatch(/no-store/)
  }
  // The browser finds an icon.
  const icon = await page.request.get('/favicon.ico')
  expect(icon.status()).toBe(200)
  expect(icon.headers()['content-type']).toMatch(/icon/)
  const svg = await page.goto('/')
  expect(svg!.ok()).toBe(true)
  const iconHref = await page.locator('link[rel="icon"]').first().getAttribute('href')
  expect((await page.request.get(iconHref!)).status()).toBe(200)
  expect(problems).toEqual([])
})

it('a material opened through another host name than the configured one still shows its preview', async () => {
  const base = new URL(inject('baseURL'))
  await page.goto('/?nhom=4')
  const href = await page.getByTestId('materials').locator('a').first().getAttribute('href')
  // localhost is the configured SERVER_URL; 127.0.0.1 is the same server under another name (a LAN address, a proxy).
  await page.goto(`http://127.0.0.1:${base.port}${href}`)
  const preview = page.getByTestId('preview')
  await preview.waitFor()
  expect(await preview.getAttribute('src')).toMatch(/^\/api\//)
  await page.waitForFunction(() => (document.querySelector('[data-testid="preview"]') as HTMLImageElement | null)?.complete)
  expect(await preview.evaluate((img: HTMLImageElement) => img.naturalWidth > 0)).toBe(true)
  expect(problems).toEqual([])
})

it('an approved message appears on the site at once, and a retired one is gone at once', async () => {
  const editor = await signedIn('editor@demo.loa')
  const reviewer = await signedIn('reviewer@demo.loa')
  const group = (await editor('audience-groups?where[code][equals]=4&depth=0&limit=1')).json.docs[0]
  const topic = (await editor('topics?depth=0&limit=1')).json.docs[0]
  const law = (await editor('legal-documents?depth=0&limit=1')).json.docs[0]
  const created = await editor('messages', 'POST', {
    title: 'Thông điệp thử trang công khai',
    short: 'Người lao động tự do tham gia BHXH tự nguyện.',
    audienceGroups: [group.id],
    topics: [topic.id],
    legalBasis: [{ document: law.id }],
    status: 'in_review',
  })
  expect(created.status, JSON.stringify(created.json)).toBe(201)
  const id = created.json.doc.id
  const shows = async (path: string) => (await (await page.request.get(path)).text()).includes('Thông điệp thử trang công khai')

  // Kept copies of both pages exist before the change.
  expect(await shows('/?nhom=4')).toBe(false)
  expect((await page.request.get(`/thong-diep/${id}`)).status()).toBe(404)

  expect((await reviewer(`messages/${id}`, 'PATCH', { status: 'approved' })).status).toBe(200)
  expect(await shows('/?nhom=4')).toBe(true)
  expect((await page.request.get(`/thong-diep/${id}`)).status()).toBe(200)

  expect((await reviewer(`messages/${id}`, 'PATCH', { status: 'retired' })).status).toBe(200)
  expect(await shows('/?nhom=4')).toBe(false)
  expect((await page.request.get(`/thong-diep/${id}`)).status()).toBe(404)
})
