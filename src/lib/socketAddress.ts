/**
 * The address that connected to the app, carried to route handlers and pages in a request header.
 *
 * Next's route handlers and pages only see a Request: no socket. Next itself writes the socket's
 * address into X-Forwarded-For only when the client sent none (`??=`), so that header cannot tell
 * a forged value from a real one. Node announces every request it parses on the diagnostics
 * channel `http.server.request.start`, with its socket, synchronously before any handler runs: a
 * subscriber (installed by src/instrumentation.ts when `next start` boots) overwrites the header
 * there, whatever the client wrote in it.
 *
 * The value carries a random per-process proof. A request parsed before the subscriber was
 * installed (the first instant of boot), or served by something that never installs it, keeps
 * whatever the client wrote; without the proof that value is ignored.
 */
import { randomBytes } from 'node:crypto'
import diagnosticsChannel from 'node:diagnostics_channel'
import type { IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'

export const SOCKET_ADDRESS_HEADER = 'x-loa-socket-address'

// On globalThis: the instrumentation bundle and the app's bundles are separate module graphs in one process.
type Shared = { proof: string; channel?: diagnosticsChannel.Channel }
const SHARED = Symbol.for('loa.socketAddress')
const shared = (): Shared => ((globalThis as { [SHARED]?: Shared })[SHARED] ??= { proof: randomBytes(18).toString('base64url') })

/** From now on, every request this process's HTTP servers parse carries its socket's address. Idempotent. */
export function recordSocketAddresses(): void {
  const state = shared()
  if (state.channel) return
  // Kept referenced (on globalThis): a channel nothing references may be collected with its subscribers.
  state.channel = diagnosticsChannel.channel('http.server.request.start')
  state.channel.subscribe((message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket }
    request.headers[SOCKET_ADDRESS_HEADER] = recordedSocketAddress(socket.remoteAddress ?? '')[1]
  })
}

/**
 * What the recording writes for a request from `address`: for code in this process that builds
 * requests itself and must not share one budget (the fuzz test's thousands of requests).
 */
export function recordedSocketAddress(address: string): [name: string, value: string] {
  return [SOCKET_ADDRESS_HEADER, `${shared().proof} ${address}`]
}

/** The address that connected, or null when the request did not come through a recording server. */
export function socketAddress(headers: Headers | undefined): string | null {
  const value = headers?.get(SOCKET_ADDRESS_HEADER)
  const space = value?.indexOf(' ') ?? -1
  if (!value || space < 0 || value.slice(0, space) !== shared().proof) return null
  return value.slice(space + 1) || null
}
