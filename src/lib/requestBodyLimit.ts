/**
 * Payload reads a JSON (or any non-multipart) body whole and parses it before any check: a 100 MB
 * anonymous body was read and parsed. This wrapper refuses a body above LOA_MAX_JSON_BYTES
 * (default 1 MB) with a Vietnamese 413 — by its Content-Length before reading anything, and while
 * reading when it has none (chunked), stopping at the first byte over. Multipart uploads keep
 * Payload's own limits (payload.config `upload`), which cut them off while they stream in.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a route handler's second argument differs per route
type Handler = (request: Request, ...rest: any[]) => Promise<Response>

export const DEFAULT_MAX_JSON_BYTES = 1024 * 1024

/** The cap in bytes: LOA_MAX_JSON_BYTES when it is a positive whole number, else 1 MB. */
export function maxJsonBytes(): number {
  const value = Number(process.env.LOA_MAX_JSON_BYTES)
  return Number.isSafeInteger(value) && value > 0 ? value : DEFAULT_MAX_JSON_BYTES
}

export const bodyTooLargeMessage = (max: number) =>
  `Nội dung gửi lên quá lớn: tối đa ${max >= 1024 * 1024 ? `${Math.round((max / 1024 / 1024) * 10) / 10} MB` : `${Math.ceil(max / 1024)} KB`}. (Request body too large.)`

const tooLarge = (max: number) => Response.json({ errors: [{ message: bodyTooLargeMessage(max) }] }, { status: 413 })

/** The body's bytes, or null as soon as they pass `max` (the rest is never read). */
async function readAtMost(body: ReadableStream<Uint8Array>, max: number): Promise<Uint8Array | null> {
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) {
      await reader.cancel().catch(() => undefined)
      return null
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

/** Wraps a Next route handler: non-multipart bodies above the cap are refused before Payload reads them. */
export function withBodyLimit<H extends Handler>(handler: H): H {
  return (async (request: Request, ...rest: unknown[]) => {
    if (!request.body || (request.headers.get('content-type') ?? '').toLowerCase().includes('multipart/')) return handler(request, ...rest)
    const max = maxJsonBytes()
    const declared = Number(request.headers.get('content-length'))
    if (Number.isFinite(declared) && declared > max) return tooLarge(max)
    const bytes = await readAtMost(request.body, max)
    if (!bytes) return tooLarge(max)
    // The same request again, its body now read (Payload reads it once more).
    const again = new Request(request.url, { method: request.method, headers: request.headers, body: bytes.byteLength ? bytes : null, signal: request.signal })
    return handler(again, ...rest)
  }) as H
}
