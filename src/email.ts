import fs from 'node:fs'
import path from 'node:path'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer, { type Transport, type Transporter } from 'nodemailer'

export const DEFAULT_OUTBOX_DIR = 'data/outbox'

/**
 * A nodemailer transport that writes each message as a real .eml file, so mail sent while
 * offline (or without SMTP_URL) is kept and can be opened or re-sent later.
 */
export function outboxTransport(dir: string): Transporter {
  const transport: Transport = {
    name: 'loa-outbox',
    version: '1.0.0',
    send(mail, callback) {
      const id = `${new Date().toISOString().replace(/[:.]/g, '-')}-${Math.random().toString(36).slice(2, 8)}`
      const file = path.join(dir, `${id}.eml`)
      fs.mkdirSync(dir, { recursive: true })
      mail.message.createReadStream().pipe(fs.createWriteStream(file))
        .on('finish', () => callback(null, { envelope: mail.message.getEnvelope(), messageId: mail.message.messageId(), file } as never))
        .on('error', (err) => callback(err, undefined as never))
    },
  }
  return nodemailer.createTransport(transport)
}

/** SMTP_URL (smtp://user:pass@host:port) when set; otherwise .eml files in the outbox folder. */
export function emailAdapter(smtpUrl = process.env.SMTP_URL, outboxDir = process.env.LOA_OUTBOX_DIR || DEFAULT_OUTBOX_DIR) {
  return nodemailerAdapter({
    defaultFromAddress: process.env.EMAIL_FROM || 'loa@haiphong.local',
    defaultFromName: 'Loa – Tuyên truyền BHXH, BHYT Hải Phòng',
    transport: smtpUrl ? nodemailer.createTransport(smtpUrl) : outboxTransport(path.resolve(outboxDir)),
    // Verifying would open a connection at boot; a missing mail server must not stop the app.
    skipVerify: true,
  })
}
