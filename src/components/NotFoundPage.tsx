import { notFound } from 'next/navigation'
import { Suspense } from 'react'

import type { Locale } from '@/lib/i18n/locales'

import { NotFoundContent } from './NotFoundContent'

/** Says "not found" to Next, which answers 404; rendered where nothing else depends on it. */
function NotFoundStatus(): never {
  notFound()
}

/**
 * A page's answer when what its address names does not exist: the 404 page's text in the page's own layout,
 * with the status 404.
 *
 * A page that calls Next's notFound() itself is sent as an empty document that only the browser's script fills
 * in (vercel/next.js#62228, still so in 16.4); the site sends no script, so its pages render this instead. The
 * notFound() that sets the status is thrown inside a Suspense boundary of its own: Next then answers 404 and
 * keeps everything outside the boundary as rendered (tests/e2e/no-script.test.ts reads the text and the status).
 */
export function NotFoundPage({ locale }: { locale: Locale }) {
  return (
    <>
      <NotFoundContent locale={locale} />
      <Suspense fallback={null}>
        <NotFoundStatus />
      </Suspense>
    </>
  )
}
