/**
 * Response headers for every page, API answer and file (next.config.mjs applies them). A page
 * of Loa is never framed (clickjacking), never sniffed into another type, never leaks its address
 * to other sites, and gets no plugin or camera access. The CSP limits framing, plugins, the base
 * URL and where forms post; scripts and styles are not restricted by it yet (Next's and Payload's
 * inline bootstrapping would need a per-request nonce).
 * HSTS only when the app is served over HTTPS (SERVER_URL), so plain-HTTP trials keep working.
 */
export function securityHeaders(serverURL = process.env.SERVER_URL || '') {
  const headers = [
    { key: 'Content-Security-Policy', value: "frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'" },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ]
  if (serverURL.startsWith('https://')) headers.push({ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' })
  return headers
}
