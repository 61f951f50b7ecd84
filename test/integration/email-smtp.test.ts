/** With SMTP_URL, mail goes through a real SMTP server (here one on loopback, from smtp-server). */
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { emptyPayload } from '../helpers'

const received: { from: string; to: string[]; raw: string }[] = []
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, session, callback) {
    let raw = ''
    stream.on('data', (chunk) => (raw += chunk))
    stream.on('end', () => {
      received.push({
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
        to: session.envelope.rcptTo.map((r) => r.address),
        raw,
      })
      callback()
    })
  },
})

let payload: Payload
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  // Read when the config is imported, which emptyPayload() does next.
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`
  process.env.EMAIL_FROM = 'loa@bhxh.haiphong.test'
  payload = await emptyPayload()
})
afterAll(async () => {
  await payload?.destroy()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

it('delivers to the SMTP server with the configured sender', async () => {
  await payload.sendEmail({
    to: 'evaluator@demo.loa',
    subject: 'Kế hoạch chờ phê duyệt',
    text: 'UBND phường Thiên Hương đã gửi kế hoạch năm 2026.',
  })
  expect(received).toHaveLength(1)
  expect(received[0].from).toBe('loa@bhxh.haiphong.test')
  expect(received[0].to).toEqual(['evaluator@demo.loa'])
  expect(received[0].raw).toMatch(/^Subject: /m)
})
