import type { SettingsView } from '@/data/settings'
import type { Locale } from '@/lib/i18n/locales'
import { messages } from '@/lib/i18n/messages'
import { routes } from '@/lib/routes'
import { SITE_PAGES } from '@/lib/site-pages'

import { NavList } from './NavList'

type Props = { locale: Locale; settings: SettingsView }

/** The footer: who publishes the site, its sections, its feeds, the legal and accessibility pages, and editors' links. */
export function SiteFooter({ locale, settings }: Props) {
  const t = messages(locale)
  const r = routes(locale)
  const year = new Date().getFullYear()
  const columns = [
    {
      id: 'footer-sections',
      title: t.events,
      items: [
        { href: r.events(), label: t.upcomingEvents },
        { href: r.events({ when: 'past' }), label: t.pastEvents },
        { href: r.tags(), label: t.tags },
        { href: r.clusters(), label: t.clusters },
      ],
    },
    {
      id: 'footer-follow',
      title: t.followUs,
      items: [
        { href: r.rss(), label: t.rssFeed },
        { href: r.jsonFeed(), label: 'JSON Feed' },
        { href: r.eventsIcs(), label: t.subscribeCalendar },
      ],
    },
    {
      id: 'footer-site',
      title: t.aboutSite,
      items: [
        ...SITE_PAGES.map((name) => ({ href: r.sitePage(name), label: t[name] })),
        ...settings.footerLinks.map((link) => ({ href: link.url, label: link.label })),
      ],
    },
  ]
  return (
    <footer className="site-footer">
      <div className="wrap footer-grid">
        <section aria-labelledby="footer-about">
          <h2 id="footer-about">{settings.siteName}</h2>
          <p>{settings.tagline}</p>
        </section>
        {columns.map((column) => (
          <nav key={column.id} aria-labelledby={column.id}>
            <h2 id={column.id}>{column.title}</h2>
            <NavList items={column.items} />
          </nav>
        ))}
      </div>
      <p className="wrap footer-line">
        © {year} {settings.siteName}
      </p>
    </footer>
  )
}
