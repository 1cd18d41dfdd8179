import type { MetadataRoute } from 'next'

import { config } from '@/config'
import { absoluteUrl, adminPath, sitemapPath } from '@/lib/routes'

export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: [adminPath(), '/api/'] }],
    sitemap: absoluteUrl(sitemapPath(), config().serverUrl),
  }
}
