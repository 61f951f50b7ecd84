import { NextResponse, type NextRequest } from 'next/server'

import { contentSecurityPolicy } from './securityHeaders.mjs'

/** Payload's language cookie; its value is one of the config's supportedLanguages. */
const LANGUAGE_COOKIE = 'payload-lng'

/**
 * Every request but Next's static files: a fresh nonce and the CSP that names it. Next reads the
 * nonce from the request's CSP header and puts it on the scripts it renders, so pages render
 * per request (they already do: none is prerendered but the error pages).
 *
 * In the admin, Vietnamese unless the user chose English in their account settings: Payload would
 * otherwise follow the browser's Accept-Language, and an English-language browser in a Hải Phòng
 * office would get an English admin.
 */
export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID())
  const csp = contentSecurityPolicy(nonce)
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', csp)
  headers.set('x-nonce', nonce)
  const chooseLanguage = request.nextUrl.pathname.startsWith('/admin') && !request.cookies.has(LANGUAGE_COOKIE)
  if (chooseLanguage) {
    const cookie = headers.get('cookie')
    headers.set('cookie', cookie ? `${cookie}; ${LANGUAGE_COOKIE}=vi` : `${LANGUAGE_COOKIE}=vi`)
  }
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', csp)
  if (chooseLanguage) response.cookies.set(LANGUAGE_COOKIE, 'vi', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

// Not the API (its CSP is fixed, see API_CSP) nor Next's static chunks and images (no HTML there).
export const config = { matcher: ['/((?!api/|_next/static|_next/image|favicon.ico).*)'] }
