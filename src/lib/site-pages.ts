/**
 * The site's own pages that editors write in the settings, in every language: the legal notice, the privacy
 * notice, how to get in touch, and the accessibility statement the EU Web Accessibility Directive asks for.
 */
export const SITE_PAGES = ['legalNotice', 'privacy', 'contact', 'accessibility'] as const

export type SitePageName = (typeof SITE_PAGES)[number]
