import { withPayload } from '@payloadcms/next/withPayload'

import { API_CSP, securityHeaders } from './src/securityHeaders.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The machines have no internet: never fetch fonts or telemetry.
  poweredByHeader: false,
  images: { unoptimized: true },
  // A Vietnamese 404 for addresses no route matches (src/app/global-not-found.tsx): Loa has two root layouts.
  experimental: { globalNotFound: true },
  // The proxy's own render of a shared public page (RENDER_USER_AGENT in src/proxy.ts) gets its title
  // and meta tags in <head>: streamed metadata would need a script, and shared pages run none.
  htmlLimitedBots: /Loa-shared-page/,
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders() },
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: API_CSP }] },
    ]
  },
}

/**
 * Payload asks every answer for the visitor's colour scheme as a critical client hint
 * (Accept-CH + Critical-CH + Vary): a browser's first visit to a page is then fetched twice, and a
 * cache must keep one copy per scheme. Only the admin uses it, so only the admin asks.
 */
function clientHintsForAdminOnly(config) {
  const headers = config.headers
  return {
    ...config,
    async headers() {
      return (await headers()).map((rule) =>
        rule.source === '/:path*' && rule.headers.some((h) => h.key === 'Critical-CH') ? { ...rule, source: '/admin/:path*' } : rule,
      )
    },
  }
}

export default clientHintsForAdminOnly(withPayload(nextConfig, { devBundleServerPackages: false }))
