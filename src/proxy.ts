import { NextResponse, type NextRequest } from 'next/server'

import { isSharedPublicPage, SHAREABLE_STATUSES, SHARED_PAGE_CACHE_CONTROL, withoutScripts } from './domain/publicPages'
import { publicCache } from './lib/siteCache'
import { contentSecurityPolicy, securityHeaders, sharedPageContentSecurityPolicy } from './securityHeaders.mjs'

/** Payload's language cookie; its value is one of the config's supportedLanguages. */
const LANGUAGE_COOKIE = 'payload-lng'

/**
 * The public pages every visitor shares (src/domain/publicPages.ts) come from a copy kept a few
 * seconds (emptied when content changes, src/lib/siteCache.ts), rendered once by asking this same
 * server for the page with a header only this process knows, then served without scripts and
 * with a CSP that allows none, so a proxy or CDN may keep it too.
 *
 * Every other page: a fresh nonce and the CSP that names it. Next reads the nonce from the
 * request's CSP header and puts it on the scripts it renders, so pages render per request.
 *
 * In the admin, Vietnamese unless the user chose English in their account settings: Payload would
 * otherwise follow the browser's Accept-Language, and an English-language browser in a Hải Phòng
 * office would get an English admin.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  if (request.headers.get(RENDER_HEADER) === RENDER_TOKEN) return renderForSharing(request)
  if ((request.method === 'GET' || request.method === 'HEAD') && isSharedPublicPage(pathname, search)) {
    return sharedPage(request, `${pathname}${search}`)
  }
  return pageWithNonce(request)
}

/** The proxy's own request for a page it will serve without scripts: no nonce to render (none would be used). */
function renderForSharing(request: NextRequest) {
  const headers = new Headers(request.headers)
  headers.delete(RENDER_HEADER)
  return NextResponse.next({ request: { headers } })
}

function pageWithNonce(request: NextRequest) {
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

/** Marks the proxy's own request for a page it is about to keep; the token never leaves the process. */
const RENDER_HEADER = 'x-loa-shared-render'
const RENDER_TOKEN = crypto.randomUUID()
/** Matched by htmlLimitedBots in next.config.mjs: the title and meta tags come in <head>, not streamed in by a script. */
export const RENDER_USER_AGENT = 'Loa-shared-page'

/** A page as served: its bytes and headers are made once, when it is rendered. */
type SharedPage = { status: number; body: Uint8Array; headers: [string, string][]; keep: boolean }
const pages = publicCache<SharedPage>('pages', 500)

async function sharedPage(request: NextRequest, key: string): Promise<Response> {
  let page: SharedPage
  try {
    page = await pages.get(key, () => renderOnce(key))
  } catch {
    return pageWithNonce(request) // the loopback request failed: render this one the usual way
  }
  if (!page.keep) {
    // Not found, a redirect or an error: not kept, and rendered for this visitor with its scripts.
    pages.delete(key)
    return pageWithNonce(request)
  }
  return new Response(request.method === 'HEAD' ? null : (page.body as BodyInit), { status: page.status, headers: page.headers })
}

/** The page as this server renders it for one request, without its scripts. */
async function renderOnce(path: string): Promise<SharedPage> {
  const origin = process.env.LOA_INTERNAL_ORIGIN || `http://127.0.0.1:${process.env.PORT || 3000}`
  const res = await fetch(new URL(path, origin), {
    headers: { [RENDER_HEADER]: RENDER_TOKEN, 'user-agent': RENDER_USER_AGENT, accept: 'text/html' },
    redirect: 'manual',
    cache: 'no-store',
  })
  const contentType = res.headers.get('content-type') ?? 'text/html; charset=utf-8'
  const body = new TextEncoder().encode(withoutScripts(await res.text()))
  const keep = SHAREABLE_STATUSES.has(res.status) && contentType.startsWith('text/html')
  const headers: [string, string][] = [
    ['Content-Type', contentType],
    ['Cache-Control', SHARED_PAGE_CACHE_CONTROL],
    ['Content-Security-Policy', sharedPageContentSecurityPolicy()],
    ...securityHeaders().map(({ key, value }): [string, string] => [key, value]),
  ]
  return { status: res.status, body, headers, keep }
}

// Not the API (its CSP is fixed, see API_CSP) nor Next's static chunks and images (no HTML there).
export const config = { matcher: ['/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)'] }
