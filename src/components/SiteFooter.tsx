import type { SettingsView } from '@/data/settings'
import type { Locale } from '@/lib/locales'
import { messages } from '@/lib/messages'
import { routes } from '@/lib/routes'
import { SITE_PAGES } from '@/lib/site-pages'

import { Link } from './Link'

type Props = { locale: Locale; settings: SettingsView }

/** The footer: who publishes the site, its sections, its feeds, the legal and accessibility pages, and editors' links. */
export function SiteFooter({ locale, settings }: Props) {
  const t = messages(locale)
  const r = routes(locale)
  const year = new Date().getFullYear()
  return (
    <footer className="site-footer">
      <div className="wrap footer-grid">
        <section aria-labelledby="footer-about">
          <h2 id="footer-about">{settings.siteName}</h2>
          <p>{settings.tagline}</p>
        </section>
        <nav aria-labelledby="footer-sections">
          <h2 id="footer-sections">{t.events}</h2>
          <ul>
            <li>
              <Link href={r.events()}>{t.upcomingEvents}</Link>
            </li>
            <li>
              <Link href={r.events({ when: 'past' })}>{t.pastEvents}</Link>
            </li>
            <li>
              <Link href={r.tags()}>{t.tags}</Link>
            </li>
            <li>
              <Link href={r.clusters()}>{t.clusters}</Link>
            </li>
          </ul>
        </nav>
        <nav aria-labelledby="footer-follow">
          <h2 id="footer-follow">{t.followUs}</h2>
          <ul>
            <li>
              <a href={r.rss()}>{t.rssFeed}</a>
            </li>
            <li>
              <a href={r.jsonFeed()}>JSON Feed</a>
            </li>
            <li>
              <a href={r.eventsIcs()}>{t.subscribeCalendar}</a>
            </li>
          </ul>
        </nav>
        <nav aria-labelledby="footer-site">
          <h2 id="footer-site">{t.aboutSite}</h2>
          <ul>
            {SITE_PAGES.map((name) => (
              <li key={name}>
                <Link href={r.sitePage(name)}>{t[name]}</Link>
              </li>
            ))}
            {settings.footerLinks.map((link) => (
              <li key={link.url}>
                <a href={link.url} rel="noopener">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <p className="wrap footer-line">
        © {year} {settings.siteName}
      </p>
    </footer>
  )
}
