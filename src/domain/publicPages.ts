/**
 * Which public pages a proxy or CDN may keep, and what they look like when kept. These pages show
 * only published content, the same for every visitor, and need no script: links and GET forms do
 * all their work. Served without scripts they need no per-request nonce, so one copy can serve
 * everyone (an SMS with a link to a million people) under a CSP that allows no script at all.
 * The admin, the feedback form, searches and the events of one commune stay per request.
 */

/** Detail pages by id: numbers on SQL databases, 24 hex digits on MongoDB. */
const DETAIL = /^\/(hoi-dap|tai-lieu|thong-diep)\/[A-Za-z0-9]{1,24}$/
const LISTS = new Set(['/', '/hoi-dap', '/su-kien'])
/** "Tôi là…" for one audience group: six codes, so a handful of copies. */
const AUDIENCE_QUERY = /^\?nhom=[A-Za-z0-9]{1,8}$/

/** True for a public page whose answer is the same for everyone: `/`, the lists without a query, one item. */
export function isSharedPublicPage(pathname: string, search: string): boolean {
  if (pathname === '/' && AUDIENCE_QUERY.test(search)) return true
  if (search) return false
  return LISTS.has(pathname) || DETAIL.test(pathname)
}

/**
 * How long a shared page may be kept. The app keeps its own copy PUBLIC_CACHE_SECONDS (emptied at
 * once in the process that approves, retires or flags an item; other processes catch up when it
 * ages). A CDN keeps it 10 s, then may serve it stale for 50 s more while fetching a fresh one in
 * the background: under a spike the app sees about one request per page per 10 s per CDN node, and a
 * retired item is gone from a busy page within 10 s and from any page within a minute. Browsers
 * always ask again (max-age=0), so a visitor reloading sees what the CDN has.
 */
export const SHARED_PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=10, stale-while-revalidate=50'
export const PUBLIC_CACHE_SECONDS = 5

/**
 * Only a page that rendered in full is shared. "Not found" from a page (an id that does not exist
 * or is not public) is put in place by Next's script after the page streamed, so it is rendered
 * per request with its scripts, like any redirect or error.
 */
export const SHAREABLE_STATUSES = new Set([200])

/**
 * The page's HTML without any script: inline and external scripts and their preloads. React
 * escapes `</script>` inside its inline data, so the first closing tag is the script's own.
 */
export function withoutScripts(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<link\b[^>]*\bas="script"[^>]*>/gi, '')
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*>/gi, '')
}

/**
 * A URL of this site as a path (`/api/media/file/x.jpg`): a page opened through another host
 * name (a LAN address, a proxy) then loads its images from where it was opened. Other sites'
 * URLs stay as they are.
 */
export function sitePath(url: string, siteOrigin: string): string {
  if (url.startsWith('/')) return url
  try {
    const parsed = new URL(url)
    return parsed.origin === new URL(siteOrigin).origin ? `${parsed.pathname}${parsed.search}${parsed.hash}` : url
  } catch {
    return url
  }
}
