/** Without SMTP_URL no mail is lost: each message is written as a real .eml file in the outbox. */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { emptyPayload } from '../helpers'

let payload: Payload
beforeAll(async () => {
  payload = await emptyPayload()
})
afterAll(async () => {
  await payload?.destroy()
})

it('writes an .eml file with the Vietnamese subject and body', async () => {
  const outbox = process.env.LOA_OUTBOX_DIR!
  const before = fs.existsSync(outbox) ? fs.readdirSync(outbox) : []
  await payload.sendEmail({
    to: 'ldld@demo.loa',
    subject: 'Nhắc hạn nộp kế hoạch tuyên truyền năm 2027',
    text: 'Kính gửi Liên đoàn Lao động thành phố: đề nghị gửi kế hoạch trước ngày 15/01/2027.',
  })
  // The transport acknowledges only once the file is closed.
  const added = fs.readdirSync(outbox).filter((f) => !before.includes(f))
  expect(added).toHaveLength(1)
  expect(added[0]).toMatch(/\.eml$/)
  const eml = fs.readFileSync(path.join(outbox, added[0]), 'utf8')
  expect(eml).toMatch(/^To: ldld@demo\.loa/m)
  expect(eml).toMatch(/^Subject: /m)
  expect(eml).toMatch(/Content-Type: text\/plain; charset=utf-8/)
})
