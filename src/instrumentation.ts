/**
 * Runs once when the server starts (`next start`, `next dev`), before it handles a request.
 * Rate limits need the address that connected; Next hands route handlers no socket, so it is
 * recorded at Node's HTTP layer (src/lib/socketAddress.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { recordSocketAddresses } = await import('./lib/socketAddress')
  recordSocketAddresses()
}
