import type { Metadata } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'

import { absoluteUrl, routes } from '@/lib/routes'
import { SITE_NAME } from '@/lib/site'

import './site.css'

export const metadata: Metadata = {
  metadataBase: new URL(absoluteUrl('/')),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
}

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href={routes.home()} className="site-name">
            {SITE_NAME}
          </Link>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>{SITE_NAME} — European national institutes for culture, working together.</p>
        </footer>
      </body>
    </html>
  )
}
