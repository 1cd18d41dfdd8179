import type { MetadataRoute } from 'next'

import { DEFAULT_LOCALE } from '@/lib/i18n/locales'
import { iconPath } from '@/lib/routes'
import { SITE_NAME } from '@/lib/site'

/** The web app manifest: the site's name, colours and icon for home screens and tabs. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: SITE_NAME,
    short_name: SITE_NAME,
    start_url: '/',
    display: 'browser',
    lang: DEFAULT_LOCALE,
    background_color: '#ffffff',
    theme_color: '#003399',
    icons: [{ src: iconPath(), sizes: 'any', type: 'image/svg+xml' }],
  }
}
