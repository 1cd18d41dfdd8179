import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { API_CSP, FIXED_HEADERS, NO_FRAMING } from './src/api/security-headers'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Loaded by Node as they are: redis pulls in a native addon that bundlers cannot place.
  serverExternalPackages: ['redis', '@redis/client'],
  images: {
    // Photos are served by Payload; its named sizes are already cut, so next/image only passes them through.
    localPatterns: [{ pathname: '/api/photos/file/**' }],
  },
  // The fixed security headers go with every response; pages and the admin get their CSP in proxy.ts.
  headers: async () => [
    { source: '/:path*', headers: [...FIXED_HEADERS] },
    // Pages and the admin get theirs in proxy.ts (a preview may be framed by the admin).
    { source: '/:path((?!admin).*)', headers: [NO_FRAMING] },
    { source: '/api/:path((?!graphql-playground).*)', headers: [{ key: 'Content-Security-Policy', value: API_CSP }] },
  ],
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
  turbopack: { root: process.cwd() },
}

const withAdmin = withPayload(nextConfig, { devBundleServerPackages: false })
const payloadHeaders = withAdmin.headers

/** The admin's colour-scheme client hints (Payload sends them everywhere) make Chrome restart every page load. */
const ADMIN_ONLY = new Set(['Accept-CH', 'Critical-CH'])

export default {
  ...withAdmin,
  headers: async () =>
    (payloadHeaders ? await payloadHeaders() : []).map((rule) =>
      rule.headers.some((h) => ADMIN_ONLY.has(h.key)) ? { ...rule, source: '/admin/:path*' } : rule,
    ),
} satisfies NextConfig
