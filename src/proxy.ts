import { NextResponse, type NextRequest } from 'next/server'

/** Payload's language cookie; its value is one of the config's supportedLanguages. */
const LANGUAGE_COOKIE = 'payload-lng'

/**
 * The admin speaks Vietnamese unless the user chose English in their account settings.
 * Payload would otherwise follow the browser's Accept-Language, so an English-language
 * browser in a Hải Phòng office would get an English admin.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  const headers = new Headers(request.headers)
  const cookie = headers.get('cookie')
  headers.set('cookie', cookie ? `${cookie}; ${LANGUAGE_COOKIE}=vi` : `${LANGUAGE_COOKIE}=vi`)
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'vi', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

export const config = { matcher: ['/admin', '/admin/:path*'] }
