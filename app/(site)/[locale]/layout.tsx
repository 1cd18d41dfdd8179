import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import type { ReactNode } from 'react'

import { LanguageSwitcher } from '@/components/LanguageSwitcher'
import { Link } from '@/components/Link'
import { messages } from '@/lib/messages'
import { localeOf, type LocaleParams } from '@/lib/page-params'
import { absoluteUrl, exitPreviewPath, routes } from '@/lib/routes'
import { SITE_NAME } from '@/lib/site'

import './site.css'

export const metadata: Metadata = {
  metadataBase: new URL(absoluteUrl('/')),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  icons: { icon: { url: '/icon.svg', type: 'image/svg+xml' } },
  manifest: '/manifest.webmanifest',
}

// Every response carries its own script nonce (proxy.ts), so pages are rendered per request, from reads that
// are cached and expired by the revalidation hooks (src/data, src/hooks/revalidate.ts).
export const dynamic = 'force-dynamic'

export default async function SiteLayout({ children, params }: { children: ReactNode; params: LocaleParams }) {
  const locale = await localeOf(params)
  const t = messages(locale)
  const r = routes(locale)
  const preview = (await draftMode()).isEnabled
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t.skipToContent}
        </a>
        <header className="site-header">
          <Link href={r.home()} className="site-name">
            {SITE_NAME}
          </Link>
          <nav aria-label={t.mainNavigation} className="main-nav">
            <ul>
              <li>
                <Link href={r.events()}>{t.events}</Link>
              </li>
              <li>
                <Link href={r.tags()}>{t.tags}</Link>
              </li>
              <li>
                <Link href={r.clusters()}>{t.clusters}</Link>
              </li>
              <li>
                <Link href={r.search()}>{t.search}</Link>
              </li>
            </ul>
          </nav>
          <LanguageSwitcher current={locale} label={t.language} />
        </header>
        {preview ? (
          <p className="preview-banner" role="status">
            {t.previewBanner} <a href={exitPreviewPath(r.home())}>{t.exitPreview}</a>
          </p>
        ) : null}
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>
            {SITE_NAME} — {t.siteTagline}
          </p>
          <p>
            <a href={r.rss()}>{t.rssFeed}</a>
          </p>
        </footer>
      </body>
    </html>
  )
}
