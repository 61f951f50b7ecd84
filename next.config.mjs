import { withPayload } from '@payloadcms/next/withPayload'

import { API_CSP, securityHeaders } from './src/securityHeaders.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The machines have no internet: never fetch fonts or telemetry.
  poweredByHeader: false,
  images: { unoptimized: true },
  // A Vietnamese 404 for addresses no route matches (src/app/global-not-found.tsx): Loa has two root layouts.
  experimental: { globalNotFound: true },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders() },
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: API_CSP }] },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
