import { afterEach, describe, expect, it } from 'vitest'

import { DEFAULT_MAX_JSON_BYTES, maxJsonBytes, withBodyLimit } from '../../src/lib/requestBodyLimit'

afterEach(() => {
  delete process.env.LOA_MAX_JSON_BYTES
})

/** A handler that reads the body as Payload does and says what it got. */
const echo = withBodyLimit(async (request: Request) => Response.json({ text: await request.text(), type: request.headers.get('content-type') }))

/** A body streamed in chunks, with no Content-Length; counts how much of it was pulled. */
function chunked(chunks: number, size: number) {
  let pulled = 0
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= chunks) return controller.close()
      pulled++
      controller.enqueue(new Uint8Array(size).fill(0x20))
    },
  })
  return { stream, pulled: () => pulled }
}

describe('request bodies', () => {
  it('the cap is LOA_MAX_JSON_BYTES, 1 MB by default', () => {
    expect(maxJsonBytes()).toBe(DEFAULT_MAX_JSON_BYTES)
    process.env.LOA_MAX_JSON_BYTES = '2048'
    expect(maxJsonBytes()).toBe(2048)
    process.env.LOA_MAX_JSON_BYTES = 'nhiều'
    expect(maxJsonBytes()).toBe(DEFAULT_MAX_JSON_BYTES)
  })

  it('a body within the cap reaches the handler unchanged', async () => {
    const res = await echo(new Request('http://x/api/feedback', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"Góp ý"}' }))
    expect(await res.json()).toEqual({ text: '{"text":"Góp ý"}', type: 'application/json' })
  })

  it('a declared Content-Length above the cap is refused before any byte is read', async () => {
    process.env.LOA_MAX_JSON_BYTES = '1024'
    const body = chunked(1000, 1024)
    const res = await echo(new Request('http://x/api/feedback', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(1024 * 1000) }, body: body.stream, duplex: 'half' } as RequestInit))
    expect(res.status).toBe(413)
    expect(((await res.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/^Nội dung gửi lên quá lớn: tối đa 1 KB/)
    expect(body.pulled()).toBeLessThanOrEqual(1)
  })

  it('a chunked body is counted while it streams in and cut off at the cap, not read to its end', async () => {
    process.env.LOA_MAX_JSON_BYTES = String(64 * 1024)
    const body = chunked(100 * 1024, 1024) // 100 MB if read whole
    const res = await echo(new Request('http://x/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: body.stream, duplex: 'half' } as RequestInit))
    expect(res.status).toBe(413)
    expect(body.pulled()).toBeLessThan(70)
  })

  it('multipart uploads are left to Payload’s upload limits', async () => {
    process.env.LOA_MAX_JSON_BYTES = '16'
    const form = new FormData()
    form.set('file', new Blob(['x'.repeat(1000)]), 'a.txt')
    const res = await echo(new Request('http://x/api/media', { method: 'POST', body: form }))
    expect(res.status).toBe(200)
    expect(((await res.json()) as { type: string }).type).toMatch(/^multipart\/form-data/)
  })
})
