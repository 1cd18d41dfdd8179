import type { SettingsView } from '@/data/settings'
import type { Locale } from '@/lib/i18n/locales'
import { messages } from '@/lib/i18n/messages'
import { routes } from '@/lib/routes'

import { LanguageSwitcher } from './LanguageSwitcher'
import { Link } from './Link'
import { type NavItem, NavList } from './NavList'

type Props = {
  locale: Locale
  settings: SettingsView
}

/** The site's sections, as the header lists them. */
function sections(locale: Locale): NavItem[] {
  const t = messages(locale)
  const r = routes(locale)
  return [
    { href: r.events(), label: t.events },
    { href: r.tags(), label: t.tags },
    { href: r.clusters(), label: t.clusters },
    { href: r.search(), label: t.search },
  ]
}

/**
 * The site's header: logo and name, the main sections, the languages. On a phone the sections and languages
 * fold into a menu that opens without any script (a disclosure element), and the header stays one line high.
 */
export function SiteHeader({ locale, settings }: Props) {
  const t = messages(locale)
  const { logo, siteName } = settings
  return (
    <header className="site-header">
      <div className="wrap header-bar">
        <Link href={routes(locale).home()} className="brand" aria-label={t.fill(t.siteHome, { site: siteName })}>
          {logo ? (
            // The logo is drawn at a fixed small height; next/image adds nothing here.
            // eslint-disable-next-line @next/next/no-img-element
            <img className="brand-logo" src={logo.original.src} alt="" height={40} />
          ) : (
            <span className="brand-mark" aria-hidden="true" />
          )}
          <span className="brand-name">{siteName}</span>
        </Link>
        <nav aria-label={t.mainNavigation} className="main-nav">
          <NavList items={sections(locale)} />
        </nav>
        <LanguageSwitcher current={locale} label={t.language} />
        <details className="phone-menu">
          <summary>{t.menu}</summary>
          <div className="phone-menu-panel">
            <nav aria-label={t.mainNavigation}>
              <NavList items={sections(locale)} />
            </nav>
            <LanguageSwitcher current={locale} label={t.language} />
          </div>
        </details>
      </div>
    </header>
  )
}
