/**
 * The outreach calendar in the admin (month and week, filters) and the public "upcoming events in
 * my commune" page with its calendar feed, in real Chromium on the built app with demo data.
 */
import type { Page } from 'playwright-core'
import { expect, inject, it } from 'vitest'

import { vietnamDate, vietnamDayStart } from '../../src/domain/period'
import { openChromiumPage } from './chromium'

let page: Page
let problems: string[]
openChromiumPage({ locale: 'vi-VN', watch: '/api/' }, (opened) => ({ page, problems } = opened))

const api = <T>(path: string, init?: { method: string; body: unknown }) =>
  page.evaluate(
    async ({ path, init }) => {
      const res = await fetch(path, {
        method: init?.method ?? 'GET',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: init ? JSON.stringify(init.body) : undefined,
      })
      return { status: res.status, body: await res.json() }
    },
    { path, init },
  ) as Promise<{ status: number; body: T }>

it('a coordinator sees events on the month and week calendar, narrows it by commune, and opens one', async () => {
  await page.goto('/admin/login')
  await page.fill('#field-email', 'ldld@demo.loa')
  await page.fill('#field-password', 'loa-demo-2026')
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })

  const communeId = async (name: string) =>
    (await api<{ docs: { id: number }[] }>(`/api/localities?where[name][equals]=${encodeURIComponent(name)}&depth=0`)).body.docs[0].id
  const hongBang = await communeId('Phường Hồng Bàng')
  const thienHuong = await communeId('Phường Thiên Hương')
  // Tonight, 20:00–21:30 in Hải Phòng: inside this month's and this week's grid whatever the date.
  const tonight = vietnamDayStart(vietnamDate(new Date())).getTime() + 20 * 3600 * 1000
  const title = `Tuyên truyền BHXH tại khu trọ (${Date.now()})`
  const created = await api<{ doc: { id: number } }>('/api/events', {
    method: 'POST',
    body: { title, kind: 'small_group', locality: hongBang, startAt: new Date(tonight).toISOString(), endAt: new Date(tonight + 90 * 60_000).toISOString() },
  })
  expect(created.status).toBe(201)

  await page.goto('/admin/calendar')
  const calendar = page.getByTestId('event-calendar')
  await calendar.waitFor({ timeout: 60_000 })
  const event = () => calendar.locator('.fc-event', { hasText: title })
  await event().first().waitFor({ timeout: 30_000 })
  expect(await page.locator('.fc-dayGridMonth-view').count()).toBe(1)
  // Shown at Vietnam time, in Vietnamese.
  expect(await event().first().innerText()).toContain('20:00')
  expect(await calendar.getByRole('button', { name: 'Tuần' }).count()).toBe(1)

  await calendar.getByRole('button', { name: 'Tuần' }).click()
  await page.locator('.fc-timeGridWeek-view').waitFor({ timeout: 10_000 })
  await event().first().waitFor({ timeout: 10_000 })

  // Another commune: the event leaves the grid; its own commune: it is back. The filter is in the address.
  await calendar.locator('select[name="locality"]').selectOption(String(thienHuong))
  await page.waitForURL(/locality=\d+/)
  await expect.poll(() => event().count(), { timeout: 10_000 }).toBe(0)
  await calendar.locator('select[name="locality"]').selectOption(String(hongBang))
  await event().first().waitFor({ timeout: 10_000 })
  expect(await page.getByTestId('calendar-status').innerText()).toMatch(/\d+ sự kiện/)

  await event().first().click()
  await page.waitForURL(new RegExp(`/admin/collections/events/${created.body.doc.id}$`), { timeout: 30_000 })

  // The menu leads to the calendar; the review queue (same page frame) opens too.
  expect(await page.locator('a.nav__link[href="/admin/calendar"]').count()).toBe(1)
  await page.goto('/admin/review-queue')
  await page.getByRole('heading', { name: 'Danh sách cần duyệt, rà soát' }).waitFor({ timeout: 30_000 })
  expect(problems).toEqual([])
})

it('a resident picks their commune, sees its upcoming events and subscribes to the feed', async () => {
  await page.goto('/su-kien')
  await page.locator('select[name="xa"]').selectOption({ label: 'Phường Thiên Hương' })
  await page.getByRole('button', { name: 'Xem sự kiện' }).click()
  await page.waitForURL(/\/su-kien\?xa=\d+/)
  // The demo's small-group session tomorrow at the market, and the cancelled one is not in this commune.
  await page.getByText('Truyền thông nhóm nhỏ cho lao động tự do chợ Thiên Hương').first().waitFor({ timeout: 10_000 })
  expect(await page.getByText('Hội nghị tuyên truyền BHYT hộ gia đình').count()).toBe(0) // held, not upcoming

  const feed = await page.getByTestId('feed-url').getAttribute('href')
  expect(await page.getByTestId('webcal').getAttribute('href')).toMatch(/^webcal:\/\//)
  const res = await page.request.get(feed!)
  expect(res.status()).toBe(200)
  expect(res.headers()['content-type']).toMatch(/^text\/calendar/)
  const ics = (await res.text()).replace(/\r\n[ \t]/g, '') // unfold long lines (RFC 5545)
  expect(ics).toContain('BEGIN:VCALENDAR')
  expect(ics).toContain('Truyền thông nhóm nhỏ cho lao động tự do chợ Thiên Hương')
  expect(problems).toEqual([])
})

it('communications staff turn a question raised at an event into a Q&A draft in one click', async () => {
  const context = await page.context().browser()!.newContext({ locale: 'vi-VN', baseURL: inject('baseURL') })
  const editor = await context.newPage()
  try {
    await editor.goto('/admin/login')
    await editor.fill('#field-email', 'editor@demo.loa')
    await editor.fill('#field-password', 'loa-demo-2026')
    await editor.click('button[type="submit"]')
    await editor.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })
    // A reported demo event with a question and no draft yet.
    const found = await editor.evaluate(async () => {
      const res = await fetch('/api/events?where[status][equals]=reported&depth=0&limit=50', { credentials: 'include' })
      const { docs } = (await res.json()) as { docs: { id: number; questionsRaised?: { questionDraft?: unknown }[] }[] }
      return docs.find((d) => d.questionsRaised?.length && !d.questionsRaised[0].questionDraft)?.id
    })
    expect(found).toBeDefined()
    await editor.goto(`/admin/collections/events/${found}`)
    await editor.getByRole('button', { name: 'Tạo bản nháp hỏi – đáp' }).first().click({ timeout: 60_000 })
    await editor.waitForURL(/\/admin\/collections\/questions\/\d+$/, { timeout: 30_000 })
    await editor.locator('#field-question').waitFor({ timeout: 30_000 })
    expect(await editor.locator('#field-question').inputValue()).toBe('Đóng BHXH tự nguyện bao nhiêu năm thì được nhận lương hưu?')
  } finally {
    await context.close()
  }
})
