import { listTag, SETTINGS_TAG } from '@/cache/tags'
import { brandColourProblem } from '@/lib/colour'
import type { Locale } from '@/lib/i18n/locales'
import { messages } from '@/lib/i18n/messages'
import { plainText } from '@/lib/text/plain-text'
import { DEFAULT_BRAND_COLOUR, SITE_NAME } from '@/lib/site'
import { SITE_PAGES, type SitePageName } from '@/lib/site-pages'

import { cachedRead } from '../cache/reads'
import { payloadClient } from './client'
import { type PhotoView, photoView } from './views/photo'

export type FooterLink = { label: string; url: string }

/** The site as its editors set it up: name, logo, colour, home introduction, footer, and its own pages. */
export type SettingsView = {
  siteName: string
  tagline: string
  logo: PhotoView | null
  brandColour: string
  homeIntro: string
  footerLinks: FooterLink[]
  /** The rich text of each of the site's own pages in this language; null where none is written. */
  pages: Record<SitePageName, unknown>
}

async function readSettings(locale: Locale): Promise<SettingsView> {
  const payload = await payloadClient()
  const doc = await payload.findGlobal({ slug: 'settings', locale, depth: 1, overrideAccess: false })
  const colour = doc.brandColour && !brandColourProblem(doc.brandColour) ? doc.brandColour : DEFAULT_BRAND_COLOUR
  return {
    siteName: doc.siteName?.trim() || SITE_NAME,
    tagline: doc.tagline?.trim() || messages(locale).siteTagline,
    logo: photoView(doc.logo),
    brandColour: colour,
    homeIntro: doc.homeIntro?.trim() ?? '',
    footerLinks: (doc.footerLinks ?? []).flatMap((l) => (l.label && l.url ? [{ label: l.label, url: l.url }] : [])),
    pages: Object.fromEntries(SITE_PAGES.map((name) => [name, plainText(doc[name]) ? doc[name] : null])) as Record<
      SitePageName,
      unknown
    >,
  }
}

/** The settings in one language (English where a text is not translated); read once and kept until they change. */
export const siteSettings = cachedRead('settings', readSettings, () => [SETTINGS_TAG, listTag('photos')])
