import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import type { CSSProperties, ReactNode } from 'react'

import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { siteSettings } from '@/data/settings'
import { messages } from '@/lib/i18n/messages'
import { localeOf, type LocaleParams, renderedWhenAsked } from './params'
import { config } from '@/config'
import { absoluteUrl, exitPreviewPath, iconPath, routes } from '@/lib/routes'
import { SITE_NAME } from '@/lib/site'

import './site.css'

// Page titles carry the site's name from the settings themselves (src/data/metadata.ts): metadata read
// asynchronously here would leave a 404 without its page until the browser ran the app's script.
export const metadata: Metadata = {
  metadataBase: new URL(absoluteUrl('/', config().serverUrl)),
  title: SITE_NAME,
  icons: { icon: { url: iconPath(), type: 'image/svg+xml' } },
  manifest: '/manifest.webmanifest',
}

// A page is rendered when first asked for and then kept (in Redis with REDIS_URL, shared by every replica), the
// same for every reader; a change expires exactly the pages whose reads it touches (src/data,
// src/cache/revalidate.ts). Lists age out on their own after LIST_MAX_AGE_SECONDS. Pages that read the search
// or filters of their address (search, the events index) are rendered per request from the same cached reads.
export const generateStaticParams = renderedWhenAsked

export default async function SiteLayout({ children, params }: { children: ReactNode; params: LocaleParams }) {
  const locale = await localeOf(params)
  const t = messages(locale)
  const settings = await siteSettings(locale)
  const preview = (await draftMode()).isEnabled
  // The editors' brand colour, checked for contrast when saved (globals/settings.ts).
  const brand = { '--brand': settings.brandColour } as CSSProperties
  return (
    <html lang={locale} style={brand}>
      <body>
        <a className="skip-link" href="#main">
          {t.skipToContent}
        </a>
        <SiteHeader locale={locale} settings={settings} />
        {preview ? (
          <p className="preview-banner" role="status">
            {t.previewBanner} <a href={exitPreviewPath(routes(locale).home())}>{t.exitPreview}</a>
          </p>
        ) : null}
        <main id="main" className="wrap">
          {children}
        </main>
        <SiteFooter locale={locale} settings={settings} />
      </body>
    </html>
  )
}
