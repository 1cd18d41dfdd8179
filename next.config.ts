import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { API_CSP, FIXED_HEADERS, NO_FRAMING } from './src/api/security-headers'
import { PHOTO_QUALITY } from './src/lib/photos/image-sizes'

/**
 * Next's data and page cache (cache-handler.mjs): in Redis with REDIS_URL, shared by every replica, else in this
 * process's memory; never in Next's own memory besides, and never on disk. It keeps pages script-free.
 */
const pageCache: Partial<NextConfig> = {
  cacheHandler: path.resolve(process.cwd(), 'cache-handler.mjs'),
  cacheMaxMemorySize: 0,
}

const nextConfig: NextConfig = {
  ...pageCache,
  poweredByHeader: false,
  // scripts/serve.mjs compresses, after a page rendered for one request has lost its scripts.
  compress: false,
  // Loaded by Node as they are: redis pulls in a native addon that bundlers cannot place.
  serverExternalPackages: ['redis', '@redis/client', '@fortedigital/nextjs-cache-handler'],
  images: {
    // Photos are served by Payload (their addresses carry the photo's version, ?v=); next/image turns the named
    // size a page shows into AVIF or WebP at the widths screens need, and keeps each result as long as the source.
    localPatterns: [{ pathname: '/api/photos/file/**' }],
    formats: ['image/avif', 'image/webp'],
    deviceSizes: [360, 480, 640, 768, 1080, 1280, 1600],
    imageSizes: [160, 240, 320],
    qualities: [PHOTO_QUALITY],
    minimumCacheTTL: 60 * 60 * 24 * 30,
  },
  // The fixed security headers go with every response; pages and the admin get their CSP in proxy.ts.
  headers: async () => [
    { source: '/:path*', headers: [...FIXED_HEADERS] },
    // Pages and the admin get theirs in proxy.ts (a preview may be framed by the admin).
    // …except the embeddable list, made to be framed by any site (src/embed).
    { source: '/:path((?!admin|embed/).*)', headers: [NO_FRAMING] },
    // The API reference page (/api/docs) sends its own, which lets its one inline style in.
    {
      source: '/api/:path((?!graphql-playground|docs$).*)',
      headers: [{ key: 'Content-Security-Policy', value: API_CSP }],
    },
    // What is not a page runs nothing either: the site-wide files, the embed's data, the image optimizer's answers.
    ...[
      '/:file(sitemap\\.xml|robots\\.txt|manifest\\.webmanifest|favicon\\.ico|icon\\.svg)',
      '/sitemaps/:path*',
      '/embed/events.json',
      '/_next/image',
    ].map((source) => ({ source, headers: [{ key: 'Content-Security-Policy', value: API_CSP }] })),
  ],
  webpack: (webpackConfig: { resolve: { extensionAlias?: Record<string, string[]> } }) => {
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
