/**
 * Payload's real REST and GraphQL route handlers behind a real HTTP server on loopback, with the
 * socket-address recording `next start` gets from src/instrumentation.ts. Each test client connects
 * from an address of its own: all of 127.0.0.0/8 is loopback on Linux, so `from: '127.0.0.7'` is a
 * real socket from a different address, as another machine would be. Rate limits then see what
 * they see in production, and whatever headers a client writes are only headers.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { recordSocketAddresses } from '../src/lib/socketAddress'
import { apiRoutes, type ApiRoutes } from './helpers'

/** An answer's JSON body, as the tests read it (REST and GraphQL shapes). */
export type AnswerBody = {
  errors?: { message: string; extensions?: Record<string, unknown> }[]
  token?: string
  data?: Record<string, { token?: string } | null>
  [key: string]: unknown
}
export type Answer = { status: number; headers: http.IncomingHttpHeaders; body: AnswerBody }
export type Send = (options: { from: string; method?: string; path: string; headers?: Record<string, string>; json?: unknown }) => Promise<Answer>

export async function loopbackServer(routes: ApiRoutes = apiRoutes()): Promise<{ send: Send; close: () => Promise<void> }> {
  recordSocketAddresses()
  const server = http.createServer(async (req, res) => {
    try {
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(chunk as Buffer)
      const url = new URL(req.url ?? '/', 'http://localhost')
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
      const request = new Request(url, { method: req.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined })
      const slug = url.pathname.replace(/^\/api\//, '').split('/').filter(Boolean)
      const rest = { GET: routes.get, POST: routes.post, PATCH: routes.patch, DELETE: routes.delete }[req.method ?? 'GET']
      const response =
        url.pathname === '/api/graphql' ? await routes.graphql(request) : await rest!(request, { params: Promise.resolve({ slug }) })
      res.writeHead(response.status, Object.fromEntries(response.headers))
      res.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(String((error as Error)?.stack ?? error))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  const send: Send = ({ from, method = 'GET', path, headers = {}, json }) =>
    new Promise((resolve, reject) => {
      const body = json === undefined ? undefined : JSON.stringify(json)
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          localAddress: from,
          method,
          path,
          agent: false,
          headers: { ...(body ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } : {}), ...headers },
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8')
            let parsed: AnswerBody = { text }
            try {
              parsed = JSON.parse(text)
            } catch {
              // not JSON (e.g. a 500's stack): kept as text, so the failure shows it
            }
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed })
          })
        },
      )
      req.on('error', reject)
      req.end(body)
    })

  return { send, close: () => new Promise((resolve) => server.close(() => resolve())) }
}
