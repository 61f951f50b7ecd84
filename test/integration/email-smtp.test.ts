/** With SMTP_URL, mail goes through a real SMTP server (here one on loopback, from smtp-server). */
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { emptyPayload } from '../helpers'
import { startSmtpServer } from '../smtp'

let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let payload: Payload
beforeAll(async () => {
  smtp = await startSmtpServer()
  // Read when the config is imported, which emptyPayload() does next.
  process.env.SMTP_URL = smtp.url
  process.env.EMAIL_FROM = 'loa@bhxh.haiphong.test'
  payload = await emptyPayload()
})
afterAll(async () => {
  await payload?.destroy()
  await smtp?.close()
})

it('delivers to the SMTP server with the configured sender and a Vietnamese subject intact', async () => {
  await payload.sendEmail({
    to: 'evaluator@demo.loa',
    subject: 'Kế hoạch chờ phê duyệt',
    text: 'UBND phường Thiên Hương đã gửi kế hoạch năm 2026.',
  })
  expect(smtp.received).toHaveLength(1)
  expect(smtp.received[0].from).toBe('loa@bhxh.haiphong.test')
  expect(smtp.received[0].to).toEqual(['evaluator@demo.loa'])
  expect(smtp.received[0].subject).toBe('Kế hoạch chờ phê duyệt')
  expect(smtp.received[0].text).toContain('UBND phường Thiên Hương')
})
