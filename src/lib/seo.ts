import type { Metadata } from 'next'

import { IMAGE_SIZES } from './image-sizes'
import { INTL_LOCALE, type Locale } from './locales'
import { absoluteUrl, alternates } from './routes'
import { SITE_NAME } from './site'

type PageMeta = {
  locale: Locale
  /** The page's path in this language, as routes() builds it. */
  path: string
  title: string
  description?: string | null
  /** An absolute or site-relative URL of a 1200×630 image (the photos' `og` size). */
  image?: { url: string; alt: string } | null
  type?: 'website' | 'article'
  noindex?: boolean
}

/** Title, description, canonical URL, hreflang alternates, Open Graph and Twitter card of a page. */
export function pageMetadata({
  locale,
  path,
  title,
  description,
  image,
  type = 'website',
  noindex,
}: PageMeta): Metadata {
  const languages: Record<string, string> = { ...alternates(path), 'x-default': alternates(path).en }
  const images = image ? [{ url: absoluteUrl(image.url), ...IMAGE_SIZES.og, alt: image.alt }] : undefined
  return {
    title,
    description: description ?? undefined,
    alternates: { canonical: path, languages },
    openGraph: {
      type,
      siteName: SITE_NAME,
      title,
      description: description ?? undefined,
      url: path,
      locale: INTL_LOCALE[locale].replace('-', '_'),
      images,
    },
    twitter: { card: images ? 'summary_large_image' : 'summary', title, description: description ?? undefined, images },
    robots: noindex ? { index: false, follow: true } : undefined,
  }
}
