/**
 * Response headers for every page, API answer and file. A page of Loa is never framed
 * (clickjacking), never sniffed into another type, never leaks its address to other sites, and
 * gets no plugin or camera access. next.config.mjs sends the fixed headers and the API's CSP; the
 * proxy (src/proxy.ts) sends the pages' CSP, because its script rule carries a fresh nonce per request
 * (or, on the public pages every visitor shares, allows no script at all).
 * HSTS only when the app is served over HTTPS (SERVER_URL), so plain-HTTP trials keep working.
 */
export function securityHeaders(serverURL = process.env.SERVER_URL || '') {
  const headers = [
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ]
  if (serverURL.startsWith('https://')) headers.push({ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' })
  return headers
}

/**
 * The API's answers (JSON, files, feeds) are never pages that run scripts: they get a fixed CSP
 * from next.config.mjs, without going through the proxy — Next would buffer each request body
 * there (uploads reach 100 MB) for a nonce nobody uses.
 */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'; form-action 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'"

/**
 * The Content-Security-Policy of a page, for one request. Scripts run only from this site and only when they
 * carry the request's nonce ('strict-dynamic' lets Next's own loader add its chunks), so an
 * injected <script> or inline handler never runs. Styles may be inline: Payload's admin and the
 * charts set style attributes, and a nonce would not cover those. Everything else comes from this
 * site only (the machines have no internet: no CDN, no fonts from elsewhere). The dev server's
 * hot reload needs eval, so only `npm run dev` allows it.
 */
export function contentSecurityPolicy(nonce, dev = process.env.NODE_ENV === 'development') {
  return pagePolicy(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`)
}

/**
 * The CSP of a public page every visitor shares (src/domain/publicPages.ts): it is served with
 * its scripts removed, so no script runs at all, whatever a stored text might try to inject;
 * without a nonce it can be kept by a proxy or CDN.
 */
export function sharedPageContentSecurityPolicy() {
  return pagePolicy("script-src 'none'")
}

/** @param {string} scriptRule */
function pagePolicy(scriptRule) {
  return [
    "default-src 'self'",
    scriptRule,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' blob:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
    "form-action 'self'",
  ].join('; ')
}
