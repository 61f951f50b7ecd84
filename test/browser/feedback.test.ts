/**
 * The public feedback form in real Chromium: submit with consent and contact details, see the
 * confirmation, then reach the rate limit (LOA_FEEDBACK_LIMIT=2 on the test server) and read why.
 */
import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'

import { openChromiumPage } from './chromium'

let page: Page
let problems: string[]
openChromiumPage({ locale: 'vi-VN' }, (opened) => ({ page, problems } = opened))

/** Wait for the confirmation, or fail with what the page says instead. */
async function confirmation() {
  await page
    .getByTestId('feedback-sent')
    .waitFor({ timeout: 30_000 })
    .catch(async (error) => {
      const text = await page.evaluate(() => document.body.innerText.slice(-600)).catch(() => '')
      throw new Error(`${(error as Error).message}\nthe page reads:\n${text}`)
    })
}

async function fillAndSend(text: string, contact = false) {
  await page.goto('/gop-y')
  await page.locator('form[data-ready="true"]').waitFor()
  await page.getByLabel('Nội dung', { exact: true }).fill(text)
  await page.getByLabel('Xã, phường, đặc khu nơi bạn sống hoặc làm việc').selectOption({ label: 'Phường Thiên Hương' })
  if (contact) {
    await page.getByLabel(/Tôi đồng ý/).check()
    await page.getByLabel('Họ tên', { exact: true }).fill('Nguyễn Văn Ba')
    await page.getByLabel('Số điện thoại', { exact: true }).fill('0912345678')
  }
  await page.getByRole('button', { name: 'Gửi' }).click()
}

it('a citizen sends a question with consent and sees the confirmation; the contact fields appear only with consent', async () => {
  await page.goto('/gop-y')
  await page.locator('form[data-ready="true"]').waitFor()
  expect(await page.getByLabel('Số điện thoại', { exact: true }).count()).toBe(0)
  await fillAndSend('Tôi bán hàng ở chợ thì tham gia BHXH tự nguyện thế nào?', true)
  await confirmation()
  expect(await page.getByTestId('feedback-sent').innerText()).toMatch(/Cảm ơn bạn/)
  expect(problems).toEqual([])
})

it('the third submission from the same client within ten minutes is refused, and the page says why', async () => {
  await fillAndSend('Thẻ BHYT của con tôi hết hạn thì gia hạn ở đâu?')
  await confirmation()
  await fillAndSend('Câu hỏi thứ ba trong mười phút')
  const alert = page.getByTestId('feedback-error')
  await alert.waitFor({ timeout: 30_000 })
  expect(await alert.innerText()).toMatch(/quá nhiều góp ý.*phút/)
})
