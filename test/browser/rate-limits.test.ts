/**
 * Rate limits on the built app (`next start`): the address that connected is recorded by
 * src/instrumentation.ts at Node's HTTP layer, so what a client writes in X-Forwarded-For, X-Real-IP
 * or the internal header itself buys it no fresh budget. No Chromium: plain requests, each from a
 * loopback address of its own (no other test uses these, so their budgets are untouched).
 */
import http from 'node:http'

import { expect, inject, it } from 'vitest'

const base = new URL(inject('baseURL'))

function search(from: string, headers: Record<string, string>) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: base.port, localAddress: from, agent: false, path: '/api/questions/search?q=bhyt&limit=1', headers },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      },
    )
    req.on('error', reject)
    req.end()
  })
}

it('a client that writes a new X-Forwarded-For (and forges the internal address header) on every search still gets 120 a minute', async () => {
  const from = '127.0.0.91'
  const forged = (i: number) => ({ 'X-Forwarded-For': `198.51.100.${i}`, 'X-Real-IP': `198.51.100.${i}`, 'X-Loa-Socket-Address': `guess 198.51.100.${i}` })
  for (let i = 0; i < 120; i++) expect((await search(from, forged(i))).status).toBe(200)
  const refused = await search(from, forged(200))
  expect(refused.status).toBe(429)
  expect(JSON.parse(refused.body).errors[0].message).toMatch(/^Bạn tìm kiếm quá nhiều lần trong thời gian ngắn\. Vui lòng thử lại sau \d+ giây\.$/)
  // Another machine is not affected.
  expect((await search('127.0.0.92', {})).status).toBe(200)
})
